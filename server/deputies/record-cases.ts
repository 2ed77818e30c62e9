/**
 * The cases behind a duty record (decision 0033): the opinions a deputy holds, or held last,
 * received in the record's period — a case handed over belongs to the deputy it was handed to,
 * as the statistics count it — newest first, in keyset pages from the index
 * (assigneeDeputyId, createdAt, _id). The deputy reads their own; the region office any
 * deputy's in its region (office-record.ts).
 */
import { addDays, beijingDate, fromBeijing } from '../../core/beijing-time';
import { RATING_LABELS, RESULT_KIND_LABELS } from '../../core/contract/limits';
import { AppError } from '../../core/errors';
import { STATUS_LABELS } from '../../core/opinion-status';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputyCasesPage } from '../opinions/opinions.lists.repo';

/** A record's period: Beijing days, both included; the end not before the start, at most 400 days. */
export function recordRange(from: string, to: string): { start: Date; end: Date } {
  if (to < from) throw new AppError('INVALID_PAYLOAD', '结束日期不能早于开始日期');
  const start = fromBeijing(from);
  const end = fromBeijing(addDays(to, 1));
  if (end.getTime() - start.getTime() > 401 * 86_400_000) throw new AppError('INVALID_PAYLOAD', '期间不能超过400天');
  return { start, end };
}

/** One case as a record lists it: no resident, no text — what was asked, where, and how it ended. */
export function recordCaseView(o: OpinionDoc) {
  const rating = o.ratings?.at(-1)?.result as keyof typeof RATING_LABELS | undefined;
  const resolved = (o.status === 'resolved' || o.status === 'closed') && o.resolvedAt;
  return {
    id: o._id,
    trackingNo: o.trackingNo,
    category: o.category,
    stationName: o.stationName,
    statusLabel: STATUS_LABELS[o.status],
    ...(o.resultKind && resolved ? { resultLabel: RESULT_KIND_LABELS[o.resultKind as keyof typeof RESULT_KIND_LABELS] ?? o.resultKind } : {}),
    ...(rating ? { ratingLabel: RATING_LABELS[rating] ?? rating } : {}),
    receivedOn: beijingDate(o.createdAt),
    ...(resolved ? { resolvedOn: beijingDate(o.resolvedAt!) } : {}),
  };
}

/** A page of the deputy's cases received from `from` to `to`. */
export async function recordCases(ports: Ports, deputyId: string, from: string, to: string, limit: number, cursor?: string) {
  const { start, end } = recordRange(from, to);
  const page = await deputyCasesPage(ports, deputyId, start, end, limit, cursor);
  return {
    items: page.items.map(recordCaseView),
    ...(page.total !== undefined ? { total: page.total } : {}),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
