import Taro from '@tarojs/taro';
import { ResultPage } from '../../components/ui/result-page';
import type { SecondAnswer } from '../../hooks/use-similar';
import { ROUTES } from '../../routes';

/** After 附议: joined (or joined before), where to follow it, and back to the form to write one's own. */
export function SecondResult({ result, onBack }: { result: SecondAnswer; onBack: () => void }) {
  return (
    <ResultPage
      icon='success'
      title={result.duplicate ? '您已附议过这件意见' : '已附议'}
      description={`这件意见现有 ${result.secondCount} 人附议。有办理进展时会通知您，也可以在「办理进度」的“我附议的”里查看。`}
      primary={{ text: '查看这件意见', onClick: () => void Taro.navigateTo({ url: ROUTES.seconded(result.id) }) }}
      secondary={{ text: '继续写我的意见', onClick: onBack }}
    />
  );
}
