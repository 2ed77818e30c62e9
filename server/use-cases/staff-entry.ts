/**
 * Opinions staff enter for a walk-in, phone call, letter or visit: the same submission as a
 * resident's (server/use-cases/submit-opinion.ts) with the channel recorded. The opinion has
 * no resident openid yet, so it is keyed by a placeholder `staff-entry:<requestId>` — one per
 * entry, which keeps resident limits (per openid) from counting a busy desk as one resident.
 * With a phone number it is claimable: the resident claims it later in the app.
 */
import { CONTRACT, type Payload } from '../../core/contract';
import { STATUS_LABELS } from '../../core/opinion-status';
import { CHANNEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../actor';
import type { Ports } from '../ports';
import { AppError } from '../../core/errors';
import { changeOpinion, getOpinion } from '../repos/opinions';
import { requireMyStation } from './station-scope';
import { submitOpinion } from './submit-opinion';

export const entryOpenid = (requestId: string) => `staff-entry:${requestId}`;

export async function enterOpinion(ports: Ports, actor: Actor, p: Payload<'staff', 'enter'>) {
  await requireMyStation(ports, actor, p.stationCode);
  const payload = CONTRACT.opinion.submit.input.parse({
    stationCode: p.stationCode,
    category: p.category,
    scope: p.scope,
    text: p.text,
    anonymous: p.anonymous,
    ...(p.phone ? { phone: p.phone } : {}),
    allowContact: Boolean(p.phone),
    consentPublish: p.consentPublish,
    requestId: p.requestId,
  });
  // Content security needs a real, recently active openid: the staff member's own.
  const { doc, duplicate } = await submitOpinion(ports, entryOpenid(p.requestId), payload, p.channel, actor.openid);
  let claimable = Boolean(doc.claimable);
  // Also on a repeat: an entry stopped between the insert and this event is completed.
  if (!doc.enteredBy) {
    try {
      const changed = await changeOpinion(ports, doc._id, (fresh) => {
        if (fresh.enteredBy) throw new AppError('TRANSITION_NOT_ALLOWED'); // a racing repeat recorded it
        return {
          mover: 'staff',
          actor: { role: 'staff', id: actor.openid },
          action: 'enter',
          note: `工作人员代录(${CHANNEL_LABELS[p.channel]})`,
          set: { enteredBy: actor.openid, claimable: Boolean(p.phone) },
        };
      });
      claimable = Boolean(changed.claimable);
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'TRANSITION_NOT_ALLOWED')) throw e;
      claimable = Boolean((await getOpinion(ports, doc._id))?.claimable);
    }
  }
  return {
    id: doc._id,
    trackingNo: doc.trackingNo,
    status: doc.status,
    statusLabel: STATUS_LABELS[doc.status],
    duplicate,
    routing: doc.routing ? { rule: doc.routing.rule, reason: doc.routing.reason } : { rule: 'triage' as const, reason: '内容审核中,审核通过后自动分派' },
    ...(doc.guidance ? { guidance: doc.guidance } : {}),
    claimable,
  };
}
