/** 热点问题 as a sheet of a workbook (decision 0036): the weekly 汇总报告's and the campaign summary's. */
import type * as ExcelJS from 'exceljs';
import { tableSheet } from '../platform/xlsx';
import type { HotTopics } from './hot-topics';

/** Ranked as given; with a redacted excerpt each when `samples`; a closing line when the groups read were bounded. */
export function hotTopicsSheet(wb: ExcelJS.Workbook, topics: HotTopics['items'], o: { samples: boolean; complete?: boolean }): ExcelJS.Worksheet {
  const columns = [
    { header: '排名', width: 6 },
    { header: '问题', width: 32 },
    { header: '类别', width: 14 },
    { header: '区县', width: 10 },
    { header: '联络站', width: 36 },
    { header: '意见（件）', width: 10 },
    { header: '附议（人）', width: 10 },
    { header: '合计', width: 8 },
    ...(o.samples ? [{ header: '意见摘录', width: 60 }] : []),
  ];
  const rows = topics.map((h, i) => [i + 1, h.label, h.category, h.countyName ?? '', h.places, h.cases, h.seconds, h.total, ...(o.samples ? [h.sample ?? ''] : [])]);
  const sheet = tableSheet(wb, '热点问题', columns, rows);
  if (o.complete === false) sheet.addRow(['', '同类意见组较多，以上按最活跃的部分统计。']);
  return sheet;
}
