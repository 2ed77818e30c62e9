/**
 * 查找意见 (issue 23, decision 0032): staff find cases of their stations, the region office
 * cases of its region and below, a deputy their own cases — by tracking number, by phone (the
 * last four digits, or the whole number; staff and the office only), by words of the text, by
 * deputy, status, category, station and the day received. One action per desk, built by
 * `searchActions(desk)` and joined to the staff, admin and deputy functions; newest first, in
 * keyset pages. Every search by phone is recorded in the identity-access log (decision 0018).
 */
import { z } from 'zod';
import { SEARCH_TEXT_MAX, SEARCH_TEXT_MIN, bigramsOf, searchLength } from '../../search-keys';
import { action } from '../define';
import { Category, Id, IsoTime, StationCode, Status, TrackingNo, normalizePhone } from '../fields';
import { cursorPaging, NextCursor } from '../paging';

const Day = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '日期应为 年-月-日' });

/** The last four digits of a phone, or the whole number (a mobile, or a landline with its area code). */
export const PhoneQuery = z
  .string()
  .overwrite(normalizePhone)
  .regex(/^(\d{4}|1\d{10}|0\d{9,11})$/, { error: '请填写电话号码后四位或完整号码' });

/** Words of the text: 2 to 30 characters that search reads (letters and digits), with two of them side by side. */
export const SearchText = z
  .string()
  .trim()
  .refine((s) => searchLength(s) >= SEARCH_TEXT_MIN && bigramsOf(s).length > 0, { error: `至少${SEARCH_TEXT_MIN}个相连的字` })
  .refine((s) => searchLength(s) <= SEARCH_TEXT_MAX, { error: `不能超过${SEARCH_TEXT_MAX}个字` });

/** A search's longest period: three years. */
export const SEARCH_MAX_DAYS = 3 * 366;

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
/** A real calendar day (the pattern lets 02-31 through). */
const realDay = (d: unknown) => {
  if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  // Not a date at all (the refinement also runs on input the field already refused): never throws.
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
};

/** One case found: enough to tell it apart and open it (the case page; a deputy's detail). */
export const SearchItem = z.object({
  id: z.string(),
  trackingNo: z.string(),
  status: Status,
  statusLabel: z.string(),
  category: z.string(),
  stationCode: z.string(),
  stationName: z.string(),
  excerpt: z.string(),
  createdAt: IsoTime,
  /** Who holds it now: its deputy (李红梅代表), staff or the office handling it, or nobody yet. */
  holderLabel: z.string(),
});

/** The criteria every desk has; `phone` and `deputyId` are the staff's and the office's. */
const common = {
  trackingNo: TrackingNo.optional(),
  text: SearchText.optional(),
  status: z.array(Status).min(1).max(13).optional(),
  category: Category.optional(),
  stationCode: StationCode.optional(),
  from: Day.optional(),
  to: Day.optional(),
  ...cursorPaging(20, 50),
};

const CRITERIA = ['trackingNo', 'phone', 'text', 'deputyId', 'status', 'category', 'stationCode', 'from', 'to'] as const;

/** At least one criterion, real days, `to` not before `from`, at most SEARCH_MAX_DAYS apart. */
function checked<T extends z.ZodObject>(schema: T) {
  return schema.superRefine((raw, ctx) => {
    const p = raw as Record<string, unknown> & { from?: string; to?: string };
    if (!CRITERIA.some((k) => p[k] !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: '：请至少填写一项（查询编号、电话、内容、代表、状态、类别、联络站或日期）' });
    }
    for (const k of ['from', 'to'] as const) {
      if (p[k] && !realDay(p[k])) ctx.addIssue({ code: 'custom', path: [k], message: '不是有效的日期' });
    }
    if (p.from && p.to && realDay(p.from) && realDay(p.to)) {
      if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '不能早于开始日期' });
      else if (dayNumber(p.to) - dayNumber(p.from) > SEARCH_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: '：查找期间最长三年' });
    }
  });
}

/** The staff's and the office's search: every criterion. */
export const WorkerSearch = checked(z.strictObject({ ...common, phone: PhoneQuery.optional(), deputyId: Id.optional() }));
/** A deputy's search of their own cases: no phone, no deputy. */
export const DeputySearch = checked(z.strictObject(common));
const SearchAnswer = z.object({ items: z.array(SearchItem), ...NextCursor });

/** The search of the staff desk (the caller's stations) or of the office (its region and below). */
export const workerSearchActions = (access: 'staff' | 'admin') => ({
  search: action({
    access,
    summary: `查找${access === 'staff' ? '本站' : '本地区及下级'}意见：按查询编号、电话（后四位或完整号码，记入身份信息查看记录）、内容中的词、代表、状态、类别、联络站、收到日期（分页：新收到的在前）`,
    input: WorkerSearch,
    output: SearchAnswer,
  }),
});

/** A deputy's search of the cases they hold or held. */
export const deputySearchActions = {
  search: action({
    access: 'deputy',
    summary: '查找我办理的意见：按查询编号、内容中的词、状态、类别、联络站、收到日期（分页：新收到的在前）',
    input: DeputySearch,
    output: SearchAnswer,
  }),
};
