import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { Field, Messages } from '../../../../components/field';
import { useDuty } from '../../hooks/use-duty';

/** 接待值班: my upcoming sessions, check-in by scanning the station's code, leave. */
export default function DutyPage() {
  const d = useDuty();
  const [leave, setLeave] = useState({ from: '', to: '', reason: '' });
  return (
    <View className='page'>
      <Button className='btn btn--primary btn--big' disabled={flag(d.busy)} loading={flag(d.busy)} onClick={() => void d.checkIn()}>
        扫码签到
      </Button>
      <Messages error={d.error} done={d.done} />

      <View className='card'>
        <Text className='card__title'>近期接待安排</Text>
        {d.sessions.status === 'error' ? (
          <ErrorNotice message={d.sessions.error.message} onRetry={d.sessions.reload} />
        ) : !d.sessions.data ? (
          <Loading />
        ) : d.sessions.data.items.length === 0 ? (
          <Text className='muted'>近两周没有接待安排</Text>
        ) : (
          d.sessions.data.items.map((s) => (
            <View key={`${s.stationCode}-${s.date}-${s.sessionId}`} className={`session${s.cancelled ? ' session--cancelled' : ''}`}>
              <Text className='session__when'>
                {s.date} {s.weekdayLabel} {s.start}-{s.end}
              </Text>
              <Text>{s.stationName}</Text>
              <Text className='muted small'>
                {s.cancelled ? `已取消：${s.cancelReason ?? ''}` : s.attended ? '已签到' : s.onLeave ? '请假中' : '待接待'}
              </Text>
            </View>
          ))
        )}
      </View>

      <View className='card'>
        <Text className='card__title'>请假</Text>
        {(d.leaves.data?.items ?? []).map((l) => (
          <View key={`${l.from}-${l.to}`} className='row row--between'>
            <Text>
              {l.from} 至 {l.to} {l.reason ?? ''}
            </Text>
            <Button className='btn btn--plain btn--small' onClick={() => void d.cancelLeave(l.from, l.to)}>
              取消
            </Button>
          </View>
        ))}
        <Field label='开始日期' value={leave.from} onChange={(v) => setLeave({ ...leave, from: v })} placeholder='YYYY-MM-DD' />
        <Field label='结束日期' value={leave.to} onChange={(v) => setLeave({ ...leave, to: v })} placeholder='YYYY-MM-DD' />
        <Field label='原因（选填）' value={leave.reason} onChange={(v) => setLeave({ ...leave, reason: v })} />
        <Button className='btn btn--plain' disabled={flag(d.busy)} onClick={() => void d.addLeave(leave.from, leave.to, leave.reason)}>
          登记请假
        </Button>
      </View>
    </View>
  );
}
