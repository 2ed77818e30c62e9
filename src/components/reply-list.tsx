import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { ReplyView } from '@core/contract/views';
import { relativeDayTime } from '@core/friendly-time';

export function ReplyList({ replies }: { replies: z.output<typeof ReplyView>[] }) {
  return (
    <View className='card'>
      <Text className='card__title'>代表答复</Text>
      {replies.length === 0 ? (
        <Text className='muted'>还没有答复</Text>
      ) : (
        replies.map((r, i) => (
          <View className='reply' key={`${r.at}-${i}`}>
            <Text className='reply__by'>
              {r.byLabel} · {relativeDayTime(r.at, new Date())}
            </Text>
            <Text className='reply__text'>{r.text}</Text>
          </View>
        ))
      )}
    </View>
  );
}
