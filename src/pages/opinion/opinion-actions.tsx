import { Button, Text, Textarea, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { z } from 'zod';
import type { OpinionDetail } from '@core/contract/views';
import { relativeDayTime } from '@core/friendly-time';
import type { Status } from '@core/opinion-status';
import { ConfirmBar } from '../../components/confirm-bar';
import { PhotoPicker } from '../../components/photo-picker';
import type { useOpinionActions } from '../../hooks/use-opinion-actions';
import { useSubscription } from '../../hooks/use-subscription';
import { showSuccess } from '../../components/ui/feedback';
import { flag } from '../../lib/flag';
import { RateForm } from './rate-form';

type Actions = ReturnType<typeof useOpinionActions>;
type Opinion = z.output<typeof OpinionDetail>;

/** Once it ended there is no progress left to be told about. */
const ENDED: readonly Status[] = ['resolved', 'closed', 'withdrawn', 'rejected'];

function Outcome({ actions }: { actions: Actions }) {
  // What was done, as a toast where the eye is (感谢您的评价, 已补充); it stays on the page in green.
  useEffect(() => {
    if (actions.notice) showSuccess(actions.notice);
  }, [actions.notice]);
  return (
    <>
      {actions.notice ? (
        <View className='done-box' role='status'>
          <Text>{actions.notice}</Text>
        </View>
      ) : null}
      {actions.error ? (
        <View className='error-box' role='alert'>
          <Text>{actions.error}</Text>
        </View>
      ) : null}
    </>
  );
}

/**
 * What the case waits for from the resident, right under where it stands: the information a
 * deputy asked for, or the rating of a resolved case (after its 办理结果). Only what the server
 * allows now (`can`): the page does not decide.
 */
export function OpinionSteps({ opinion, actions }: { opinion: Opinion; actions: Actions }) {
  const { can } = opinion;
  if (!can.addInfo && !can.rate) return null;
  const busy = flag(actions.busy);
  return (
    <View>
      <Outcome actions={actions} />
      {can.addInfo ? (
        <View className='card'>
          <Text className='card__title'>补充情况</Text>
          <Text className='muted'>代表请您补充情况，补充后继续办理。</Text>
          <Textarea
            className='textarea'
            value={actions.info.text}
            maxlength={-1}
            placeholder='请补充代表需要了解的情况'
            onInput={(e) => actions.info.setText(e.detail.value)}
          />
          <Text className={`counter${actions.info.count > actions.info.max ? ' counter--over' : ''}`}>
            {actions.info.count}/{actions.info.max}
          </Text>
          <PhotoPicker photos={actions.info.photos} max={3} />
          <Button className='btn btn--primary' disabled={busy} onClick={() => void actions.addInfo()}>
            提交补充
          </Button>
        </View>
      ) : null}
      {can.rate ? <RateForm rating={actions.rating} busy={actions.busy} onSubmit={() => void actions.rate()} /> : null}
    </View>
  );
}

/** The other things the resident may do now: chase, withdraw, be told of progress. */
export function OpinionActions({ opinion, actions }: { opinion: Opinion; actions: Actions }) {
  const { can } = opinion;
  const subscription = useSubscription('resident');
  const busy = flag(actions.busy);
  const stepsShown = can.addInfo || can.rate;

  return (
    <View>
      {stepsShown ? null : <Outcome actions={actions} />}

      {can.chase ? (
        <Button className='btn btn--plain' disabled={busy} onClick={() => void actions.chase()}>
          催办
        </Button>
      ) : can.chaseAfter ? (
        <Text className='muted small center'>
          <Text className='nowrap'>{relativeDayTime(can.chaseAfter, new Date())}</Text> 后可以催办
        </Text>
      ) : null}

      {can.withdraw ? (
        actions.confirmingWithdraw ? (
          <ConfirmBar
            message='撤回后这条意见不再办理，确定撤回吗？'
            confirmLabel='确认撤回'
            onConfirm={() => void actions.withdraw()}
            onCancel={actions.cancelWithdraw}
          />
        ) : (
          <Button className='btn btn--plain' disabled={busy} onClick={() => void actions.withdraw()}>
            撤回意见
          </Button>
        )
      ) : null}

      {subscription.available && !ENDED.includes(opinion.status) ? (
        // Synchronously inside the tap: WeChat refuses the dialog after an await.
        <Button className='btn btn--plain' onClick={() => void subscription.ask()}>
          接收办理进度通知
        </Button>
      ) : null}
    </View>
  );
}
