/**
 * A resident's follow-up message on a case being worked (补充留言; PRODUCT.md: follow-up
 * messages are timeline entries, not transitions). Its text goes through content security
 * and its photos through the image check like added information; it is stored with the
 * resident's additions (`kind: 'message'`) and appended as a `message` event in the one
 * conditional write, with no status change. The relay tells whoever holds the case: the
 * deputy (意见动态提醒), or the station's staff when no deputy does (core/notification-rules.ts).
 *
 * Round trips before the answer: the opinion and the photos' uploads read at once (1, or 2
 * with photos), the write (1); with photos, the checks' record (1) and the verdicts that came
 * first (1). The text check is one open API call. What follows runs in the relay.
 */
import type { Payload } from '../../core/contract';
import { MESSAGES_PER_OPINION_PER_DAY, messageRefusal, messagesOnDayOf } from '../../core/conversation';
import { AppError } from '../../core/errors';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { requestKey } from '../platform/request-key';
import { requireOwnImages } from '../users/uploads';
import { moveOpinion } from './after-write';
import { checkText, startMediaChecks } from './content-check';
import { applyKeptVerdicts } from './photo-verdict';
import { ownOpinion } from './resident-actions';

/** The message is on the opinion already: a retry of the same form. */
class AlreadySent extends Error {
  constructor(readonly doc: OpinionDoc) {
    super('message already sent');
  }
}

const sentWith = (doc: OpinionDoc, key: string) => (doc.additions ?? []).some((a) => a.key === key);

/** Refuses what this case does not take now: its status, or the day's messages used up. */
function assertTakesMessage(doc: OpinionDoc, now: Date): void {
  const refusal = messageRefusal(doc.status);
  if (refusal) throw new AppError(refusal.code, refusal.message, `message on ${doc._id} in ${doc.status}`);
  if (messagesOnDayOf(doc.additions, now) >= MESSAGES_PER_OPINION_PER_DAY) {
    throw new AppError('RATE_LIMITED', `这条意见今天已经留言${MESSAGES_PER_OPINION_PER_DAY}次，请明天再留言；急事请联系联络站`);
  }
}

/** Reads both at once; the opinion's refusal (not the resident's) comes first, then the photos'. */
async function ownOpinionAndPhotos(ports: Ports, openid: string, id: string, photos: readonly string[]): Promise<OpinionDoc> {
  const [doc, own] = await Promise.allSettled([ownOpinion(ports, openid, id), requireOwnImages(ports, openid, photos)]);
  if (doc.status === 'rejected') throw doc.reason;
  if (own.status === 'rejected') throw own.reason;
  return doc.value;
}

/** Adds the resident's follow-up message; a retry with the same request id answers the one already added. */
export async function sendMessage(ports: Ports, openid: string, p: Payload<'opinion', 'message'>): Promise<{ doc: OpinionDoc; duplicate: boolean }> {
  const key = requestKey(openid, p.requestId, p.id);
  const doc = await ownOpinionAndPhotos(ports, openid, p.id, p.photos);
  if (sentWith(doc, key)) return { doc, duplicate: true };
  assertTakesMessage(doc, ports.clock.now());
  if ((await checkText(ports, openid, [p.text])) === 'review') {
    throw new AppError('TEXT_REFUSED', '留言需要人工审核，请修改后再提交或联系联络站');
  }
  const checks = await startMediaChecks(ports, openid, p.id, p.photos);
  let changed: OpinionDoc;
  try {
    // `doc` was read at the start of this request: the write's first round decides on it.
    changed = await moveOpinion(
      ports,
      p.id,
      (fresh) => {
        if (sentWith(fresh, key)) throw new AlreadySent(fresh);
        const at = ports.clock.now();
        assertTakesMessage(fresh, at);
        return {
          mover: 'resident',
          actor: { role: 'resident' },
          action: 'message',
          note: p.text,
          set: {
            additions: [...(fresh.additions ?? []), { at, text: p.text, photos: p.photos, kind: 'message', key }],
            ...(checks.length > 0 ? { mediaChecks: [...(fresh.mediaChecks ?? []), ...checks] } : {}),
          },
        };
      },
      doc,
    );
  } catch (e) {
    // The same form raced this one and landed first: one message.
    if (e instanceof AlreadySent) return { doc: e.doc, duplicate: true };
    throw e;
  }
  // A verdict WeChat pushed before the message was written was kept on its check: apply it now.
  return { doc: (await applyKeptVerdicts(ports, checks)) ? await ownOpinion(ports, openid, p.id) : changed, duplicate: false };
}
