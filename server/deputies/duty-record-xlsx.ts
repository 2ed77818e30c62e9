/** The duty record as an xlsx workbook (exceljs): 汇总 (the numbers), 办理意见 (the cases), 履职活动, 接待签到. */
import { ACTIVITY_KIND_LABELS } from '../../core/duty-record';
import { figuresSheet, newWorkbook, tableSheet, workbookBytes } from '../platform/xlsx';
import type { DutyRecordData } from './duty-record';

export async function dutyRecordXlsx(data: DutyRecordData): Promise<Buffer> {
  const wb = newWorkbook();
  const { deputy, record } = data;
  figuresSheet(wb, '汇总', {
    title: `${deputy.name}代表履职档案`,
    facts: [
      ['代表层级', `${deputy.levelLabel}人大代表`],
      ['统计期间', `${record.from} 至 ${record.to}`],
    ],
    blocks: [{ header: ['项目', '数值'], rows: data.rows.map((r) => [r.label, r.value] as const) }],
    widths: [26, 16],
  });
  tableSheet(
    wb,
    '办理意见',
    [
      { header: '查询编号', width: 22 },
      { header: '类别', width: 12 },
      { header: '联络站', width: 28 },
      { header: '收到日期', width: 12 },
      { header: '状态', width: 12 },
      { header: '办理结果', width: 12 },
      { header: '办结日期', width: 12 },
      { header: '群众评价', width: 10 },
    ],
    data.cases.map((c) => [c.trackingNo, c.category, c.stationName, c.receivedOn, c.statusLabel, c.resultLabel ?? '', c.resolvedOn ?? '', c.ratingLabel ?? '']),
  );
  tableSheet(
    wb,
    '履职活动',
    [
      { header: '日期', width: 12 },
      { header: '类型', width: 14 },
      { header: '地点', width: 24 },
      { header: '接触群众', width: 24 },
      { header: '内容', width: 60 },
    ],
    data.activities.map((a) => [a.date, ACTIVITY_KIND_LABELS[a.kind], a.place, a.people, a.summary]),
  );
  tableSheet(
    wb,
    '接待签到',
    [
      { header: '日期', width: 12 },
      { header: '时段', width: 14 },
      { header: '联络站', width: 30 },
    ],
    data.attendance.map((x) => [x.date, `${x.start}-${x.end}`, x.stationName]),
  );
  return workbookBytes(wb);
}
