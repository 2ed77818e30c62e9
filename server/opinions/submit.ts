/**
 * A resident's opinion: checked, numbered, routed and stored in one insert. The same
 * request id from the same resident always yields the same opinion (a double tap is one).
 * Its round trips (issue 19): who is calling (1), then at once the station with its people
 * and categories, the resident's last day and the photos' uploads (3), the tracking number (2) with the
 * photos' checks (1), the insert (1) and, for a case routed at once, its deputy's open load
 * (1); what follows runs in the relay.
 */
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { assertTransitionAllowed } from '../../core/opinion-status-guard';
import { routeOpinion, type RoutingDecision, type TriageTarget } from '../../core/route-opinion';
import { formatTrackingNumber, trackingCounterKey } from '../../core/tracking-number';
import { LEVEL_LABELS, type Channel } from '../../core/vocabulary';
import { isDuplicateKey } from '../platform/db-errors';
import { opinionIdFor } from '../platform/request-key';
import type { DeputyDoc, OpinionDoc, OpinionEvent, RegionDoc } from '../model';
import { deadlineFields } from './deadlines';
import type { LoadCounted } from './open-load';
import type { Ports } from '../platform/ports';
import { nextSequence } from './counters.repo';
import { addToDeputyOpenLoad } from '../deputies/deputies.repo';
import { getOpinion, insertOpinion } from './opinions.repo';
import { searchFieldsOf } from './search-fields';
import { learnedLinksFor, namesFor, similarFieldsOf } from '../similar/knowledge';
import { getStation, stationWithPeople } from '../stations/stations.repo';
import { checkText, startMediaChecks } from './content-check';
import { requireOwnImages } from '../users/uploads';
import { gatherRouting } from './gather-routing';
import { nearestAdminRegion } from '../stations/admin-regions';
import { enforceSubmitLimits, recentOpinionsOf, sameTextRecently } from './resident-limits';
import { isMobile } from '../config/sms';
import { regionCategories } from '../../core/categories';
import { assertCategory } from '../categories/categories';

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
): Promise<{ doc: OpinionDoc; duplicate: boolean; people?: { deputies: DeputyDoc[]; regions: RegionDoc[] } }> {
  // Content security needs a real, recently active openid: for an entry, the staff member's own.
  // The photos are the uploads of whoever is at the keyboard: the resident, or the staff member.
  const checkAs = entry?.by ?? openid;
  const id = opinionIdFor(openid, p.requestId);
  // SMS goes only to a mobile the resident gave for it (server/config/sms.ts).
  if (p.smsNotify && !p.phone) throw new AppError('SMS_NEEDS_PHONE');
  if (p.smsNotify && !isMobile(p.phone!)) throw new AppError('SMS_PHONE_NOT_MOBILE');
  // Every read it needs at once (each is a round trip in the cloud): the station with its
  // deputies and staff, the resident's last 24 hours (a retry, the same text, the limits) and
  // the photos' uploads. The text check waits for them: a refused request costs no check.
  const [found, recent] = await Promise.all([
    stationWithPeople(ports, p.stationCode),
    recentOpinionsOf(ports, openid),
    requireOwnImages(ports, checkAs, p.photos),
  ]);
  // Read with the station: what names the deputy for the resident in the answer.
  const people = found ? { deputies: found.deputies, regions: found.regions } : undefined;
  const earlier = recent.docs.find((d) => d._id === id);
  if (earlier) return { doc: earlier, duplicate: true, people };
  if (!found) throw new AppError('STATION_NOT_FOUND');
  const { station } = found;
  if (station.status === 'retired') {
    const moved = station.movedTo ? await getStation(ports, station.movedTo) : undefined;
    throw new AppError(
      'STATION_RETIRED',
      moved ? `该联络站已撤并，请到“${moved.name}”（${moved.address}）反映意见` : undefined,
    );
  }

  // One of the station's categories: the defaults and those its regions added, read with it.
  assertCategory(regionCategories(station.regionPath, found.categories), p.category, '本联络站');

  // The same text again within a day is the same opinion.
  const sameText = sameTextRecently(recent, p.text);
  if (sameText) return { doc: sameText, duplicate: true, people };
  enforceSubmitLimits(recent);
  const textVerdict = await checkText(ports, checkAs, [p.text, p.place]);
  // Held until every check is done: a `review` text, or photos awaiting their verdicts.
  const hold = textVerdict === 'review' || p.photos.length > 0;
  // Held at a station without staff: the office routing would give it to sees it meanwhile, and may release it (decision 0030).
  let heldFor: TriageTarget | undefined;
  if (hold && !found.hasStaff) {
    const office = await nearestAdminRegion(ports, station.regionPath);
    heldFor = office ? { kind: 'admin', regionCode: office.code } : { kind: 'none' };
  }

  let decision: RoutingDecision | undefined;
  let assignee: DeputyDoc | undefined;
  if (!hold) {
    const gathered = await gatherRouting(ports, station, p, found);
    decision = routeOpinion(gathered.input);
    assertTransitionAllowed('submitted', decision.status, 'system');
    assignee = gathered.deputies.find((d) => d._id === decision!.deputyId);
  }

  const now = ports.clock.now();
  // The number and the photos' checks at once; each check is recorded (one insert for all) before the opinion.
  const [seq, mediaChecks] = await Promise.all([
    nextSequence(ports, trackingCounterKey(station.regionCode, now)),
    p.photos.length > 0 ? startMediaChecks(ports, checkAs, id, p.photos) : undefined,
  ]);
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
    ...(p.smsNotify ? { smsNotify: true } : {}),
    allowContact: p.allowContact,
    consentPublish: p.consentPublish,
    ...(p.chosenDeputyId ? { chosenDeputyId: p.chosenDeputyId } : {}),
    status: decision ? decision.status : 'held',
    ...(assignee
      ? { assigneeDeputyId: assignee._id, assigneeName: assignee.name, assigneeLevelLabel: LEVEL_LABELS[assignee.level], assignedAt: now }
      : {}),
    ...(decision?.triage ? { triage: decision.triage } : heldFor ? { triage: heldFor } : {}),
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
    // The assignee's open load counts it right after the insert (below): routing the next
    // case, seconds later, must see it. Otherwise nobody's load counts it yet.
    openLoadOf: assignee ? assignee._id : '',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  Object.assign(doc, await deadlineFields(ports, doc, doc.status, now));
  // What search finds it by, in the one insert (decision 0032).
  Object.assign(doc, searchFieldsOf(doc), similarFieldsOf(doc, namesFor(station, found.regions), learnedLinksFor(found.regions)));
  if (mediaChecks) doc.mediaChecks = mediaChecks;
  try {
    await insertOpinion(ports, doc);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    // The same request raced us here: answer with the one that landed.
    const landed = await getOpinion(ports, id);
    if (landed) return { doc: landed, duplicate: true, people };
    throw e;
  }
  // Only after the insert won (a retry never counts twice). A failure here leaves the load one
  // short until the daily recount (jobs/repairs.ts); the opinion itself is safe.
  if (assignee) await countAssigned(ports, assignee._id, now);
  // Notifications, statistics and any photo verdict WeChat pushed before this insert: the
  // relay's after-write step, within a minute (after-write.ts). Nothing more before the answer.
  return { doc, duplicate: false, people };
}

/** The new case on its deputy's open load, with when it was given (round-robin ties), in one update. */
async function countAssigned(ports: Ports, deputyId: string, at: Date): Promise<void> {
  try {
    await addToDeputyOpenLoad(ports, deputyId, 1, at.getTime());
  } catch (e) {
    ports.log.error('open load not counted; the recount repairs it', { deputyId, error: String(e) });
  }
}
