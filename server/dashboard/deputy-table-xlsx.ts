/**
 * The per-deputy table as .xlsx (admin.exportDeputyTable): every page of the table as shown —
 * the same period, region, level and order — read by pages of 100 and refused above
 * DEPUTY_TABLE.exportMaxRows (EXPORT_TOO_LARGE). Stored under deputy-tables/ and answered as a
 * file id and a temporary URL, like the opinion export.
 */
import { AppError } from '../../core/errors';
import type { DeputyTableFilters } from '../../core/contract/actions/admin-oversight';
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import type { Actor } from '../users/actor';
import { DEPUTY_TABLE, namedRows, tablePage, tableScope } from './deputy-table';
import { newWorkbook, workbookBytes } from '../platform/xlsx';

type Row = Awaited<ReturnType<typeof namedRows>>[number];

export const TABLE_COLUMNS: { header: string; width: number; value: (r: Row) => string | number }[] = [
  { header: '代表', width: 12, value: (r) => r.name },
  { header: '层级', width: 12, value: (r) => r.levelLabel },
  { header: '选区所在地', width: 16, value: (r) => r.homeRegionName },
  { header: '收到意见', width: 10, value: (r) => r.received },
  { header: '受理', width: 8, value: (r) => r.accepted },
  { header: '按时受理', width: 10, value: (r) => r.acceptedOnTime },
  { header: '办结', width: 8, value: (r) => r.resolved },
  { header: '评价件数', width: 10, value: (r) => r.rated },
  { header: '满意率（%）', width: 12, value: (r) => (r.satisfactionRate === null ? '—' : Math.round(r.satisfactionRate * 1000) / 10) },
  { header: '被催办（次）', width: 12, value: (r) => r.chases },
  { header: '重新办理', width: 10, value: (r) => r.reopened },
  { header: '履职活动', width: 10, value: (r) => r.activities },
  { header: '接待签到', width: 10, value: (r) => r.checkIns },
  { header: '备注', width: 16, value: (r) => (r.nothing ? '本期间无记录' : '') },
];

const SORT_LABELS: Record<DeputyTableFilters['sort'], string> = {
  received: '收到意见',
  acceptedOnTime: '按时受理',
  resolved: '办结',
  satisfaction: '满意率',
  chases: '被催办',
  reopened: '重新办理',
  activities: '履职活动',
  checkIns: '接待签到',
};

export async function exportDeputyTable(ports: Ports, actor: Actor, p: DeputyTableFilters) {
  const scope = await tableScope(ports, actor, p);
  const rows: Row[] = [];
  let cursor: string | undefined;
  do {
    const page = await tablePage(ports, scope, p.sort, p.direction, 100, cursor);
    if (rows.length + page.items.length > DEPUTY_TABLE.exportMaxRows) {
      throw new AppError('EXPORT_TOO_LARGE', `代表超过单次导出上限${DEPUTY_TABLE.exportMaxRows}人，请选择下级地区或代表层级`);
    }
    rows.push(...(await namedRows(ports, page.items)));
    cursor = page.nextCursor;
  } while (cursor);

  const wb = newWorkbook();
  const sheet = wb.addWorksheet('代表履职统计');
  sheet.columns = TABLE_COLUMNS.map(({ header, width }) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(TABLE_COLUMNS.map((c) => c.value(r)));
  const { region, period, level } = scope;
  const info = wb.addWorksheet('说明');
  info.columns = [{ width: 12 }, { width: 80 }];
  info.addRow(['地区', `${region.name}${level ? `（${sheetLevel(level)}代表）` : ''}`]);
  info.addRow(['期间', `${period.from} 至 ${period.to}`]);
  info.addRow(['排序', `${SORT_LABELS[p.sort]}${p.direction === 'desc' ? '从高到低' : '从低到高'}；本期间无记录的代表列在最后`]);
  info.addRow(['代表人数', rows.length]);
  info.addRow(['口径', '意见按收到月份统计，归属当前（或最后）办理的代表；转交的意见归接手的代表。履职活动不含接待签到。']);
  info.addRow(['范围', '选区在本地区的代表、所在联络站在本地区的代表，以及本期间在本地区联络站办理过意见或签到的代表']);
  const bytes = await workbookBytes(wb);
  const file = await storeGenerated(
    ports,
    {
      folder: 'deputy-tables',
      scope: [region._id, level, period.from, period.to].filter(Boolean).join('-'),
      fileName: `代表履职统计-${region.name}-${period.from}至${period.to}.xlsx`,
      ext: 'xlsx',
    },
    bytes,
  );
  return { ...file, rows: rows.length };
}

const sheetLevel = (level: string) => ({ national: '全国', provincial: '省', city: '市（州）', county: '县（市区）', township: '乡镇' })[level] ?? level;
