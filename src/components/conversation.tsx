import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { ConversationEntry, ReplyView } from '@core/contract/views';
import { relativeDayTime } from '@core/friendly-time';
import { PhotoGrid } from './photo-grid';
import '../styles/conversation.css';

type Turn = z.output<typeof ConversationEntry>;

/** Replies as turns, for an answer that carries no conversation. */
const fromReplies = (replies: z.output<typeof ReplyView>[]): Turn[] =>
  replies.map((r): Turn => ({ at: r.at, kind: 'reply', side: 'office', byLabel: r.byLabel, label: '答复', text: r.text, photos: [] }));

/**
 * 留言与答复: the deputy's questions, the resident's answers and follow-ups (with their photos)
 * and every reply, in the order they came — the resident's on the right. Shared by the
 * resident's and the deputy's detail; `children` ends the card (the resident's 补充留言).
 */
export function Conversation({
  conversation,
  replies,
  children,
}: {
  conversation?: Turn[];
  replies: z.output<typeof ReplyView>[];
  children?: ReactNode;
}) {
  const turns = conversation ?? fromReplies(replies);
  const now = new Date();
  return (
    <View className='card' data-testid='conversation'>
      <Text className='card__title'>留言与答复</Text>
      {turns.some((t) => t.kind === 'reply') ? null : <Text className='muted'>还没有答复</Text>}
      {turns.length > 0 ? (
        <View className='talk' role='list' ariaLabel='留言与答复'>
          {turns.map((t, i) => (
            <View className={`talk__turn talk__turn--${t.side}`} role='listitem' key={`${t.at}-${i}`}>
              <Text className='talk__by'>
                {t.byLabel} {t.label} · <Text className='nowrap'>{relativeDayTime(t.at, now)}</Text>
              </Text>
              <Text className='talk__text'>{t.text}</Text>
              <PhotoGrid photos={t.photos} />
              {t.countsAsResponse === false ? <Text className='talk__flag'>不计为有效答复</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
      {children}
    </View>
  );
}
