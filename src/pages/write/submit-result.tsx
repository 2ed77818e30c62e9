import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { monthDayWeekday } from '@core/friendly-time';
import { ResultPage } from '../../components/ui/result-page';
import { showSuccess } from '../../components/ui/feedback';
import type { SubmitAnswer } from '../../hooks/use-opinion-draft';
import { ROUTES } from '../../routes';

const copy = async (trackingNo: string) => {
  try {
    await Taro.setClipboardData({ data: trackingNo });
    showSuccess('已复制');
  } catch {
    void Taro.showToast({ title: '没有复制成功，请长按编号复制', icon: 'none' });
  }
};

/**
 * WeChat's result page after sending: the check, where it went, the tracking number to copy
 * (it is kept in 办理进度 anyway), and by when a deputy accepts it.
 */
export function SubmitResult({ result, onAgain }: { result: SubmitAnswer; onAgain: () => void }) {
  return (
    <ResultPage
      icon='success'
      title={result.duplicate ? '这条意见已经提交过' : '意见已提交'}
      // Where it went, in the resident's words (the server's: never how routing decided).
      description={result.routing.reason}
      primary={{ text: '查看办理进度', onClick: () => void Taro.navigateTo({ url: ROUTES.opinion(result.id) }) }}
      secondary={{ text: '再写一条', onClick: onAgain }}
    >
      <View className='sent'>
        <Text className='muted small'>查询编号</Text>
        <Text className='tracking tracking--big sent__no' userSelect>
          {result.trackingNo}
        </Text>
        <Button className='btn btn--plain btn--small sent__copy' onClick={() => void copy(result.trackingNo)}>
          复制编号
        </Button>
        <Text className='muted small'>已保存在「办理进度」，不用抄写</Text>
        {result.acceptBy ? (
          <Text className='sent__when'>
            代表一般在 {result.acceptBy.workingDays} 个工作日内受理，最晚
            <Text className='nowrap'>{monthDayWeekday(result.acceptBy.dueAt, new Date())}</Text>前
          </Text>
        ) : null}
        {result.guidance ? <Text className='notice sent__guidance'>{result.guidance}</Text> : null}
      </View>
    </ResultPage>
  );
}
