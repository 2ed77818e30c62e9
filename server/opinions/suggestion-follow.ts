/**
 * A converted suggestion (闭会期间代表建议) followed to an answer (issue 23, decision 0034).
 * The region office — the admins of the suggestion's region (the deputy's home region) and of
 * the regions above it — lists the suggestions of its region and assigns each to a department
 * of the directory with a due date (交办); the department's answer is recorded by the office or
 * by the deputy who made it (答复); the deputy rates the answer (代表满意度). Every move is
 * checked against core/suggestion-status.ts and written with its event on the version read.
 *
 * When the answer is recorded, each opinion that fed the suggestion gets a timeline event
 * (`suggestion_answer`, no status change): the resident reads it there and is told by the
 * progress message the relay sends for it. An opinion already told is not told again, so the
 * same answer sent again (a retry after a lost answer) finishes telling the ones left.
 */
import type { z } from 'zod';
import type { Payload } from '../../core/contract';
import type { AdminSuggestionDetail, SuggestionTab } from '../../core/contract/actions/suggestions';
import { addDays, beijingDate } from '../../core/beijing-time';
import { RATING_LABELS } from '../../core/contract/fields';
import { AppError } from '../../core/errors';
import { STATUS_LABELS } from '../../core/opinion-status';
import { withinRegion } from '../../core/region-scope';
import {
  assertSuggestionMove,
  SUGGESTION_ACTION_TO,
  suggestionCan,
  suggestionStatusOf,
  type SuggestionAction,
  type SuggestionMover,
  type SuggestionStatus,
} from '../../core/suggestion-status';
import type { Actor } from '../users/actor';
import type { ActorRef, DepartmentDoc, RegionDoc, SuggestionDoc } from '../model';
import { compareAndSet, type CasPolicy } from '../platform/cas';
import type { Ports } from '../platform/ports';
import { adminRegion } from '../stations/scope';
import { getRegion } from '../stations/regions.repo';
import { moveOpinion } from './after-write';
import { checkWorkerText } from './casework';
import { forwardableDepartments, getDepartment } from './departments.repo';
import { checkDeputyText, deputyRef } from './deputy-work';
import { departmentView } from './forward';
import { suggestionOpinionLines } from './opinions.repo';
import { getSuggestion, markSuggestionAnswerTold, suggestionsPage, writeSuggestionChange, type SuggestionSelection } from './suggestions.repo';
import { deputySuggestionView, suggestionFullView, suggestionLine } from './views/suggestion-view';

/** How far ahead a due date may be set: a year (the law asks for an answer within three months; offices may allow more). */
const DUE_MAX_DAYS = 366;

/** The office of a region, as a suggestion's record names it (岳麓区人大常委会). */
const officeRef = (actor: Actor, region: RegionDoc): ActorRef => ({ role: 'admin', id: actor.openid, name: `${region.name}人大常委会` });

/** The suggestion, if it lies in the admin's region or below (SUGGESTION_NOT_FOUND / OUT_OF_REGION otherwise). */
async function suggestionForOffice(ports: Ports, actor: Actor, id: string): Promise<{ s: SuggestionDoc; region: RegionDoc }> {
  const [s, region] = await Promise.all([getSuggestion(ports, id), adminRegion(ports, actor)]);
  if (!s) throw new AppError('SUGGESTION_NOT_FOUND');
  if (!withinRegion(s.regionPath ?? [], region._id)) throw new AppError('OUT_OF_REGION', '这件代表建议不在您管辖的地区', `${actor.openid} on ${id}`);
  return { s, region };
}

/** The deputy's own suggestion; another's reads as not found (an id reveals nothing). */
async function mySuggestion(ports: Ports, actor: Actor, id: string): Promise<SuggestionDoc> {
  const s = await getSuggestion(ports, id);
  if (!s || s.deputyId !== actor.deputy?._id) throw new AppError('SUGGESTION_NOT_FOUND', undefined, `${actor.openid} on ${id}`);
  return s;
}

