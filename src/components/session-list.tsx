import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { SessionView } from '@core/contract/views';

type Session = z.output<typeof SessionView>;

/** Reception sessions (接待日): when, who, and whether it was cancelled and why. */
export function SessionList({ sessions, empty }: { sessions: Session[]; empty: string }) {
  if (sessions.length === 0) return <Text className='muted'>{empty}</Text>;
  return (
    <View>
      {sessions.map((s, i) => (
        <View className={`session${s.cancelled ? ' session--cancelled' : ''}`} key={`${s.date}-${s.start}-${i}`}>
          <Text className='session__when'>
            {s.date.slice(5)} {s.weekdayLabel} {s.start}–{s.end}
          </Text>
          <Text className='session__who'>
            {s.deputies.length === 0
              ? '工作人员接待'
              : s.deputies.map((d) => (d.onLeave ? `${d.name}（请假）` : d.name)).join('、')}
          </Text>
          {s.cancelled ? <Text className='session__cancel'>已取消{s.cancelReason ? `：${s.cancelReason}` : ''}</Text> : null}
        </View>
      ))}
    </View>
  );
}
