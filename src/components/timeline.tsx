import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { TimelineEntry } from '@core/contract/views';
import { formatTime } from '../lib/time';

/** Every change of the opinion, oldest first, as the server recorded it. */
export function Timeline({ entries }: { entries: z.output<typeof TimelineEntry>[] }) {
  if (entries.length === 0) return null;
  return (
    <View className='card'>
      <Text className='card__title'>办理经过</Text>
      {entries.map((e, i) => (
        <View className='timeline__item' key={`${e.at}-${i}`}>
          <Text className='timeline__time'>{formatTime(e.at)}</Text>
          <Text className='timeline__what'>
            {e.actorLabel} {e.actionLabel}
          </Text>
          {e.note ? <Text className='timeline__note'>{e.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
