/**
 * Forwarding to a department (转办) chosen from the directory of the opinion's region and the
 * regions above it, filtered 分级分类 by level and category; the department's answer is
 * recorded later on the opinion. The 转办函 (server/documents/transfer-letter.ts) prints
 * what is stored here. The deputy who holds the case forwards it, and so may staff or the
 * region office working it (desk `staff` / `admin`); the record says who (`byDeputyId`, or
 * `by` for staff and the office, whose letter names the station).
 */
import { dueAfter } from '../../core/deadlines';
import { AppError } from '../../core/errors';
import { assertMergeAllows } from '../../core/merged-cases';
import { LEVEL_LABELS, type Level } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { CALENDAR } from '../config/holidays';
import type { DepartmentDoc, ForwardRecord, OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import type { Change } from './change-opinion';
import { caseFor, workerChange, type Desk } from './case-access';
import { assertWorkerMove, checkWorkerText, handlerOf } from './casework';
import { assertDeputyMove, checkDeputyText, deputyChangeDoc, myAssignedOpinion } from './deputy-work';
import { changeOpinionResult } from './views/transition-result';
import { forwardableDepartments, getDepartment } from './departments.repo';
import { categoriesOfRegions } from '../categories/categories.repo';
import { namedDepartmentOf } from '../categories/categories';

/** Working days a department has to answer a 转办函 (never later than the opinion's own result deadline). */
export const FORWARD_ANSWER_WORKING_DAYS = 10;

export const departmentView = (d: DepartmentDoc) => ({
  id: d._id,
  name: d.name,
  level: d.level,
  levelLabel: LEVEL_LABELS[d.level],
  regionCode: d.regionCode,
  categories: d.categories,
  contact: d.contact,
});

/**
 * The departments a case may go to, 分级分类: those of its region and the regions above,
 * of `level`, serving `category`. A category a region office added names its department
 * (server/categories): that department serves it too, whatever its own list says — it is
 * offered for the category and, in the unfiltered list, marked as serving the case's own.
 */
export async function departmentsFor(
  ports: Ports,
  opinion: OpinionDoc,
  filter: { level?: Level; category?: string },
): Promise<DepartmentDoc[]> {
  const serving = filter.category ?? opinion.category;
  const [found, added] = await Promise.all([
    forwardableDepartments(ports, opinion.regionPath, filter),
    categoriesOfRegions(ports, opinion.regionPath),
  ]);
  const namedId = namedDepartmentOf(added, opinion.regionPath, serving);
  let named = namedId ? found.find((d) => d._id === namedId) : undefined;
  // Filtered by category, the named department is not among those whose own list has it.
  if (namedId && !named && filter.category) {
    const dept = await getDepartment(ports, namedId);
    if (dept && opinion.regionPath.includes(dept.regionCode) && (!filter.level || dept.level === filter.level)) named = dept;
    if (named) found.push(named);
  }
  const list = found.map((d) => (d === named && !d.categories.includes(serving) ? { ...d, categories: [...d.categories, serving] } : d));
  return list.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh'));
}

/** The department `departmentId` if the case may go there: in the directory of its region or a region above it. */
async function departmentForCase(ports: Ports, doc: OpinionDoc, departmentId: string): Promise<DepartmentDoc> {
  const dept = await getDepartment(ports, departmentId);
  if (!dept || !doc.regionPath.includes(dept.regionCode)) throw new AppError('DEPARTMENT_NOT_FOUND');
  return dept;
}

type Decide = (fresh: OpinionDoc, now: Date) => Omit<Change, 'mover' | 'actor'>;

/** The forward, decided on the fresh document, whoever forwards (`who`: the deputy, or staff/the office). */
function forwardTo(dept: DepartmentDoc, note: string | undefined, who: Pick<ForwardRecord, 'byDeputyId' | 'by'>): Decide {
  return (fresh, now) => {
    const due = dueAfter(CALENDAR, now, FORWARD_ANSWER_WORKING_DAYS);
    const resultDue = fresh.resultDueAt ? new Date(fresh.resultDueAt) : undefined;
    const forward: ForwardRecord = {
      departmentId: dept._id,
      departmentName: dept.name,
      departmentContact: dept.contact,
      letterNo: `ZB-${fresh.trackingNo}`,
      at: now,
      answerDueAt: resultDue && resultDue < due ? resultDue : due,
      ...who,
      ...(note ? { note } : {}),
    };
    return {
      to: 'forwarded',
      action: 'forward',
      note: `转交${dept.name}${note ? `：${note}` : ''}`,
      set: { forward, forwardedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    };
  };
}

/** The department's answer, recorded once on a forwarded case. */
function answerWith(text: string): Decide {
  return (fresh, now) => {
    if (fresh.status !== 'forwarded' || !fresh.forward) throw new AppError('NOT_FORWARDED');
    if (fresh.forward.answer) throw new AppError('TRANSITION_NOT_ALLOWED', '部门答复已经登记过了');
    return {
      action: 'department_answer',
      note: `${fresh.forward.departmentName}答复：${text}`,
      set: { forward: { ...fresh.forward, answer: { at: now, text } } },
    };
  };
}

const forwardAnswer = (updated: OpinionDoc) => ({
  ...changeOpinionResult(updated),
  letterNo: updated.forward!.letterNo,
  answerDueAt: new Date(updated.forward!.answerDueAt).toISOString(),
});

const assertAnswerable = (doc: OpinionDoc) => {
  if (doc.status !== 'forwarded' || !doc.forward) throw new AppError('NOT_FORWARDED');
  if (doc.forward.answer) throw new AppError('TRANSITION_NOT_ALLOWED', '部门答复已经登记过了');
};

export async function forwardOpinion(ports: Ports, actor: Actor, id: string, departmentId: string, note?: string) {
  const doc = await myAssignedOpinion(ports, actor, id);
  assertDeputyMove(doc, 'forwarded');
  const dept = await departmentForCase(ports, doc, departmentId);
  if (note) await checkDeputyText(ports, actor, note);
  return forwardAnswer(await deputyChangeDoc(ports, actor, id, forwardTo(dept, note, { byDeputyId: actor.deputy!._id })));
}

export async function recordDepartmentAnswer(ports: Ports, actor: Actor, id: string, text: string) {
  const doc = await myAssignedOpinion(ports, actor, id);
  assertAnswerable(doc);
  await checkDeputyText(ports, actor, text);
  return changeOpinionResult(await deputyChangeDoc(ports, actor, id, answerWith(text)));
}

/** Staff or the office forward a case they work; the 转办函 names the station. */
export async function workerForward(ports: Ports, actor: Actor, desk: Desk, id: string, departmentId: string, note?: string) {
  const { doc, worker } = await caseFor(ports, actor, desk, id);
  assertWorkerMove(doc, 'forwarded', worker);
  const dept = await departmentForCase(ports, doc, departmentId);
  await checkWorkerText(ports, actor, note);
  return forwardAnswer(await workerChange(ports, worker, id, forwardTo(dept, note, { by: handlerOf(worker) }), doc));
}

/** Staff or the office record the department's answer (on any forwarded case they may work, whoever forwarded it). */
export async function workerDepartmentAnswer(ports: Ports, actor: Actor, desk: Desk, id: string, text: string) {
  const { doc, worker } = await caseFor(ports, actor, desk, id);
  assertAnswerable(doc);
  assertMergeAllows(doc, 'department_answer');
  await checkWorkerText(ports, actor, text);
  return changeOpinionResult(await workerChange(ports, worker, id, answerWith(text), doc));
}
