/**
 * A resident's opinion: checked, numbered, routed and stored in one insert. The same
 * request id from the same resident always yields the same opinion (a double tap is one).
 */
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { assertTransitionAllowed } from '../../core/opinion-status-guard';
import { routeOpinion, type RoutingDecision } from '../../core/route-opinion';
import { formatTrackingNumber, trackingCounterKey } from '../../core/tracking-number';
import { LEVEL_LABELS, type Channel } from '../../core/vocabulary';
import { isDuplicateKey } from '../platform/db-errors';
import { opinionIdFor } from '../platform/request-key';
import type { DeputyDoc, OpinionDoc, OpinionEvent } from '../model';
import { deadlineFields } from './deadlines';
import { afterOpinionWrite } from './after-write';
import type { LoadCounted } from './open-load';
import type { Ports } from '../platform/ports';
import { nextSequence } from './counters.repo';
import { getOpinion, insertOpinion } from './opinions.repo';
import { getStation, requireStation } from '../stations/stations.repo';
import { checkText, startMediaChecks } from './content-check';
import { applyKeptVerdicts } from './photo-verdict';
import { requireOwnImages } from '../users/uploads';
import { gatherRouting } from './gather-routing';
import { enforceSubmitLimits, sameTextRecently } from './resident-limits';

export { opinionIdFor };

/**
 * Who entered an opinion for a resident, and how it reads: the first event is theirs
 * ("联络站工作人员 代为登记", not the resident's who may claim it later), and with a phone the
 * resident can claim it. All in the one insert, so an entry is never half recorded.
 */
export interface StaffEntry {
  by: string;
  note: string;
  claimable: boolean;
  /** The staff member stated that the resident was informed (staff.enter requires it). */
  residentInformed: true;
}

export async function submitOpinion(
  ports: Ports,
  openid: string,
  p: Payload<'opinion', 'submit'>,
  channel: Channel = 'qr',
  /** Entered by staff for a walk-in, a call or a letter (server/opinions/staff-entry.ts). */
  entry?: StaffEntry,
): Promise<{ doc: OpinionDoc; duplicate: boolean }> {
  // Content security needs a real, recently active openid: for an entry, the staff member's own.
  // The photos are the uploads of whoever is at the keyboard: the resident, or the staff member.
  const checkAs = entry?.by ?? openid;
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

  // The same text again within a day is the same opinion.
  const sameText = await sameTextRecently(ports, openid, p.text);
  if (sameText) return { doc: sameText, duplicate: true };
  await enforceSubmitLimits(ports, openid);
  await requireOwnImages(ports, checkAs, p.photos);
  const textVerdict = await checkText(ports, checkAs, [p.text, p.place]);
  // Held until every check is done: a `review` text, or photos awaiting their verdicts.
  const hold = textVerdict === 'review' || p.photos.length > 0;

  let decision: RoutingDecision | undefined;
  let assignee: DeputyDoc | undefined;
  if (!hold) {
    const gathered = await gatherRouting(ports, station, p);
    decision = routeOpinion(gathered.input);
    assertTransitionAllowed('submitted', decision.status, 'system');
    assignee = gathered.deputies.find((d) => d._id === decision!.deputyId);
  }

  const now = ports.clock.now();
  const seq = await nextSequence(ports, trackingCounterKey(station.regionCode, now));
  const trackingNo = formatTrackingNumber(station.regionCode, now, seq);
  const timeline: OpinionEvent[] = [
    entry
      ? { at: now, actor: { role: 'staff', id: entry.by }, action: 'enter', to: hold ? 'held' : 'submitted', note: entry.note }
      : { at: now, actor: { role: 'resident' }, action: 'submit', to: hold ? 'held' : 'submitted' },
  ];
  if (decision) {
    timeline.push({
      at: now,
      actor: { role: 'system' },
      action: 'route',
      from: 'submitted',
      to: decision.status,
      note: decision.reason,
    });
  }
  const doc: OpinionDoc & Required<Pick<LoadCounted, 'openLoadOf'>> = {
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
    status: decision ? decision.status : 'held',
    ...(assignee
      ? { assigneeDeputyId: assignee._id, assigneeName: assignee.name, assigneeLevelLabel: LEVEL_LABELS[assignee.level], assignedAt: now }
      : {}),
    ...(decision?.triage ? { triage: decision.triage } : {}),
    flagged: decision?.flagged ?? false,
    ...(decision?.guidance ? { guidance: decision.guidance } : {}),
    ...(decision ? { routing: { rule: decision.rule, reason: decision.reason, notes: decision.notes } } : {}),
    ...(textVerdict === 'review' ? { textReview: true } : {}),
    photos: p.photos,
    ...(p.place ? { place: p.place } : {}),
    ...(entry ? { enteredBy: entry.by, claimable: entry.claimable, residentInformed: entry.residentInformed } : {}),
    replies: [],
    timeline,
    chaseCount: 0,
    reopenCount: 0,
    notifyPending: true,
    notifiedEvents: 0,
    // Nobody's open load counts it yet: the after-write step counts it for its assignee, once.
    openLoadOf: '',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  Object.assign(doc, await deadlineFields(ports, doc, doc.status, now));
  if (p.photos.length > 0) doc.mediaChecks = await startMediaChecks(ports, checkAs, id, p.photos);
  try {
    await insertOpinion(ports, doc);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    // The same request raced us here: answer with the one that landed.
    const landed = await getOpinion(ports, id);
    if (landed) return { doc: landed, duplicate: true };
    throw e;
  }
  // Open load (with the assignee's round-robin time), notifications and statistics, on the document in hand.
  await afterOpinionWrite(ports, undefined, doc);
  // A verdict WeChat pushed before the insert was kept on its check: apply it now.
  const changed = await applyKeptVerdicts(ports, doc.mediaChecks ?? []);
  return { doc: (changed && (await getOpinion(ports, id))) || doc, duplicate: false };
}
