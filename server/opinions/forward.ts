/**
 * Forwarding to a department (转办) chosen from the directory of the opinion's region and the
 * regions above it, filtered 分级分类 by level and category; the department's answer is
 * recorded later on the opinion. The 转办函 (server/documents/transfer-letter.ts) prints
 * what is stored here.
 */
import { dueAfter } from '../../core/deadlines';
import { AppError } from '../../core/errors';
import { LEVEL_LABELS, type Level } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { CALENDAR } from '../config/holidays';
import type { DepartmentDoc, ForwardRecord, OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { assertDeputyMove, checkDeputyText, deputyChangeDoc, myAssignedOpinion } from './deputy-work';
import { changeOpinionResult } from './views/transition-result';
import { forwardableDepartments, getDepartment } from './departments.repo';

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

export async function departmentsFor(
  ports: Ports,
  opinion: OpinionDoc,
  filter: { level?: Level; category?: string },
): Promise<DepartmentDoc[]> {
  const found = await forwardableDepartments(ports, opinion.regionPath, filter);
  return found.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh'));
}

export async function forwardOpinion(ports: Ports, actor: Actor, id: string, departmentId: string, note?: string) {
  const doc = await myAssignedOpinion(ports, actor, id);
  assertDeputyMove(doc, 'forwarded');
  const dept = await getDepartment(ports, departmentId);
  if (!dept || !doc.regionPath.includes(dept.regionCode)) throw new AppError('DEPARTMENT_NOT_FOUND');
  if (note) await checkDeputyText(ports, actor, note);
  const updated = await deputyChangeDoc(ports, actor, id, (fresh, now) => {
    const due = dueAfter(CALENDAR, now, FORWARD_ANSWER_WORKING_DAYS);
    const resultDue = fresh.resultDueAt ? new Date(fresh.resultDueAt) : undefined;
    const forward: ForwardRecord = {
      departmentId: dept._id,
      departmentName: dept.name,
      departmentContact: dept.contact,
      letterNo: `ZB-${fresh.trackingNo}`,
      at: now,
      answerDueAt: resultDue && resultDue < due ? resultDue : due,
      byDeputyId: actor.deputy!._id,
      ...(note ? { note } : {}),
    };
    return {
      to: 'forwarded',
      action: 'forward',
      note: `转交${dept.name}${note ? `：${note}` : ''}`,
      set: { forward, forwardedAt: now, ...(fresh.firstResponseAt ? {} : { firstResponseAt: now }) },
    };
  });
  return {
    ...changeOpinionResult(updated),
    letterNo: updated.forward!.letterNo,
    answerDueAt: new Date(updated.forward!.answerDueAt).toISOString(),
  };
}

export async function recordDepartmentAnswer(ports: Ports, actor: Actor, id: string, text: string) {
  const doc = await myAssignedOpinion(ports, actor, id);
  if (doc.status !== 'forwarded' || !doc.forward) throw new AppError('NOT_FORWARDED');
  await checkDeputyText(ports, actor, text);
  const updated = await deputyChangeDoc(ports, actor, id, (fresh, now) => {
    if (fresh.status !== 'forwarded' || !fresh.forward) throw new AppError('NOT_FORWARDED');
    if (fresh.forward.answer) throw new AppError('TRANSITION_NOT_ALLOWED', '部门答复已经登记过了');
    return {
      action: 'department_answer',
      note: `${fresh.forward.departmentName}答复：${text}`,
      set: { forward: { ...fresh.forward, answer: { at: now, text } } },
    };
  });
  return changeOpinionResult(updated);
}
