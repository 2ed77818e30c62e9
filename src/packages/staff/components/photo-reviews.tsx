import { Button, Image, Text, View } from '@tarojs/components';
import { flag } from '../../../lib/flag';

export interface PhotoReviewItem {
  deputyId: string;
  name: string;
  levelLabel: string;
  fileId: string;
  url: string;
}

/** Deputy photos the image check left to a person: shown with 通过 / 不通过. Nothing when none wait. */
export function PhotoReviews(props: { items: PhotoReviewItem[] | undefined; busy: boolean; onDecide: (deputyId: string, fileId: string, approve: boolean) => void }) {
  if (!props.items?.length) return null;
  return (
    <View className='card'>
      <Text className='card__title'>代表照片待审核（{props.items.length}）</Text>
      <Text className='muted'>内容安全检测建议人工审核。通过后居民在联络站页面可以看到；不通过则不展示，请代表重新上传。</Text>
      {props.items.map((i) => (
        <View key={i.fileId} className='row'>
          {i.url ? <Image className='deputy__photo' src={i.url} mode='aspectFill' /> : <Text className='muted'>照片无法显示</Text>}
          <View className='column'>
            <Text>{i.name}</Text>
            <Text className='muted'>{i.levelLabel}</Text>
            <View className='row'>
              <Button className='btn btn--small' disabled={flag(props.busy)} onClick={() => props.onDecide(i.deputyId, i.fileId, true)}>通过</Button>
              <Button className='btn btn--plain btn--small' disabled={flag(props.busy)} onClick={() => props.onDecide(i.deputyId, i.fileId, false)}>不通过</Button>
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}
