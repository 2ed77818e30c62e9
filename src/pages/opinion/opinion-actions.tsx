import { Button, Text, Textarea, View } from '@tarojs/components';
import type { z } from 'zod';
import type { OpinionDetail } from '@core/contract/views';
import { ConfirmBar } from '../../components/confirm-bar';
import { PhotoPicker } from '../../components/photo-picker';
import type { useOpinionActions } from '../../hooks/use-opinion-actions';
import { useSubscription } from '../../hooks/use-subscription';
import { flag } from '../../lib/flag';
import { formatTime } from '../../lib/time';
import { RateForm } from './rate-form';

type Actions = ReturnType<typeof useOpinionActions>;

/** The buttons the server allows now (`can`), and nothing else: the page does not decide. */
export function OpinionActions({ opinion, actions }: { opinion: z.output<typeof OpinionDetail>; actions: Actions }) {
  const { can } = opinion;
  const subscription = useSubscription('resident');
  const busy = flag(actions.busy);

  return (
    <View>
      {actions.notice ? (
        <View className='notice' role='status'>
          <Text>{actions.notice}</Text>
        </View>
      ) : null}
      {actions.error ? (
        <View className='error-box' role='alert'>
          <Text>{actions.error}</Text>
        </View>
      ) : null}

      {can.addInfo ? (
        <View className='card'>
          <Text className='card__title'>补充情况</Text>
          <Text className='muted'>代表请您补充情况,补充后继续办理。</Text>
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

      {can.chase ? (
        <Button className='btn btn--plain' disabled={busy} onClick={() => void actions.chase()}>
          催办
        </Button>
      ) : can.chaseAfter ? (
        <Text className='muted small center'>{formatTime(can.chaseAfter)} 后可以催办</Text>
      ) : null}

      {can.withdraw ? (
        actions.confirmingWithdraw ? (
          <ConfirmBar
            message='撤回后这条意见不再办理,确定撤回吗?'
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

      {subscription.available ? (
        // Synchronously inside the tap: WeChat refuses the dialog after an await.
        <Button className='btn btn--plain' onClick={() => void subscription.ask()}>
          接收办理进度通知
        </Button>
      ) : null}
    </View>
  );
}