interface SuggestionChange {
  action: Exclude<SuggestionAction, 'submit'>;
  note?: string;
  set: Partial<Omit<SuggestionDoc, '_id' | 'version' | 'events' | 'status'>>;
}

/** Up to 5 rounds with a short random wait, then CONFLICT. */
const CHANGE_POLICY: CasPolicy = {
  tries: 5,
  maxWaitMs: 50,
  stepMs: 10,
  conflict: () => new AppError('CONFLICT', '代表建议刚刚有了变化，请刷新后重试'),
};

/**
 * One move of a suggestion: decided on the fresh document (`first` is the copy read for the
 * scope check), checked against the table, written with its event on the condition that
 * nobody wrote in between; a lost race reads and decides again. Answers the suggestion as written.
 */
function changeSuggestion(
  ports: Ports,
  first: SuggestionDoc,
  mover: SuggestionMover,
  actor: ActorRef,
  decide: (fresh: SuggestionDoc, now: Date) => SuggestionChange,
): Promise<SuggestionDoc> {
  return compareAndSet<SuggestionDoc, { after: SuggestionDoc; version: number; set: Record<string, unknown>; event: NonNullable<SuggestionDoc['events']>[number] }, SuggestionDoc>(
    {
      read: async (round) => {
        if (round === 0) return first;
        const fresh = await getSuggestion(ports, first._id);
        if (!fresh) throw new AppError('SUGGESTION_NOT_FOUND');
        return fresh;
      },
      decide: (doc) => {
        const now = ports.clock.now();
        const change = decide(doc, now);
        const from = suggestionStatusOf(doc);
        const to: SuggestionStatus = SUGGESTION_ACTION_TO[change.action];
        assertSuggestionMove(from, to, mover);
        const event = { at: now, actor, action: change.action, from, to, ...(change.note ? { note: change.note } : {}) };
        const set = { ...change.set, status: to, updatedAt: now };
        const version = doc.version ?? 0;
        return { change: { version, set, event, after: { ...doc, ...set, version: version + 1, events: [...(doc.events ?? []), event] } } };
      },
      write: async (doc, c) => ((await writeSuggestionChange(ports, doc._id, c.version, { set: c.set, event: c.event })) ? { value: c.after } : undefined),
    },
    CHANGE_POLICY,
  );
}

// —— the office ——

const TAB_SELECTIONS: Record<SuggestionTab, Pick<SuggestionSelection, 'statuses' | 'order'>> = {
  todo: { statuses: ['submitted'], order: 'oldest' },
  assigned: { statuses: ['assigned'], order: 'soonest_due' },
  answered: { statuses: ['answered', 'rated'], order: 'newest' },
  all: { order: 'newest' },
};
const COUNTED: readonly Exclude<SuggestionTab, 'all'>[] = ['todo', 'assigned', 'answered'];

