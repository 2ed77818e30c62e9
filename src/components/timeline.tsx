import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { TimelineEntry } from '@core/contract/views';
import { relativeDayTime } from '@core/friendly-time';

/** Every change of the opinion, oldest first, as the server recorded it (`今天 09:30`, `12月1日 14:02`). */
export function Timeline({ entries }: { entries: z.output<typeof TimelineEntry>[] }) {
  if (entries.length === 0) return null;
  const now = new Date();
  return (
    <View className='card'>
      <Text className='card__title'>办理经过</Text>
      {entries.map((e, i) => (
        <View className='timeline__item' key={`${e.at}-${i}`}>
          <Text className='timeline__time nowrap'>{relativeDayTime(e.at, now)}</Text>
          <Text className='timeline__what'>
            {e.actorLabel} {e.actionLabel}
          </Text>
          {e.note ? <Text className='timeline__note'>{e.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
