import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { ResolutionView } from '@core/contract/views';
import { formatTime } from '../lib/time';

/** 办理结果 of a resolved case: the kind, the 办结说明, who resolved it, and the department's answer. */
export function ResolutionCard({ resolution }: { resolution: z.output<typeof ResolutionView> }) {
  const answer = resolution.departmentAnswer;
  return (
    <View className='card'>
      <Text className='card__title'>办理结果</Text>
      <View className='row'>
        <Text className='badge badge--good'>{resolution.kindLabel}</Text>
      </View>
      <View className='reply'>
        <Text className='reply__text'>{resolution.text}</Text>
        <Text className='reply__by'>
          {resolution.byLabel} · {formatTime(resolution.at)} 办结
        </Text>
      </View>
      {answer ? (
        <Text className='reply__text'>
          {answer.departmentName}答复({formatTime(answer.at)}):{answer.text}
        </Text>
      ) : null}
    </View>
  );
}
