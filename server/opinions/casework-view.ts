/**
 * One case as staff or the region office work it (`staff.case` / `admin.case`): everything the
 * deputy sees and more — every photo with its image check (staff decide on the held ones), the
 * resident's contact as they allowed it (a full phone only through the identity-access log),
 * the routing rule and its notes, the timeline in working words, replies with whether they
 * count, the forward and the department's answer, deadlines, who holds it, and what this
 * worker may do now (`can`), with the deputies and departments to choose from when a move
 * needs one. Round trips: the case (and the caller's region, for the office), the photo URLs,
 * the identity-access entry when a full phone is shown, and the station's deputies with their
 * reach or the department directory only when those moves are open.
 */
import type { z } from 'zod';
import type { CaseCan, PHOTO_CHECKS, WorkerCase } from '../../core/contract/actions/casework';
import { beijingDate } from '../../core/beijing-time';
import { checkTransition, HANDOVER_STATUSES, OPEN_STATUSES, type Status } from '../../core/opinion-status';
import { isFollowing, isMergedParent } from '../../core/merged-cases';
import { maskPhone } from '../../core/privacy';
import { CHANNEL_LABELS, goesToStaffOnly, LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { ActorRef, OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { reachViewsOf } from '../notifications/reach-view';
import { getStation } from '../stations/stations.repo';
import { revealPhones } from '../users/identity-access';
import { caseFor, type CaseWorker, type Desk } from './case-access';
import { TAKE_FROM, unavailableWhy } from './casework';
import { departmentsFor, departmentView } from './forward';
import { heldReason } from './staff-queue';
import { caseMergeOf } from '../similar/merge-view';
import { actorLabel } from './views/actor-label';
import { allPhotos, toDeputyDetail } from './views/opinion-view';
import { photoUrlsOf } from './views/photo-urls';

type Can = z.infer<typeof CaseCan>;
type PhotoCheck = (typeof PHOTO_CHECKS)[number];

const iso = (d: Date | string) => new Date(d).toISOString();

/** What this worker may do with the case now; the page shows exactly these moves. */
export function workerCanOf(doc: OpinionDoc, worker: Pick<CaseWorker, 'mover'>): Can {
  // Leaving need_info is the resident's answer: the worker waits (or reassigns).
  const may = (to: Status) => doc.status !== 'need_info' && checkTransition(doc.status, to, worker.mover, doc.needInfoFrom).ok;
  const staffOnly = goesToStaffOnly(doc.category);
  // A merged case is worked on its 汇总件; a 汇总件 goes to no deputy, is not rejected or 回访'd (decision 0036).
  const can = canBeforeMerge(doc, may, staffOnly);
  if (isFollowing(doc) || doc.mergeDissolvedAt) return Object.fromEntries(Object.keys(can).map((k) => [k, false])) as Can;
  if (isMergedParent(doc)) return { ...can, take: false, assign: false, reassign: false, reject: false, release: false, followUp: false };
  return can;
}

function canBeforeMerge(doc: OpinionDoc, may: (to: Status) => boolean, staffOnly: boolean): Can {
  return {
    take: TAKE_FROM.includes(doc.status) && may('accepted'),
    assign: !staffOnly && may('assigned'),
    reassign: !staffOnly && HANDOVER_STATUSES.includes(doc.status),
    forward: may('forwarded'),
    departmentAnswer: doc.status === 'forwarded' && Boolean(doc.forward) && !doc.forward?.answer,
    // Answered already: a further reply, with no move.
    reply: may('replied') || doc.status === 'replied',
    resolve: may('resolved'),
    reject: may('rejected'),
    release: doc.status === 'held',
    followUp: doc.status === 'resolved',
    // A merged case's letter is its 汇总件's.
    transferLetter: Boolean(doc.forward) && !doc.mergedInto,
  };
}

/** A photo's image check: no entry means it was never sent to one (an old or staff-entered case). */
function checkOf(doc: OpinionDoc, fileId: string): PhotoCheck {
  const check = doc.mediaChecks?.find((m) => m.fileId === fileId);
  return check ? (check.verdict ?? 'pending') : 'none';
}

/** Who did it, in working words; the office named by its region (岳麓区人大工作人员). */
const workerActorLabel = (actor: ActorRef) =>
  actor.role === 'admin' && actor.name ? `${actor.name}人大工作人员` : actorLabel(actor, 'deputy');

/**
 * The resident's phone as they allowed it: in full (recorded first in 身份信息查看记录) when
 * they allowed contact, or for the 回访 of a resolved case as the 回访 list shows it; masked
 * otherwise; nothing of an anonymous resident before 回访.
 */
async function contactOf(ports: Ports, actor: Actor, desk: Desk, doc: OpinionDoc) {
  const base = { anonymous: doc.anonymous, allowContact: doc.allowContact };
  if (!doc.phone) return { ...base, phoneFull: false };
  const purpose = doc.status === 'resolved' ? 'followup' : !doc.anonymous && doc.allowContact ? 'casework' : undefined;
  if (!purpose) return doc.anonymous ? { ...base, phoneFull: false } : { ...base, phone: maskPhone(doc.phone), phoneFull: false };
  const viewer = { openid: actor.openid!, role: desk === 'staff' ? ('staff' as const) : ('admin' as const) };
  const phones = await revealPhones(ports, viewer, [doc], { action: `${desk}.case`, purpose });
  return { ...base, phone: phones.get(doc._id), phoneFull: true };
}

/** The station's deputies who can take the case now (not its present deputy), with whether reminders reach them. */
async function deputiesFor(ports: Ports, doc: OpinionDoc) {
  const station = await getStation(ports, doc.stationCode);
  const today = beijingDate(ports.clock.now());
  const able = (await deputiesByIds(ports, station?.deputyIds ?? [])).filter((d) => !unavailableWhy(d, today) && d._id !== doc.assigneeDeputyId);
  if (able.length === 0) return [];
  const reach = await reachViewsOf(ports, 'deputy', able.map((d) => d.openid));
  return able.map((d) => ({ id: d._id, name: d.name, levelLabel: LEVEL_LABELS[d.level], reach: reach(d.openid) }));
}

/** The directory of the case's region and those above it, the departments serving its category first. */
async function departmentsOf(ports: Ports, doc: OpinionDoc) {
  const found = await departmentsFor(ports, doc, {});
  const serves = (categories: string[]) => (categories.includes(doc.category) ? 0 : 1);
  return found.sort((a, b) => serves(a.categories) - serves(b.categories)).map(departmentView);
}

export async function workerCase(ports: Ports, actor: Actor, desk: Desk, id: string): Promise<z.infer<typeof WorkerCase>> {
  const { doc, worker } = await caseFor(ports, actor, desk, id);
  const can = workerCanOf(doc, worker);
  const [urls, resident, deputies, departments, merge] = await Promise.all([
    photoUrlsOf(ports, doc),
    contactOf(ports, actor, desk, doc),
    can.assign || can.reassign ? deputiesFor(ports, doc) : Promise.resolve([]),
    can.forward ? departmentsOf(ports, doc) : Promise.resolve([]),
    caseMergeOf(ports, doc),
  ]);
  const base = toDeputyDetail(doc, urls, ports.clock.now());
  const f = doc.forward;
  const forwardEvent = [...doc.timeline].reverse().find((e) => e.action === 'forward');
  return {
    ...base,
    photos: allPhotos(doc).map((fileId, i) => {
      const check = checkOf(doc, fileId);
      return { fileId, url: check === 'risky' ? '' : (urls[fileId] ?? ''), alt: `意见附图${i + 1}`, check };
    }),
    timeline: base.timeline.map((e, i) => (doc.timeline[i] ? { ...e, actorLabel: workerActorLabel(doc.timeline[i].actor) } : e)),
    resident,
    channelLabel: CHANNEL_LABELS[doc.channel],
    staffOnly: goesToStaffOnly(doc.category),
    flagged: doc.flagged,
    ...(doc.status === 'held' ? { heldReason: heldReason(doc) } : {}),
    ...(doc.handler ? { handler: { role: doc.handler.role, label: doc.handler.name } } : {}),
    ...(doc.assigneeDeputyId ? { assigneeId: doc.assigneeDeputyId } : {}),
    ...(doc.nextDueAt ? { dueAt: iso(doc.nextDueAt) } : {}),
    ...(doc.nextDueAt && doc.nextDueKind ? { dueKind: doc.nextDueKind } : {}),
    overdue: Boolean(doc.overdue) && OPEN_STATUSES.includes(doc.status),
    ...(doc.overdue && doc.overdueSince ? { overdueSince: iso(doc.overdueSince) } : {}),
    ...(f
      ? {
          forward: {
            departmentName: f.departmentName,
            departmentContact: f.departmentContact,
            letterNo: f.letterNo,
            at: iso(f.at),
            answerDueAt: iso(f.answerDueAt),
            byLabel: f.by ? f.by.name : forwardEvent ? workerActorLabel(forwardEvent.actor) : '代表',
            ...(f.note ? { note: f.note } : {}),
            ...(f.answer ? { answer: { at: iso(f.answer.at), text: f.answer.text } } : {}),
          },
        }
      : {}),
    replyFlags: doc.replies.map((r) => ({ at: iso(r.at), countsAsResponse: r.countsAsResponse !== false, boilerplate: Boolean(r.boilerplate) })),
    workerCan: can,
    deputies,
    departments,
    ...(merge ? { merge } : {}),
  };
}
