/**
 * A filtered list of opinions as .xlsx for a region admin (the admin's region and below).
 * Privacy (PRODUCT.md, PIPL): no openid ever; an anonymous resident's phone is left out;
 * every other phone is masked. The list is counted first and refused when larger than
 * OPINION_EXPORT.maxRows, with its size, before anything is read. The workbook is stored
 * (generated/opinion-exports/<region>-…) and answered as a file id and a temporary URL.
 */
import { beijingDateTime, fromBeijing } from '../../core/beijing-time';
import { RATING_LABELS, RESULT_KIND_LABELS } from '../../core/contract/fields';
import { AppError } from '../../core/errors';
import { isMergedParent } from '../../core/merged-cases';
import { STATUS_LABELS, type Status } from '../../core/opinion-status';
import { maskPhone } from '../../core/privacy';
import { addMonths } from '../../core/stats/months';
import { CHANNEL_LABELS, LEVEL_LABELS, type Channel } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { OPINION_EXPORT } from '../config/stats';
import type { OpinionDoc } from '../model';
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import { regionsBelow } from '../stations/admin';
import { dashboardScope, type DashboardFilters } from '../dashboard/scope';
import { countOpinionsForExport, opinionsForExport, type OpinionExportSelection } from './opinions.repo';
import { newWorkbook, workbookBytes } from '../platform/xlsx';

export interface ExportFilters extends DashboardFilters {
  category?: string;
  status?: Status;
}

export async function exportOpinions(ports: Ports, actor: Actor, p: ExportFilters) {
  const scope = await dashboardScope(ports, actor, p);
  const regions = await regionsBelow(ports, scope.region);
  const regionNames = new Map(regions.map((r) => [r._id, r.name]));
  const start = fromBeijing(`${scope.from}-01`);
  const end = fromBeijing(`${addMonths(scope.to, 1)}-01`);
  const selection: OpinionExportSelection = {
    regionCodes: regions.map((r) => r._id),
    from: start,
    to: end,
    ...(scope.station ? { stationCode: scope.station._id } : {}),
    ...(scope.level ? { assigneeLevelLabel: LEVEL_LABELS[scope.level] } : {}),
    ...(p.category ? { category: p.category } : {}),
    ...(p.status ? { status: p.status } : {}),
  };
  const total = await countOpinionsForExport(ports, selection);
  if (total > OPINION_EXPORT.maxRows) {
    throw new AppError('EXPORT_TOO_LARGE', `符合条件的意见有${total}条，超过单次导出上限${OPINION_EXPORT.maxRows}条，请缩小期间或地区`);
  }
  // A 汇总件 is no opinion received: its sources are listed (and counted), never itself (decision 0036).
  const docs = (await opinionsForExport(ports, selection, total)).filter((d) => !isMergedParent(d));
  const bytes = await opinionsXlsx(docs, regionNames, `${scope.region.name} ${scope.from} 至 ${scope.to}`);
  const file = await storeGenerated(
    ports,
    {
      folder: 'opinion-exports',
      scope: [scope.region._id, scope.station?._id, scope.from, scope.to].filter(Boolean).join('-'),
      fileName: `意见清单-${scope.region.name}-${scope.from}至${scope.to}.xlsx`,
      ext: 'xlsx',
    },
    bytes,
  );
  return { ...file, rows: docs.length };
}

const when = (d: Date | string | null | undefined) => (d ? beijingDateTime(new Date(d)) : '');

/** What a row shows of the resident: never the openid; phones masked; nothing when anonymous. */
export function residentColumns(doc: Pick<OpinionDoc, 'anonymous' | 'phone'>): [string, string] {
  if (doc.anonymous) return ['匿名', ''];
  return ['实名', doc.phone ? maskPhone(doc.phone) : ''];
}

export const EXPORT_COLUMNS = [
  { header: '查询编号', width: 24 },
  { header: '提交时间', width: 17 },
  { header: '地区', width: 14 },
  { header: '联络站', width: 26 },
  { header: '类别', width: 12 },
  { header: '渠道', width: 8 },
  { header: '状态', width: 12 },
  { header: '办理代表', width: 10 },
  { header: '代表层级', width: 10 },
  { header: '受理时间', width: 17 },
  { header: '首次答复时间', width: 17 },
  { header: '办结时间', width: 17 },
  { header: '办理结果', width: 12 },
  { header: '群众评价', width: 10 },
  { header: '是否超期', width: 9 },
  { header: '催办次数', width: 9 },
  { header: '重新办理次数', width: 12 },
  { header: '居民', width: 8 },
  { header: '联系电话', width: 15 },
  { header: '意见内容', width: 60 },
];

export async function opinionsXlsx(docs: OpinionDoc[], regionNames: Map<string, string>, title: string): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet('意见清单');
  sheet.columns = EXPORT_COLUMNS;
  sheet.getRow(1).font = { bold: true };
  for (const d of docs) {
    const rating = d.ratings?.at(-1)?.result as keyof typeof RATING_LABELS | undefined;
    const late = Boolean(d.overdue) || Boolean(d.acceptedAt && d.acceptDueAt && new Date(d.acceptedAt) > new Date(d.acceptDueAt));
    sheet.addRow([
      d.trackingNo,
      when(d.createdAt),
      regionNames.get(d.regionCode) ?? d.regionCode,
      d.stationName,
      d.category,
      CHANNEL_LABELS[d.channel as Channel] ?? d.channel,
      STATUS_LABELS[d.status],
      d.assigneeName ?? '',
      d.assigneeLevelLabel ?? '',
      when(d.acceptedAt),
      when(d.firstResponseAt),
      when(d.resolvedAt),
      d.resultKind ? RESULT_KIND_LABELS[d.resultKind] : '',
      rating ? RATING_LABELS[rating] : '',
      late ? '是' : '否',
      d.chaseCount ?? 0,
      d.reopenCount ?? 0,
      ...residentColumns(d),
      d.erasedAt ? '（居民已删除）' : d.text,
    ]);
  }
  const info = wb.addWorksheet('说明');
  info.addRow(['范围', title]);
  info.addRow(['条数', docs.length]);
  info.addRow(['隐私', '匿名居民不显示身份与电话；电话号码均已打码；不含微信身份标识']);
  return await workbookBytes(wb);
}
