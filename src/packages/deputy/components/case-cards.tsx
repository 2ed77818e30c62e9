/** What the deputy reads about a case besides its text: the resident's photos and place, who wrote, the forward, the step it is at. */
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { flag } from '../../../lib/flag';
import { formatTime } from '../../../lib/time';
import type { useDeputyOpinion } from '../hooks/use-deputy-opinion';
import { STEPS } from '../lib/handling-steps';

type Work = ReturnType<typeof useDeputyOpinion>;
type Detail = NonNullable<Work['detail']['data']>;

/** The resident's photos (tap to see one large) and the place they gave: what the deputy must act on. */
export function ResidentMaterial({ o }: { o: Detail }) {
  if (o.photos.length === 0 && !o.place) return null;
  const urls = o.photos.map((p) => p.url);
  return (
    <View className='card' data-testid='resident-material'>
      <Text className='card__title'>照片和地点</Text>
      {o.place ? (
        <Text className='case-place'>
          <Text className='muted'>地点：</Text>
          {o.place}
        </Text>
      ) : null}
      {o.photos.length > 0 ? (
        <>
          <View className='photos'>
            {o.photos.map((p, i) => (
              <View className='photo' key={p.fileId} role='button' ariaLabel={`查看${p.alt || `第${i + 1}张照片`}`} onClick={() => void Taro.previewImage({ urls, current: p.url })}>
                <Image className='photo__img' src={p.url} mode='aspectFill' ariaLabel={p.alt} nativeProps={{ alt: p.alt }} />
              </View>
            ))}
          </View>
          <Text className='muted small'>居民提供的照片 {o.photos.length} 张，点照片看大图</Text>
        </>
      ) : null}
    </View>
  );
}

/** Who wrote, how to reach them (only as they allowed), why it came to me, and by when. */
export function SenderCard({ o }: { o: Detail }) {
  return (
    <View className='card'>
      <Text className='card__title'>来信人</Text>
      <Text>{o.resident.anonymous ? '匿名居民' : '居民（实名）'}</Text>
      {o.resident.phone ? <Text>联系电话：{o.resident.phone}</Text> : <Text className='muted'>未留电话或不允许联系</Text>}
      <Text className='muted small'>分派原因：{o.routing.reason}</Text>
      {o.dueAt ? <Text className={o.overdue ? 'notice' : 'muted small'}>{o.overdue ? '已逾期：' : '办理期限：'}{formatTime(o.dueAt)}</Text> : null}
      {o.chaseCount > 0 ? <Text className='notice'>居民已催办 {o.chaseCount} 次</Text> : null}
    </View>
  );
}

/** The forward on record: the letter to print and, once recorded, the department's answer. */
export function ForwardInfo({ work, o }: { work: Work; o: Detail }) {
  const f = o.forward!;
  return (
    <View className='card'>
      <Text className='card__title'>已转交：{f.departmentName}</Text>
      <Text className='muted small'>
        转办函 {f.letterNo} · 请于 {formatTime(f.answerDueAt).slice(0, 10)} 前答复 · {f.departmentContact}
      </Text>
      {f.answer ? <Text>部门答复（{formatTime(f.answer.at)}）：{f.answer.text}</Text> : <Text className='muted'>等待部门答复</Text>}
      <Button className='btn btn--plain' disabled={flag(work.busy)} onClick={() => void work.transferLetter()}>
        打印转办函
      </Button>
    </View>
  );
}

/** 受理 → 答复居民 → 办结, with the step the case is at. */
export function StepsLine({ at }: { at: number }) {
  return (
    <View className='case-steps' role='list' ariaLabel='办理步骤'>
      {STEPS.map((s, i) => (
        <View key={s} role='listitem' className={`case-step${i < at ? ' case-step--done' : ''}${i === at ? ' case-step--now' : ''}`} ariaLabel={`${s}${i < at ? '（已完成）' : i === at ? '（当前步骤）' : ''}`}>
          {/* One text with its number: the step's name alone is the primary button's word (受理, 办结). */}
          <Text className='case-step__label'>
            <Text className='case-step__dot'>{i < at ? '✓' : String(i + 1)}</Text>
            {s}
          </Text>
        </View>
      ))}
    </View>
  );
}
