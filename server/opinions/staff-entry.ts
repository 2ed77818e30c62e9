/**
 * Opinions staff enter for a walk-in, phone call, letter or visit: the same submission as a
 * resident's (server/opinions/submit.ts) with the channel recorded. The opinion has
 * no resident openid yet, so it is keyed by a placeholder `staff-entry:<key>` — one per
 * entry, which keeps resident limits (per openid) from counting a busy desk as one resident.
 * The key is the staff member's, the station's and the form's (`requestKey`): a retry is the
 * same entry, another desk's same request id is another entry.
 * With a phone number it is claimable: the resident claims it later in the app.
 */
import { submitResult } from './views/submit-result';
import { CONTRACT, type Payload } from '../../core/contract';
import { CHANNEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { requestKey } from '../platform/request-key';
import type { Ports } from '../platform/ports';
import { requireMyStation } from '../stations/scope';
import { submitOpinion } from './submit';

export const entryOpenid = (staffOpenid: string, stationCode: string, requestId: string) =>
  `staff-entry:${requestKey(staffOpenid, requestId, stationCode)}`;

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
  // The entry (who, the channel, claimable) lands with the opinion in its one insert.
  const { doc, duplicate } = await submitOpinion(ports, entryOpenid(actor.openid!, p.stationCode, p.requestId), payload, p.channel, {
    by: actor.openid!,
    note: `工作人员代录（${CHANNEL_LABELS[p.channel]}）`,
    claimable: Boolean(p.phone),
    residentInformed: p.residentInformed,
  });
  return {
    ...submitResult(doc, duplicate),
    claimable: Boolean(doc.claimable),
  };
}
