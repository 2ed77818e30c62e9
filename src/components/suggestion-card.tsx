import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { ResidentSuggestionView } from '@core/contract/suggestion-views';
import '../styles/suggestion.css';

/**
 * On the resident's opinion: the 闭会期间代表建议 it fed — its title, who made it, where it stands
 * in the resident's words and, once recorded, the department's answer (decision 0034).
 */
export function SuggestionCard({ suggestion }: { suggestion: z.output<typeof ResidentSuggestionView> }) {
  const answer = suggestion.answer;
  return (
    <View className='card suggestion-card' role='region' ariaLabel='代表建议'>
      <View className='row row--between'>
        <Text className='card__title'>代表建议</Text>
        <Text className={`badge${answer ? ' badge--good' : ''}`}>{suggestion.statusLabel}</Text>
      </View>
      <Text className='muted small'>您的意见已由{suggestion.deputyName}代表并入闭会期间代表建议：</Text>
      <Text className='suggestion-card__title'>《{suggestion.title}》</Text>
      {suggestion.departmentName && !answer ? <Text className='small'>承办部门：{suggestion.departmentName}</Text> : null}
      {answer ? (
        <View className='card--inner suggestion-answer'>
          <Text className='small'>
            {answer.departmentName}的答复 · <Text className='nowrap'>{answer.answeredOn}</Text>
          </Text>
          <Text className='suggestion-answer__text'>{answer.text}</Text>
        </View>
      ) : (
        <Text className='muted small'>部门答复后，会在这里告诉您。</Text>
      )}
    </View>
  );
}
