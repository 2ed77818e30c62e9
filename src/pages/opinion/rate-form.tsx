import { Button, Text, Textarea, View } from '@tarojs/components';
import { RATINGS, RATING_LABELS } from '@core/contract/limits';
import { Chip } from '../../components/chip';
import type { useOpinionActions } from '../../hooks/use-opinion-actions';
import { flag } from '../../lib/flag';

type Rating = ReturnType<typeof useOpinionActions>['rating'];

/** Rating the outcome: the result and the attitude, each 满意/基本满意/不满意, and a comment. */
export function RateForm({ rating, busy, onSubmit }: { rating: Rating; busy: boolean; onSubmit: () => void }) {
  return (
    <View className='card'>
      <Text className='card__title'>评价办理情况</Text>
      <Text className='field-label'>办理结果</Text>
      <View className='chips' role='radiogroup' ariaLabel='办理结果'>
        {RATINGS.map((r) => (
          <Chip key={r} label={RATING_LABELS[r]} ariaLabel={`办理结果${RATING_LABELS[r]}`} on={rating.result === r} onTap={() => rating.setResult(r)} />
        ))}
      </View>
      <Text className='field-label'>服务态度</Text>
      <View className='chips' role='radiogroup' ariaLabel='服务态度'>
        {RATINGS.map((r) => (
          <Chip key={r} label={RATING_LABELS[r]} ariaLabel={`服务态度${RATING_LABELS[r]}`} on={rating.attitude === r} onTap={() => rating.setAttitude(r)} />
        ))}
      </View>
      {rating.result === 'unsatisfied' ? (
        <Text className='notice'>选择“不满意”，意见会重新交代表办理一次。</Text>
      ) : null}
      <Textarea
        className='textarea textarea--short'
        value={rating.comment}
        maxlength={-1}
        placeholder='还想说的话（可不填）'
        onInput={(e) => rating.setComment(e.detail.value)}
      />
      <Button className='btn btn--primary' disabled={flag(busy)} onClick={onSubmit}>
        提交评价
      </Button>
    </View>
  );
}
