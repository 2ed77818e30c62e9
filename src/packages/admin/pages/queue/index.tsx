import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { OFFICE_QUEUE_VIEW_LABELS, OFFICE_QUEUE_VIEWS, type OfficeQueueView } from '@core/contract/actions/office';
import { ListStates } from '../../../../components/page-states';
import { OpinionCard } from '../../../../components/opinion-card';
import { flag } from '../../../../lib/flag';
import { formatTime } from '../../../../lib/time';
import { ROUTES } from '../../../../routes';
import { type OfficeQueueEntry, useOfficeQueue } from '../../hooks/use-office-queue';
import '../../../../styles/desk.css';
import '../../../../styles/office.css';

/** What each tab holds, in a line above the list. */
const ABOUT: Record<OfficeQueueView, string> = {
  routed: '联络站暂无工作人员、交本级分派的意见（含审核中的），先提交的在前',
  escalated: '超期后经工作人员督办仍未办理、上报本级的意见，超期最久的在前',
};

/**
 * 区域待办 (the region office, 代表工委/联工委): cases routed to the office — a station without
 * staff, or nobody on the path — and cases escalated to it past staff. Each opens the case at the
 * office's desk (assign, take it, release a held one, reassign).
 */
export default function OfficeQueuePage() {
  const asked = useRouter().params.view;
  const [view, setView] = useState<OfficeQueueView>(() => OFFICE_QUEUE_VIEWS.find((v) => v === asked) ?? 'routed');
  const list = useOfficeQueue(view);
  const counts = list.last?.counts;
  return (
    <View className='page'>
      <View className='tabs' role='tablist'>
        {OFFICE_QUEUE_VIEWS.map((v) => (
          <View key={v} className={`tab${v === view ? ' tab--on' : ''}`} role='tab' aria-selected={v === view ? 'true' : 'false'} onClick={() => setView(v)}>
            <Text>
              {OFFICE_QUEUE_VIEW_LABELS[v]}
              {counts && counts[v] > 0 ? ` ${counts[v]}` : ''}
            </Text>
          </View>
        ))}
      </View>
      <Text className='muted small'>{ABOUT[view]}</Text>
      <ListStates list={list} empty={view === 'routed' ? '没有交本级分派的意见' : '没有上报本级的超期意见'}>
        {() => list.items.map((o) => <QueueRow key={o.id} o={o} />)}
      </ListStates>
      {list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(list.loading)} disabled={flag(list.loading)} onClick={() => void list.more()}>
          加载更多
        </Button>
      ) : null}
    </View>
  );
}

function QueueRow({ o }: { o: OfficeQueueEntry }) {
  return (
    <View className='office-row' data-id={o.id}>
      <OpinionCard opinion={o} url={ROUTES.staffCase(o.id, 'admin')}>
        {o.daysLate !== undefined ? (
          <View className='row late-line'>
            <Text className='late-days'>逾期 {o.daysLate} 天</Text>
            {o.dueAt ? (
              <Text className='small'>
                {o.dueKindLabel}期限 {formatTime(o.dueAt)}
              </Text>
            ) : null}
          </View>
        ) : null}
        {o.holderLabel ? (
          <Text className='small'>
            {o.holderLabel}
            {o.stepLabel ? ` · ${o.stepLabel}` : ''}
            {o.chaseCount > 0 ? ` · 居民催办${o.chaseCount}次` : ''}
          </Text>
        ) : null}
        {o.daysLate === undefined && o.reason ? <Text className='office-reason'>{o.reason}</Text> : null}
        {o.notes.map((n) => (
          <Text key={n} className='office-note'>
            {n}
          </Text>
        ))}
        {o.staffOnly ? <Text className='small'>由工作人员直接办理，不分派给代表</Text> : null}
        <Text className='muted small'>
          {o.trackingNo} · {o.stationName} · {formatTime(o.createdAt)}
        </Text>
      </OpinionCard>
    </View>
  );
}