/** One page of a tab of the office's list; the first page also says how many the tabs that wait hold. */
export async function officeSuggestions(ports: Ports, actor: Actor, p: Payload<'admin', 'suggestions'>) {
  const region = await adminRegion(ports, actor);
  const now = ports.clock.now();
  const page = await suggestionsPage(
    ports,
    { regionCode: region._id, ...TAB_SELECTIONS[p.tab] },
    p.limit,
    p.cursor,
    COUNTED.map((tab) => ({ regionCode: region._id, statuses: TAB_SELECTIONS[tab].statuses })),
  );
  const counts = page.counts && { todo: page.counts[0]!, assigned: page.counts[1]!, answered: page.counts[2]! };
  return {
    items: page.items.map((s) => suggestionLine(s, now)),
    ...(counts ? { counts } : {}),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

/** Depth of a region code on the suggestion's path: its own region's departments first, then those above. */
const depthOn = (path: readonly string[], code: string) => path.indexOf(code);

/** The office's whole view of a suggestion, from the document in hand: its region, the opinions it merged, the departments it may go to. */
async function officeDetail(ports: Ports, s: SuggestionDoc): Promise<z.infer<typeof AdminSuggestionDetail>> {
  const path = s.regionPath ?? [];
  const [region, opinions, departments] = await Promise.all([
    s.regionCode ? getRegion(ports, s.regionCode) : undefined,
    suggestionOpinionLines(ports, s.opinionIds),
    suggestionCan(suggestionStatusOf(s), 'office').assign ? forwardableDepartments(ports, path, {}) : Promise.resolve([] as DepartmentDoc[]),
  ]);
  const can = suggestionCan(suggestionStatusOf(s), 'office');
  return {
    ...suggestionFullView(s, ports.clock.now()),
    regionName: region?.name ?? '',
    opinions: s.opinionIds.flatMap((id) => {
      const o = opinions.find((x) => x._id === id);
      return o ? [{ id: o._id, trackingNo: o.trackingNo, category: o.category, stationName: o.stationName, statusLabel: STATUS_LABELS[o.status] }] : [];
    }),
    can: { assign: can.assign, answer: can.answer },
    departments: departments
      .sort((a, b) => depthOn(path, b.regionCode) - depthOn(path, a.regionCode) || a.name.localeCompare(b.name, 'zh'))
      .map(departmentView),
  };
}

export async function officeSuggestion(ports: Ports, actor: Actor, id: string) {
  const { s } = await suggestionForOffice(ports, actor, id);
  return officeDetail(ports, s);
}

/** 交办: a department of the directory of the suggestion's region or a region above it, and a due date from today to a year on. */
export async function assignSuggestion(ports: Ports, actor: Actor, p: Payload<'admin', 'assignSuggestion'>) {
  const { s, region } = await suggestionForOffice(ports, actor, p.id);
  assertSuggestionMove(suggestionStatusOf(s), 'assigned', 'office');
  const today = beijingDate(ports.clock.now());
  if (p.dueDate < today) throw new AppError('INVALID_PAYLOAD', '答复期限不能早于今天');
  if (p.dueDate > addDays(today, DUE_MAX_DAYS)) throw new AppError('INVALID_PAYLOAD', '答复期限不能超过一年');
  const dept = await getDepartment(ports, p.departmentId);
  if (!dept || !(s.regionPath ?? []).includes(dept.regionCode)) throw new AppError('DEPARTMENT_NOT_FOUND');
  await checkWorkerText(ports, actor, p.note);
  const by = officeRef(actor, region);
  const after = await changeSuggestion(ports, s, 'office', by, (_fresh, now) => ({
    action: 'assign',
    note: `交办${dept.name}，${p.dueDate}前答复${p.note ? `：${p.note}` : ''}`,
    set: {
      assignment: { departmentId: dept._id, departmentName: dept.name, departmentContact: dept.contact, dueDate: p.dueDate, at: now, by },
    },
  }));
  return officeDetail(ports, after);
}

type AnswerInput = Payload<'admin', 'suggestionAnswer'>;

/** The same answer again (a retry, a double tap): nothing to write, only the telling to finish. */
const isSameAnswer = (s: SuggestionDoc, p: AnswerInput) => Boolean(s.answer && s.answer.text === p.text && s.answer.answeredOn === p.answeredOn);

/** Records the department's answer (or finds it recorded already, the same), then tells the residents. */
async function recordAnswer(ports: Ports, s: SuggestionDoc, mover: SuggestionMover, by: ActorRef, p: AnswerInput, check: () => Promise<void>): Promise<SuggestionDoc> {
  let after = s;
  if (!isSameAnswer(s, p)) {
    assertSuggestionMove(suggestionStatusOf(s), 'answered', mover);
    if (p.answeredOn > beijingDate(ports.clock.now())) throw new AppError('INVALID_PAYLOAD', '答复日期不能晚于今天');
    if (s.assignment && p.answeredOn < beijingDate(s.assignment.at)) throw new AppError('INVALID_PAYLOAD', '答复日期不能早于交办日期');
    await check();
    after = await changeSuggestion(ports, s, mover, by, (fresh, now) => {
      const departmentName = fresh.assignment?.departmentName ?? '承办部门';
      return {
        action: 'answer',
        note: `${departmentName}答复（${p.answeredOn}）`,
        set: { answer: { departmentName, text: p.text, answeredOn: p.answeredOn, at: now, by } },
      };
    });
  }
  if (!after.answerToldAt) await tellResidents(ports, after, by);
  return after;
}

/** The office records the department's answer. */
export async function officeSuggestionAnswer(ports: Ports, actor: Actor, p: AnswerInput) {
  const { s, region } = await suggestionForOffice(ports, actor, p.id);
  const after = await recordAnswer(ports, s, 'office', officeRef(actor, region), p, () => checkWorkerText(ports, actor, p.text));
  return officeDetail(ports, after);
}

// —— the deputy ——

/** The deputy who made the suggestion records the department's answer (sent to the deputy, say). */
export async function deputySuggestionAnswer(ports: Ports, actor: Actor, p: AnswerInput) {
  const s = await mySuggestion(ports, actor, p.id);
  const after = await recordAnswer(ports, s, 'deputy', deputyRef(actor), p, () => checkDeputyText(ports, actor, p.text));
  return deputySuggestionView(after, ports.clock.now());
}

/** 代表满意度: the deputy rates the department's answer; 不满意 says why. */
export async function rateSuggestion(ports: Ports, actor: Actor, p: Payload<'deputy', 'rateSuggestion'>) {
  const s = await mySuggestion(ports, actor, p.id);
  assertSuggestionMove(suggestionStatusOf(s), 'rated', 'deputy');
  if (p.result === 'unsatisfied' && !p.comment) throw new AppError('INVALID_PAYLOAD', '选择不满意时请写明原因');
  if (p.comment) await checkDeputyText(ports, actor, p.comment);
  const after = await changeSuggestion(ports, s, 'deputy', deputyRef(actor), (_fresh, now) => ({
    action: 'rate',
    note: `${RATING_LABELS[p.result]}${p.comment ? `：${p.comment}` : ''}`,
    set: { rating: { result: p.result, ...(p.comment ? { comment: p.comment } : {}), at: now } },
  }));
  return deputySuggestionView(after, ports.clock.now());
}

// —— the residents ——

class AlreadyTold extends Error {}

/**
 * Puts the answer on the timeline of every opinion that fed the suggestion (still marked as
 * feeding it), once each; the relay turns each event into the resident's progress message.
 * An opinion that could not be told now (a race lost every round) is left for the same answer
 * sent again; the suggestion is marked told only when every one is.
 */
async function tellResidents(ports: Ports, s: SuggestionDoc, by: ActorRef): Promise<void> {
  const department = s.answer?.departmentName ?? '承办部门';
  let all = true;
  for (const id of s.opinionIds) {
    try {
      await moveOpinion(ports, id, (doc) => {
        if (doc.suggestionId !== s._id || doc.timeline.some((e) => e.action === 'suggestion_answer')) throw new AlreadyTold();
        return { mover: by.role === 'deputy' ? 'deputy' : 'office', actor: by, action: 'suggestion_answer', note: `${department}已答复代表建议《${s.title}》` };
      });
    } catch (e) {
      if (e instanceof AlreadyTold) continue;
      if (!(e instanceof AppError)) throw e;
      all = false;
      ports.log.error('suggestion answer not told on an opinion', { suggestionId: s._id, opinionId: id, code: e.code });
    }
  }
  if (all) await markSuggestionAnswerTold(ports, s._id, ports.clock.now());
}
