/** The duty record as an xlsx workbook (exceljs): 汇总 (the numbers), 办理意见 (the cases), 履职活动, 接待签到. */
import * as ExcelJS from 'exceljs';
import { ACTIVITY_KIND_LABELS } from '../../core/duty-record';
import type { DutyRecordData } from './duty-record';

// exceljs is CommonJS: under some loaders its classes sit on `default`.
const Workbook: typeof ExcelJS.Workbook = ExcelJS.Workbook ?? (ExcelJS as unknown as { default: typeof ExcelJS }).default.Workbook;

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

  const cases = wb.addWorksheet('办理意见');
  cases.columns = [
    { header: '查询编号', width: 22 },
    { header: '类别', width: 12 },
    { header: '联络站', width: 28 },
    { header: '收到日期', width: 12 },
    { header: '状态', width: 12 },
    { header: '办理结果', width: 12 },
    { header: '办结日期', width: 12 },
    { header: '群众评价', width: 10 },
  ];
  for (const c of data.cases) {
    cases.addRow([c.trackingNo, c.category, c.stationName, c.receivedOn, c.statusLabel, c.resultLabel ?? '', c.resolvedOn ?? '', c.ratingLabel ?? '']);
  }

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
