/**
 * The region office's queue and the overdue board (issue 22, decision 0030). The office
 * (代表工委/联工委, the admin function) lists the cases routed to it — triage or held at a
 * station without staff, or where no region had an admin at all — and the cases escalated past
 * staff to it; staff and the office each list the overdue cases of their scope (their
 * stations; the office's region), the longest overdue first. Every row opens the case page
 * (src/routes.ts `staffCase`), where the moves are (./casework.ts).
 */
import { z } from 'zod';
import { action } from '../define';
import { IsoTime, Status } from '../fields';
import { cursorPaging, NextCursor } from '../paging';

export const OFFICE_QUEUE_VIEWS = ['routed', 'escalated'] as const;
export type OfficeQueueView = (typeof OFFICE_QUEUE_VIEWS)[number];
export const OFFICE_QUEUE_VIEW_LABELS: Record<OfficeQueueView, string> = {
  routed: '待分派',
  escalated: '超期上报',
};

/** How far a running deadline's steps went (the opinion's dueAlertLevel), as staff and the office read it. */
export const DUE_STEP_LABELS: readonly string[] = ['未提醒', '已提醒代表', '已告知代表超期', '已告知工作人员', '已上报人大'];

/** One case in a list of the desk: enough to tell it apart and decide to open it. */
const CaseLine = z.object({
  id: z.string(),
  trackingNo: z.string(),
  stationCode: z.string(),
  stationName: z.string(),
  category: z.string(),
  status: Status,
  statusLabel: z.string(),
  excerpt: z.string(),
  /** Restricted categories and 对代表的意见: handled by staff or the office, never a deputy. */
  staffOnly: z.boolean(),
  createdAt: IsoTime,
  /** Residents who joined the case by 附议 (decision 0036); absent when none. */
  secondCount: z.number().int().optional(),
});

/** Who holds an open case: its deputy (李红梅代表), staff or the office handling it themselves, or nobody yet. */
const Holder = { holderLabel: z.string() };

/** A running deadline that has passed: when it was due, for what, how late, and how far its steps went. */
const Lateness = {
  dueAt: IsoTime,
  dueKind: z.enum(['accept', 'result']),
  /** 受理 or 办结. */
  dueKindLabel: z.string(),
  /** Calendar days since the due date (Beijing), at least 1. */
  daysLate: z.number().int(),
  chaseCount: z.number().int(),
  /** 0 none yet … 4 the office told (DUE_STEP_LABELS). */
  step: z.number().int(),
  stepLabel: z.string(),
};

export const OfficeQueueItem = CaseLine.extend({
  /** Why it is here: the routing reason, or what content security is waiting for. */
  reason: z.string(),
  /** Why earlier routing rules did not fire (e.g. the chosen deputy is not bound). */
  notes: z.array(z.string()),
  /** Escalated cases: who holds it and how late it is. */
  holderLabel: z.string().optional(),
  dueAt: IsoTime.optional(),
  dueKindLabel: z.string().optional(),
  daysLate: z.number().int().optional(),
  chaseCount: z.number().int(),
  stepLabel: z.string().optional(),
});

export const OverdueItem = CaseLine.extend({ ...Holder, ...Lateness });

/** The office's queue (admin function only). */
export const officeQueueActions = {
  officeQueue: action({
    access: 'admin',
    summary: '区域办公室待办：本地区无工作人员的联络站交来的意见（待分派、审核中），及超期上报到本级的意见（分页；首页带两栏数量）',
    input: z.strictObject({ view: z.enum(OFFICE_QUEUE_VIEWS).default('routed'), ...cursorPaging(20, 50) }),
    // `total`, `counts`: on the first page (no cursor) only.
    output: z.object({
      items: z.array(OfficeQueueItem),
      total: z.number().int().optional(),
      counts: z.object({ routed: z.number().int(), escalated: z.number().int() }).optional(),
      ...NextCursor,
    }),
  }),
};

/** The overdue board, with the access of the function it joins: staff (their stations) or admin (the office's region). */
export const overdueActions = (access: 'staff' | 'admin') => ({
  overdue: action({
    access,
    summary: `${access === 'staff' ? '本站' : '本地区'}超期意见：超过受理或办结期限、仍在办理的意见，超期最久的在前（分页；首页带总数）`,
    input: z.strictObject({ ...cursorPaging(20, 50) }),
    // `total`: on the first page (no cursor) only.
    output: z.object({ items: z.array(OverdueItem), total: z.number().int().optional(), ...NextCursor }),
  }),
});
