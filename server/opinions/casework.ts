/**
 * Staff and the region office work a case (PRODUCT.md, "Who can act on a case"): take it
 * themselves (工作人员直接办理), assign or reassign it to a deputy, reply, resolve, reject,
 * release a held one, record the 回访 rating. Forwarding to a department is in forward.ts.
 *
 * Every move: the case read once for the scope check (`caseFor`, the write's first read),
 * refused early when the table or the category would refuse it (before any content check or
 * side write), the caller's text through content security, then one conditional write with
 * the caller's mover (`workerChange`: `staff`, or `office` for the region's admins).
 */
import type { Payload } from '../../core/contract';
import { beijingDate } from '../../core/beijing-time';
import { judgeReply } from '../../core/boilerplate';
import { RESULT_KIND_LABELS } from '../../core/contract/fields';
import { AppError } from '../../core/errors';
import { assertMergeAllows } from '../../core/merged-cases';
import type { OpinionAction } from '../../core/opinion-events';
import { checkTransition, HANDOVER_STATUSES, type Status } from '../../core/opinion-status';
import { isOnLeave } from '../../core/reception-schedule';
import { termEnded } from '../../core/deputy-term';
import { goesToStaffOnly, LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { CaseHandler, DeputyDoc, OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { markAssigned } from '../deputies/deputies.repo';
import { deputiesByIds } from '../deputies/visible';
import { keepShowcaseHonest } from '../campaigns/showcase';
import { requireStation } from '../stations/stations.repo';
import { caseFor, workerChange, type CaseWorker, type Desk } from './case-access';
import { checkText } from './content-check';
import { routeSubmitted } from './route-submitted';
import { changeOpinionResult } from './views/transition-result';

/** Statuses staff take a case from (工作人员直接办理): waiting for a deputy, or given to one who has not accepted it. */
export const TAKE_FROM: readonly Status[] = ['triage', 'assigned'];

/** Who the case names when a worker handles it: 联络站工作人员, or the office by its region (岳麓区人大工作人员). */
export const handlerOf = (worker: CaseWorker): CaseHandler =>
  worker.mover === 'staff'
    ? { role: 'staff', id: worker.ref.id!, name: '联络站工作人员' }
    : { role: 'admin', id: worker.ref.id!, name: `${worker.ref.name ?? ''}人大工作人员` };

/** The assignee fields, removed when staff take the case from a deputy. */
const ASSIGNEE: readonly (keyof OpinionDoc)[] = ['assigneeDeputyId', 'assigneeName', 'assigneeLevelLabel'];

/** Staff and office text goes through content security too; what needs review is sent back to edit. */
export async function checkWorkerText(ports: Ports, actor: Actor, ...texts: (string | undefined)[]): Promise<void> {
  if ((await checkText(ports, actor.openid!, texts)) !== 'pass') {
    throw new AppError('TEXT_REFUSED', '内容需要人工审核，请修改后再提交');
  }
}

/** The action of a worker's move to a status (what a merge may rule out). */
const MOVE_ACTION: Partial<Record<Status, OpinionAction>> = { accepted: 'take', assigned: 'assign', rejected: 'reject', forwarded: 'forward', replied: 'reply', resolved: 'resolve' };

/** Refuses early what the table would refuse for this worker. Moves out of need_info are the resident's answer, not the worker's. */
export function assertWorkerMove(doc: OpinionDoc, to: Status, worker: CaseWorker): void {
  // A merged case moves with its 汇总件; a 汇总件 goes to no deputy and is not rejected (decision 0036).
  assertMergeAllows(doc, MOVE_ACTION[to] ?? 'take');
  if (doc.status === 'need_info' || !checkTransition(doc.status, to, worker.mover, doc.needInfoFrom).ok) {
    throw new AppError('TRANSITION_NOT_ALLOWED');
  }
}

/** Why a deputy cannot take a case now, or '' when they can. */
export function unavailableWhy(d: DeputyDoc, today: string): string {
  if (d.status !== 'active') return '已不在任';
  if (!d.openid) return '尚未绑定微信';
  if (isOnLeave(d.leaves, today)) return '正在请假';
  if (termEnded(d.termEnd, today)) return '任期已满';
  return '';
}

/**
 * The deputy the case may go to: of its station and able to take it now. Restricted categories
 * and 对代表的意见 never go to a deputy (the deputy a complaint is about included).
 */
async function deputyForCase(ports: Ports, doc: OpinionDoc, deputyId: string): Promise<DeputyDoc> {
  if (goesToStaffOnly(doc.category)) {
    throw new AppError('DEPUTY_UNAVAILABLE', `“${doc.category}”类意见由工作人员直接办理，不能分派给代表`);
  }
  const [station, [deputy]] = await Promise.all([requireStation(ports, doc.stationCode), deputiesByIds(ports, [deputyId])]);
  if (!deputy || !station.deputyIds.includes(deputy._id)) throw new AppError('DEPUTY_NOT_FOUND', '这位代表不属于本联络站');
  const why = unavailableWhy(deputy, beijingDate(ports.clock.now()));
  if (why) throw new AppError('DEPUTY_UNAVAILABLE', `${deputy.name}代表${why}，请选择其他代表`);
  return deputy;
}

const assigneeOf = (d: DeputyDoc) => ({ assigneeDeputyId: d._id, assigneeName: d.name, assigneeLevelLabel: LEVEL_LABELS[d.level] });

/** 工作人员直接办理: triage or assigned → accepted, handled by the caller; a deputy who had it is relieved of it. */
export async function take(ports: Ports, actor: Actor, desk: Desk, id: string, note?: string) {
  const { doc, worker } = await caseFor(ports, actor, desk, id);
  if (!TAKE_FROM.includes(doc.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
  assertWorkerMove(doc, 'accepted', worker);
  await checkWorkerText(ports, actor, note);
  const handler = handlerOf(worker);
  const changed = await workerChange(
    ports,
    worker,
    id,
    (fresh, now) => {
      if (!TAKE_FROM.includes(fresh.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
      const from = fresh.assigneeDeputyId ? `（原分派给${fresh.assigneeName ?? ''}代表）` : '';
      return {
        to: 'accepted',
        action: 'take',
        // The note is what the resident's 已受理 message says.
        note: `${note ?? `${handler.name}已受理，正在办理`}${from}`,
        set: { handler, acceptedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
        ...(fresh.assigneeDeputyId ? { unset: ASSIGNEE } : {}),
      };
    },
    doc,
  );
  return changeOpinionResult(changed);
}

/** From triage to a deputy of the station who can take it now. */
export async function assign(ports: Ports, actor: Actor, desk: Desk, p: Payload<'staff', 'assign'>) {
  const { doc, worker } = await caseFor(ports, actor, desk, p.id);
  assertWorkerMove(doc, 'assigned', worker);
  const deputy = await deputyForCase(ports, doc, p.deputyId);
  await checkWorkerText(ports, actor, p.note);
  const changed = await workerChange(
    ports,
    worker,
    p.id,
    (_fresh, now) => ({
      to: 'assigned',
      action: 'assign',
      note: p.note ?? `${handlerOf(worker).name}分派给${deputy.name}代表`,
      set: { ...assigneeOf(deputy), assignedAt: now },
      unset: ['handler'],
    }),
    doc,
  );
  await markAssigned(ports, deputy._id, ports.clock.now());
  return changeOpinionResult(changed);
}

/**
 * Another deputy for a case being worked (or a first one, when staff handled it themselves):
 * the assignee changes, the status and its deadlines do not (a hand-over, PRODUCT.md). The
 * open load follows the assignee (open-load.ts).
 */
export async function reassign(ports: Ports, actor: Actor, desk: Desk, p: Payload<'staff', 'reassign'>) {
  const { doc, worker } = await caseFor(ports, actor, desk, p.id);
  if (!HANDOVER_STATUSES.includes(doc.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
  assertMergeAllows(doc, 'handover');
  const deputy = await deputyForCase(ports, doc, p.deputyId);
  if (deputy._id === doc.assigneeDeputyId) throw new AppError('HANDOVER_NOT_ALLOWED', `这条意见已由${deputy.name}代表办理，请选择其他代表`);
  await checkWorkerText(ports, actor, p.reason);
  const changed = await workerChange(
    ports,
    worker,
    p.id,
    (fresh) => {
      if (!HANDOVER_STATUSES.includes(fresh.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
      if (fresh.assigneeDeputyId === deputy._id) throw new AppError('CONFLICT');
      const from = fresh.assigneeName ? `${fresh.assigneeName}代表` : (fresh.handler?.name ?? '工作人员');
      return {
        action: 'handover',
        note: `${handlerOf(worker).name}改派：由${from}改由${deputy.name}代表办理。原因：${p.reason}`,
        set: assigneeOf(deputy),
        unset: ['handler'],
      };
    },
    doc,
  );
  await markAssigned(ports, deputy._id, ports.clock.now());
  return { ...changeOpinionResult(changed), assigneeName: deputy.name };
}

/**
 * A reply to the resident by staff or the office; judged like a deputy's (too short does not
 * count). Once answered (`replied`), a further reply is a conversation entry with no move
 * (PRODUCT.md: further replies are timeline entries, not transitions).
 */
export async function reply(ports: Ports, actor: Actor, desk: Desk, id: string, text: string) {
  const { doc, worker } = await caseFor(ports, actor, desk, id);
  if (doc.status !== 'replied') assertWorkerMove(doc, 'replied', worker);
  await checkWorkerText(ports, actor, text);
  const judged = judgeReply(text, []);
  const handler = handlerOf(worker);
  const changed = await workerChange(
    ports,
    worker,
    id,
    (fresh, now) => ({
      ...(fresh.status === 'replied' ? {} : { to: 'replied' as const }),
      action: 'reply',
      reply: { at: now, by: handler, byName: handler.name, text, countsAsResponse: judged.countsAsResponse, boilerplate: judged.boilerplate },
      // A too-short reply is not a first response in the numbers.
      set: fresh.firstResponseAt || !judged.countsAsResponse ? {} : { firstResponseAt: now },
    }),
    doc,
  );
  return { ...changeOpinionResult(changed), countsAsResponse: judged.countsAsResponse, boilerplate: judged.boilerplate };
}

/** 办结 with a result kind and the 办结说明 the resident reads. */
export async function resolve(ports: Ports, actor: Actor, desk: Desk, p: Payload<'staff', 'resolve'>) {
  const { doc, worker } = await caseFor(ports, actor, desk, p.id);
  assertWorkerMove(doc, 'resolved', worker);
  await checkWorkerText(ports, actor, p.text);
  const changed = await workerChange(
    ports,
    worker,
    p.id,
    (fresh, now) => ({
      to: 'resolved',
      action: 'resolve',
      note: `${RESULT_KIND_LABELS[p.kind]}：${p.text}`,
      set: { resultKind: p.kind, resultText: p.text, resolvedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    }),
    doc,
  );
  return changeOpinionResult(changed);
}

/** 不予受理, with a reason the resident reads. */
export async function reject(ports: Ports, actor: Actor, desk: Desk, id: string, reason: string) {
  const { doc, worker } = await caseFor(ports, actor, desk, id);
  assertWorkerMove(doc, 'rejected', worker);
  await checkWorkerText(ports, actor, reason);
  const changed = await workerChange(ports, worker, id, () => ({ to: 'rejected', action: 'reject', note: reason }), doc);
  return changeOpinionResult(changed);
}

/** A held opinion checked by hand (its text and photos seen on the case page): released to `submitted`, then routed as usual. */
export async function release(ports: Ports, actor: Actor, desk: Desk, id: string) {
  const { doc, worker } = await caseFor(ports, actor, desk, id);
  if (doc.status !== 'held') throw new AppError('TRANSITION_NOT_ALLOWED');
  await workerChange(
    ports,
    worker,
    id,
    (fresh) => {
      if (fresh.status !== 'held') throw new AppError('TRANSITION_NOT_ALLOWED');
      return { to: 'submitted', action: 'release', note: `${handlerOf(worker).name}审核通过`, set: { textReview: false } };
    },
    doc,
  );
  return changeOpinionResult(await routeSubmitted(ports, id));
}

/** 回访: the rating a resident without the app gave by phone; resolved → closed. */
export async function followUp(ports: Ports, actor: Actor, desk: Desk, p: Payload<'staff', 'followUp'>) {
  const { doc, worker } = await caseFor(ports, actor, desk, p.id);
  if (doc.status !== 'resolved') throw new AppError('TRANSITION_NOT_ALLOWED');
  assertMergeAllows(doc, 'follow_up');
  await checkWorkerText(ports, actor, p.comment);
  const at = ports.clock.now();
  const changed = await workerChange(
    ports,
    worker,
    p.id,
    (fresh) => ({
      to: 'closed',
      action: 'follow_up',
      note: `${handlerOf(worker).name}电话回访登记评价`,
      set: { ratings: [...(fresh.ratings ?? []), { at, result: p.result, attitude: p.attitude, ...(p.comment ? { comment: p.comment } : {}) }] },
    }),
    doc,
  );
  await keepShowcaseHonest(ports, changed);
  return changeOpinionResult(changed);
}
