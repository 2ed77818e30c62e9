/**
 * The conversation on a case as the resident and the deputy read it: the deputy's questions
 * (need_info), the resident's answers (补充情况) and follow-ups (补充留言), and every reply, in
 * the order of the timeline. Each `add_info` or `message` event appended one addition and each
 * `reply` event one reply, in the same write, so the n-th such event is the n-th addition or
 * reply; anything not matched that way (written before the events were) follows in its own order.
 */
import type { z } from 'zod';
import type { ConversationEntry } from '../../../core/contract';
import type { OpinionDoc } from '../../model';
import { actorLabel } from './actor-label';

type Entry = z.infer<typeof ConversationEntry>;
type Addition = NonNullable<OpinionDoc['additions']>[number];
type Audience = 'resident' | 'deputy';

const iso = (d: Date | string) => new Date(d).toISOString();

const RESIDENT_LABEL: Record<Audience, string> = { resident: '我', deputy: '居民' };

function additionEntry(a: Addition, audience: Audience, photoUrl: (fileId: string) => string | undefined): Entry {
  const message = a.kind === 'message';
  const photos = a.photos.flatMap((fileId, i) => {
    const url = photoUrl(fileId);
    return url === undefined ? [] : [{ fileId, url, alt: `${message ? '留言' : '补充'}附图${i + 1}` }];
  });
  return {
    at: iso(a.at),
    kind: message ? 'message' : 'info',
    side: 'resident',
    byLabel: RESIDENT_LABEL[audience],
    label: message ? '补充留言' : '补充情况',
    text: a.text,
    photos,
  };
}

function replyEntry(r: OpinionDoc['replies'][number], audience: Audience): Entry {
  return {
    at: iso(r.at),
    kind: 'reply',
    side: 'office',
    // A deputy by name (李红梅代表); staff or the office as the reply names them.
    byLabel: r.deputyId ? `${r.byName}代表` : r.byName,
    label: '答复',
    text: r.text,
    photos: [],
    ...(audience === 'deputy' ? { countsAsResponse: r.countsAsResponse !== false } : {}),
  };
}

/**
 * The conversation for `audience`. `photoUrl` answers a photo's URL, or undefined for a photo
 * this audience does not see (a deputy sees only photos that passed the image check).
 */
export function conversationOf(doc: OpinionDoc, audience: Audience, photoUrl: (fileId: string) => string | undefined): Entry[] {
  const additions = doc.additions ?? [];
  const replies = doc.replies ?? [];
  let nextAddition = 0;
  let nextReply = 0;
  const out: Entry[] = [];
  for (const e of doc.timeline) {
    if ((e.action === 'add_info' || e.action === 'message') && nextAddition < additions.length) {
      out.push(additionEntry(additions[nextAddition++], audience, photoUrl));
    } else if (e.action === 'reply' && nextReply < replies.length) {
      out.push(replyEntry(replies[nextReply++], audience));
    } else if (e.action === 'need_info' && e.note) {
      out.push({
        at: iso(e.at),
        kind: 'question',
        side: 'office',
        byLabel: actorLabel(e.actor, audience),
        label: audience === 'resident' ? '请您补充情况' : '请居民补充情况',
        text: e.note,
        photos: [],
      });
    }
  }
  out.push(...additions.slice(nextAddition).map((a) => additionEntry(a, audience, photoUrl)));
  out.push(...replies.slice(nextReply).map((r) => replyEntry(r, audience)));
  return out;
}
