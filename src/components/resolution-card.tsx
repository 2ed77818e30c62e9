import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { ResolutionView } from '@core/contract/views';
import { monthDay } from '@core/friendly-time';
import '../styles/opinion.css';

/**
 * 办理结果 of a resolved case: the kind, the 办结说明, who resolved it and when, and the
 * department's answer. On the resident's detail it comes right under the status, before 评价.
 */
export function ResolutionCard({ resolution }: { resolution: z.output<typeof ResolutionView> }) {
  const answer = resolution.departmentAnswer;
  const now = new Date();
  return (
    <View className='card resolution' role='region' ariaLabel='办理结果'>
      <View className='row row--between'>
        <Text className='card__title'>办理结果</Text>
        <Text className='badge badge--good'>{resolution.kindLabel}</Text>
      </View>
      <Text className='body-text'>{resolution.text}</Text>
      <Text className='muted small'>
        {resolution.byLabel} · <Text className='nowrap'>{monthDay(resolution.at, now)}</Text>办结
      </Text>
      {answer ? (
        <View className='card--inner resolution__answer'>
          <Text className='small'>
            {answer.departmentName}的答复 · <Text className='nowrap'>{monthDay(answer.at, now)}</Text>
          </Text>
          <Text className='reply__text'>{answer.text}</Text>
        </View>
      ) : null}
    </View>
  );
}
