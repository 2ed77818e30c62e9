/**
 * Any deputy's 履职档案 for the region office (decision 0033): the record, its cases and its
 * xlsx, for a deputy of the office's region (office-scope.ts).
 */
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import type { Actor } from '../users/actor';
import { gatherDutyRecord } from './duty-record';
import { dutyRecordXlsx } from './duty-record-xlsx';
import { deputyOfMyRegion } from './office-scope';
import { recordCases } from './record-cases';

/** admin.deputyRecord: the record as the deputy sees it. */
export async function officeDutyRecord(ports: Ports, actor: Actor, deputyId: string, from: string, to: string) {
  const deputy = await deputyOfMyRegion(ports, actor, deputyId);
  const data = await gatherDutyRecord(ports, deputy, from, to);
  return { deputy: data.deputy, ...data.record, rows: data.rows, bound: Boolean(deputy.openid), inOffice: deputy.status === 'active' };
}

/** admin.deputyRecordCases */
export async function officeRecordCases(ports: Ports, actor: Actor, p: { deputyId: string; from: string; to: string; limit: number; cursor?: string }) {
  const deputy = await deputyOfMyRegion(ports, actor, p.deputyId);
  return recordCases(ports, deputy._id, p.from, p.to, p.limit, p.cursor);
}

/** admin.exportDeputyRecord: the xlsx the deputy exports, stored for the office. */
export async function exportOfficeDutyRecord(ports: Ports, actor: Actor, deputyId: string, from: string, to: string) {
  const deputy = await deputyOfMyRegion(ports, actor, deputyId);
  const data = await gatherDutyRecord(ports, deputy, from, to);
  const bytes = await dutyRecordXlsx(data);
  const fileName = `履职档案-${data.deputy.name}-${from}至${to}.xlsx`;
  return storeGenerated(ports, { folder: 'duty-records', scope: `${data.deputy.id}-${from}-${to}`, fileName, ext: 'xlsx' }, bytes);
}
