/**
 * The duty record (履职档案) of one deputy for a period: the documents are read here, counted
 * by core/duty-record.ts; exported as xlsx by duty-record-xlsx.ts (the deputy function) and as
 * PDF by server/documents/duty-record.ts (the documents function, which need not carry exceljs).
 */
import { fromBeijing, addDays } from '../../core/beijing-time';
import { dutyRecord, dutyRecordRows, type DutyRecord } from '../../core/duty-record';
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { ActivityDoc, AttendanceDoc, DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { opinionsAssignedToDeputy } from '../opinions/opinions.repo';
import { suggestionsOfDeputySince } from '../opinions/suggestions.repo';
import { activitiesOfDeputySince, attendanceOfDeputySince } from './duty.repo';
import { recordCaseView } from './record-cases';

/** More than a year of a busy deputy; a longer period is refused rather than cut short. */
const MAX_OPINIONS = 5000;
const MAX_PERIOD_DAYS = 400;

export interface DutyRecordData {
  deputy: { id: string; name: string; levelLabel: string };
  record: DutyRecord;
  rows: { label: string; value: number | string }[];
  activities: ActivityDoc[];
  attendance: AttendanceDoc[];
  /** The cases held (or held last) and received in the period, oldest first (record-cases.ts). */
  cases: ReturnType<typeof recordCaseView>[];
}

export async function gatherDutyRecord(ports: Ports, deputy: DeputyDoc, from: string, to: string): Promise<DutyRecordData> {
  if (to < from) throw new AppError('INVALID_PAYLOAD', '结束日期不能早于开始日期');
  if (fromBeijing(to).getTime() - fromBeijing(from).getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new AppError('INVALID_PAYLOAD', `期间不能超过${MAX_PERIOD_DAYS}天`);
  }
  const [opinions, attendance, activities, suggestions] = await Promise.all([
    opinionsAssignedToDeputy(ports, deputy._id, MAX_OPINIONS),
    attendanceOfDeputySince(ports, deputy._id, from, 2000),
    // A withdrawn activity is kept for its history, and absent from the record.
    activitiesOfDeputySince(ports, deputy._id, from, 2000).then((all) => all.filter((a) => !a.withdrawn)),
    suggestionsOfDeputySince(ports, deputy._id, fromBeijing(from), 2000),
  ]);
  const end = fromBeijing(addDays(to, 1));
  const record = dutyRecord({
    deputyId: deputy._id,
    from,
    to,
    opinions,
    attendance: attendance.filter((a) => a.date <= to),
    suggestions: suggestions.filter((s) => new Date(s.createdAt) < end),
    activities: activities.filter((a) => a.date <= to),
  });
  return {
    deputy: { id: deputy._id, name: deputy.name, levelLabel: LEVEL_LABELS[deputy.level] },
    record,
    rows: dutyRecordRows(record).map(([label, value]) => ({ label, value })),
    activities: activities.filter((a) => a.date <= to).sort((a, b) => a.date.localeCompare(b.date)),
    attendance: attendance.filter((a) => a.date <= to).sort((a, b) => a.date.localeCompare(b.date)),
    cases: opinions
      .filter((o) => new Date(o.createdAt) >= fromBeijing(from) && new Date(o.createdAt) < end)
      .sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime())
      .map(recordCaseView),
  };
}
