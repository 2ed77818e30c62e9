/**
 * The duty record (履职档案) of one deputy for a period: the documents are read here, counted
 * by core/duty-record.ts, and exported as xlsx here (the PDF is a document of the documents
 * function: server/documents/duty-record.ts).
 */
import * as ExcelJS from 'exceljs';
import { fromBeijing, addDays } from '../../core/beijing-time';
import { ACTIVITY_KIND_LABELS, dutyRecord, dutyRecordRows, type DutyRecord } from '../../core/duty-record';
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import { findAll } from '../db';
import type { ActivityDoc, AttendanceDoc, DeputyDoc, OpinionDoc, SuggestionDoc } from '../model';
import type { Ports } from '../ports';

/** More than a year of a busy deputy; a longer period is refused rather than cut short. */
const MAX_OPINIONS = 5000;
const MAX_PERIOD_DAYS = 400;

export interface DutyRecordData {
  deputy: { id: string; name: string; levelLabel: string };
  record: DutyRecord;
  rows: { label: string; value: number | string }[];
  activities: ActivityDoc[];
  attendance: AttendanceDoc[];
}

export async function gatherDutyRecord(ports: Ports, deputy: DeputyDoc, from: string, to: string): Promise<DutyRecordData> {
  if (to < from) throw new AppError('INVALID_PAYLOAD', '结束日期不能早于开始日期');
  if (fromBeijing(to).getTime() - fromBeijing(from).getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new AppError('INVALID_PAYLOAD', `期间不能超过${MAX_PERIOD_DAYS}天`);
  }
  const _ = ports.db.command;
  const between = { deputyId: deputy._id, date: _.gte(from) };
  const [opinions, attendance, activities, suggestions] = await Promise.all([
    findAll<OpinionDoc>(ports.db, 'opinions', { assigneeDeputyId: deputy._id }, MAX_OPINIONS),
    findAll<AttendanceDoc>(ports.db, 'attendance', between, 2000),
    findAll<ActivityDoc>(ports.db, 'activities', between, 2000),
    findAll<SuggestionDoc>(ports.db, 'suggestions', { deputyId: deputy._id, createdAt: _.gte(fromBeijing(from)) }, 2000),
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
  };
}

// exceljs is CommonJS: under some loaders its classes sit on `default`.
const Workbook: typeof ExcelJS.Workbook = ExcelJS.Workbook ?? (ExcelJS as unknown as { default: typeof ExcelJS }).default.Workbook;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The record as an xlsx workbook: 汇总 (the numbers), 履职活动, 接待签到. */
export async function dutyRecordXlsx(data: DutyRecordData): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = '代表联络站';
  const { deputy, record } = data;
  const summary = wb.addWorksheet('汇总');
  summary.columns = [{ width: 26 }, { width: 16 }];
  summary.addRow([`${deputy.name}代表履职档案`]).font = { bold: true, size: 14 };
  summary.addRow(['代表层级', `${deputy.levelLabel}人大代表`]);
  summary.addRow(['统计期间', `${record.from} 至 ${record.to}`]);
  summary.addRow([]);
  summary.addRow(['项目', '数值']).font = { bold: true };
  for (const r of data.rows) summary.addRow([r.label, r.value]);

  const acts = wb.addWorksheet('履职活动');
  acts.columns = [
    { header: '日期', width: 12 },
    { header: '类型', width: 14 },
    { header: '地点', width: 24 },
    { header: '接触群众', width: 24 },
    { header: '内容', width: 60 },
  ];
  for (const a of data.activities) acts.addRow([a.date, ACTIVITY_KIND_LABELS[a.kind], a.place, a.people, a.summary]);

  const sessions = wb.addWorksheet('接待签到');
  sessions.columns = [
    { header: '日期', width: 12 },
    { header: '时段', width: 14 },
    { header: '联络站', width: 30 },
  ];
  for (const s of data.attendance) sessions.addRow([s.date, `${s.start}-${s.end}`, s.stationName]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
