/**
 * A resident's opinion: checked, numbered, routed and stored in one insert. The same
 * request id from the same resident always yields the same opinion (a double tap is one).
 */
import { createHash } from 'node:crypto';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { assertTransitionAllowed } from '../../core/opinion-status-guard';
import { routeOpinion } from '../../core/route-opinion';
import { formatTrackingNumber, trackingCounterKey } from '../../core/tracking-number';
import { LEVEL_LABELS, type Channel } from '../../core/vocabulary';
import { isDuplicateKey } from '../db';
import type { OpinionDoc, OpinionEvent } from '../model';
import type { Ports } from '../ports';
import { nextSequence } from '../repos/counters';
import { markAssigned } from '../repos/deputies';
import { getOpinion } from '../repos/opinions';
import { getStation, requireStation } from '../repos/stations';
import { gatherRouting } from './gather-routing';

export const opinionIdFor = (openid: string, requestId: string): string =>
  `op${createHash('sha256').update(`${openid}\n${requestId}`).digest('hex').slice(0, 30)}`;

export async function submitOpinion(
  ports: Ports,
  openid: string,
  p: Payload<'opinion', 'submit'>,
  channel: Channel = 'qr',
): Promise<{ doc: OpinionDoc; duplicate: boolean }> {
  const id = opinionIdFor(openid, p.requestId);
  const earlier = await getOpinion(ports, id);
  if (earlier) return { doc: earlier, duplicate: true };

  const station = await requireStation(ports, p.stationCode);
  if (station.status === 'retired') {
    const moved = station.movedTo ? await getStation(ports, station.movedTo) : undefined;
    throw new AppError(
      'STATION_RETIRED',
      moved ? `该联络站已撤并,请到“${moved.name}”(${moved.address})反映意见` : undefined,
    );
  }

  const { input, deputies } = await gatherRouting(ports, station, p);
  const decision = routeOpinion(input);
  assertTransitionAllowed('submitted', decision.status, 'system');
  const assignee = deputies.find((d) => d._id === decision.deputyId);

  const now = ports.clock.now();
  const seq = await nextSequence(ports, trackingCounterKey(station.regionCode, now));
  const trackingNo = formatTrackingNumber(station.regionCode, now, seq);
  const timeline: OpinionEvent[] = [
    { at: now, actor: { role: 'resident' }, action: 'submit', to: 'submitted' },
    {
      at: now,
      actor: { role: 'system' },
      action: 'route',
      from: 'submitted',
      to: decision.status,
      note: decision.reason,
    },
  ];
  const doc: OpinionDoc = {
    _id: id,
    trackingNo,
    openid,
    requestId: p.requestId,
    channel,
    stationCode: station._id,
    stationName: station.name,
    regionCode: station.regionCode,
    regionPath: station.regionPath,
    category: p.category,
    scope: p.scope,
    text: p.text,
    anonymous: p.anonymous,
    ...(p.phone ? { phone: p.phone } : {}),
    allowContact: p.allowContact,
    consentPublish: p.consentPublish,
    ...(p.chosenDeputyId ? { chosenDeputyId: p.chosenDeputyId } : {}),
    status: decision.status,
    ...(assignee
      ? { assigneeDeputyId: assignee._id, assigneeName: assignee.name, assigneeLevelLabel: LEVEL_LABELS[assignee.level], assignedAt: now }
      : {}),
    ...(decision.triage ? { triage: decision.triage } : {}),
    flagged: decision.flagged,
    ...(decision.guidance ? { guidance: decision.guidance } : {}),
    routing: { rule: decision.rule, reason: decision.reason, notes: decision.notes },
    replies: [],
    timeline,
    chaseCount: 0,
    reopenCount: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ports.db.collection('opinions').add({ data: doc });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    // The same request raced us here: answer with the one that landed.
    const landed = await getOpinion(ports, id);
    if (landed) return { doc: landed, duplicate: true };
    throw e;
  }
  if (assignee) await markAssigned(ports, assignee._id, now);
  return { doc, duplicate: false };
}
