import { Button, Text, Textarea, View } from '@tarojs/components';
import { MAX_PHOTOS } from '@core/contract/limits';
import { PhotoPicker } from '../../components/photo-picker';
import { HalfScreenDialog } from '../../components/ui/half-screen-dialog';
import type { FollowUp } from '../../hooks/use-follow-up';
import { flag } from '../../lib/flag';

/** The 补充留言 entry at the end of 留言与答复, while the case is worked (`can.message`). */
export function FollowUpEntry({ followUp }: { followUp: FollowUp }) {
  return (
    <Button className='btn btn--plain talk__more' onClick={followUp.show}>
      补充留言
    </Button>
  );
}

/**
 * 补充留言 in a half-screen dialog: the text (10 to 1000 characters), up to three photos, and
 * 发送留言. Whoever handles the case is told; the dialog closes once it is sent.
 */
export function FollowUpDialog({ followUp }: { followUp: FollowUp }) {
  const f = followUp;
  return (
    <HalfScreenDialog
      show={f.open}
      title='补充留言'
      onClose={f.close}
      footer={
        <>
          {f.error ? (
            <View className='error-box' role='alert'>
              <Text>{f.error}</Text>
            </View>
          ) : null}
          <Button className='btn btn--primary' disabled={flag(f.busy)} onClick={() => void f.send()}>
            发送留言
          </Button>
        </>
      }
    >
      <Text className='muted small'>有新的情况或想法，可以随时留言，正在办理的代表或工作人员会收到提醒。</Text>
      <Textarea
        className='textarea'
        value={f.text}
        maxlength={-1}
        placeholder='写下想补充的情况，至少10个字'
        ariaLabel='留言内容'
        onInput={(e) => f.setText(e.detail.value)}
      />
      <Text className={`counter${f.count > f.max ? ' counter--over' : ''}`}>
        {f.count}/{f.max}
      </Text>
      <PhotoPicker photos={f.photos} max={MAX_PHOTOS} />
    </HalfScreenDialog>
  );
}
