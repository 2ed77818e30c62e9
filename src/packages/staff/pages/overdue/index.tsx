import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ListStates } from '../../../../components/page-states';
import { OpinionCard } from '../../../../components/opinion-card';
import { flag } from '../../../../lib/flag';
import { formatTime } from '../../../../lib/time';
import { ROUTES } from '../../../../routes';
import { type Desk, type OverdueEntry, useOverdue } from '../../hooks/use-overdue';
import '../../../../styles/desk.css';
import '../../../../styles/office.css';

/**
 * 超期意见: the cases whose deadline has passed, the longest overdue first — staff see their
 * stations' (`desk=staff`), the region office its region's (`desk=admin`). Each row says who holds
 * it, by when it was due, how late it is, the resident's chases and how far the reminders went;
 * tapping it opens the case at the same desk, where it can be reassigned or taken over.
 */
export default function OverduePage() {
  const desk: Desk = useRouter().params.desk === 'admin' ? 'admin' : 'staff';
  const list = useOverdue(desk);
  return (
    <View className='page'>
      <Text className='muted small'>
        {desk === 'admin' ? '本地区' : '本站'}超过受理或办结期限、仍在办理的意见
        {list.total !== undefined && list.items.length > 0 ? `，共 ${list.total} 条，超期最久的在前` : ''}
      </Text>
      <ListStates list={list} empty='没有超期的意见'>
        {() => list.items.map((o) => <OverdueRow key={o.id} o={o} desk={desk} />)}
      </ListStates>
      {list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(list.loading)} disabled={flag(list.loading)} onClick={() => void list.more()}>
          加载更多
        </Button>
      ) : null}
    </View>
  );
}

function OverdueRow({ o, desk }: { o: OverdueEntry; desk: Desk }) {
  return (
    <View className='overdue-row' data-id={o.id}>
      <OpinionCard opinion={o} url={ROUTES.staffCase(o.id, desk)}>
        <View className='row late-line'>
          <Text className='late-days'>逾期 {o.daysLate} 天</Text>
          <Text className='small'>
            {o.dueKindLabel}期限 {formatTime(o.dueAt)}
          </Text>
        </View>
        <Text className='small'>
          {o.holderLabel} · {o.stepLabel}
          {o.chaseCount > 0 ? ` · 居民催办${o.chaseCount}次` : ''}
        </Text>
        <Text className='muted small'>
          {o.trackingNo} · {o.stationName}
        </Text>
      </OpinionCard>
    </View>
  );
}
