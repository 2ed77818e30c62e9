import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SubmitAnswer } from '../../hooks/use-opinion-draft';
import { ROUTES } from '../../routes';

/** What the resident keeps after sending: the tracking number and where the opinion went. */
export function SubmitResult({ result, onAgain }: { result: SubmitAnswer; onAgain: () => void }) {
  return (
    <View className='card result' role='status'>
      <Text className='result__title'>{result.duplicate ? '这条意见已经提交过' : '意见已提交'}</Text>
      <Text className='muted'>查询编号(请记下,可凭它查询办理进度)</Text>
      <Text className='tracking tracking--big'>{result.trackingNo}</Text>
      <Text>当前状态:{result.statusLabel}</Text>
      <Text>分派说明:{result.routing.reason}</Text>
      {result.guidance ? <Text className='notice'>{result.guidance}</Text> : null}
      <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: ROUTES.opinion(result.id) })}>
        查看办理进度
      </Button>
      <Button className='btn btn--plain' onClick={onAgain}>
        再写一条
      </Button>
    </View>
  );
}
