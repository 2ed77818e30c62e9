import { Button, Text, Textarea, View } from '@tarojs/components';
import { MIN_RESPONSE_CHARS } from '@core/boilerplate';
import { Chip } from '../../../components/chip';
import { flag } from '../../../lib/flag';
import type { useDeputyOpinion } from '../hooks/use-deputy-opinion';

type Work = ReturnType<typeof useDeputyOpinion>;

/**
 * The reply box: my named templates to start from, the text, its count, and — while writing —
 * whether it will count as a response and why not (the rule in core/boilerplate.ts).
 */
export function ReplyComposer({ work, onSaveTemplate }: { work: Work; onSaveTemplate: () => void }) {
  const { reply, setReply, templates, replyCount, replyMax, replyWarning: warning } = work;
  return (
    <View className='column reply-composer'>
      {templates.length > 0 ? (
        <>
          <Text className='muted small'>从我的模板开始（点一下放进答复框）：</Text>
          <View className='chips'>
            {templates.map((t) => (
              <Chip key={t.id} on={false} label={t.title} ariaLabel={`使用模板：${t.title}`} onTap={() => setReply(reply ? `${reply}${t.text}` : t.text)} />
            ))}
          </View>
        </>
      ) : null}
      <Textarea
        className='textarea'
        value={reply}
        maxlength={-1}
        placeholder={`写明了解到的情况和办理打算，至少${MIN_RESPONSE_CHARS}字`}
        ariaLabel='答复内容'
        onInput={(e) => setReply(e.detail.value)}
      />
      <View className='row row--between reply-composer__foot'>
        <Button className='btn btn--small' disabled={flag(work.busy)} onClick={onSaveTemplate}>
          存为模板
        </Button>
        <Text className={`counter${replyCount > replyMax ? ' counter--over' : ''}`}>
          {replyCount}/{replyMax}
        </Text>
      </View>
      {warning ? (
        <View className={`reply-warning reply-warning--${warning.reason}`} role='note' data-testid='reply-warning'>
          <Text>{warning.message}</Text>
        </View>
      ) : null}
    </View>
  );
}
