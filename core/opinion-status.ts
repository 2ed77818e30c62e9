/** Opinion statuses and the one transition table (PRODUCT.md, "The opinion's life"). */

export const STATUSES = [
  'held',
  'submitted',
  'triage',
  'assigned',
  'accepted',
  'need_info',
  'forwarded',
  'suggestion',
  'replied',
  'resolved',
  'closed',
  'withdrawn',
  'rejected',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  held: '审核中',
  submitted: '已提交',
  triage: '待分派',
  assigned: '已分派',
  accepted: '已受理',
  need_info: '待补充',
  forwarded: '已转交部门',
  suggestion: '已转为代表建议',
  replied: '已答复',
  resolved: '已办结',
  closed: '已归档',
  withdrawn: '已撤回',
  rejected: '不予受理',
};

/**
 * Who causes a change. `system` is routing, the content check and the scheduler; `office` is a
 * region office admin (代表工委/联工委), who may do whatever staff may for cases in their region.
 */
export type Mover = 'system' | 'resident' | 'deputy' | 'staff' | 'office';
export const MOVERS: readonly Mover[] = ['system', 'resident', 'deputy', 'staff', 'office'];

type Edge = { readonly to: readonly Status[]; readonly by: readonly Mover[] };

/** "staff" in PRODUCT.md's table: the station's staff, and the region office for cases in its region. */
const STAFF: readonly Mover[] = ['staff', 'office'];

/**
 * The only place that says which change is allowed and who may make it.
 * need_info → back: only to the status it came from (checked by `checkTransition`).
 * resolved → accepted is the resident's reopen (once; checked by the use case).
 */
export const TRANSITIONS: Readonly<Record<Status, readonly Edge[]>> = {
  held: [
    { to: ['submitted', 'rejected'], by: ['system', ...STAFF] },
    { to: ['withdrawn'], by: ['resident'] },
  ],
  submitted: [
    { to: ['assigned', 'triage'], by: ['system'] },
    { to: ['withdrawn'], by: ['resident'] },
  ],
  triage: [
    // accepted: 工作人员直接办理 (also restricted categories and 对代表的意见).
    { to: ['assigned', 'accepted', 'rejected'], by: STAFF },
    { to: ['withdrawn'], by: ['resident'] },
  ],
  assigned: [
    { to: ['accepted', 'rejected'], by: ['deputy', ...STAFF] },
    { to: ['withdrawn'], by: ['resident'] },
  ],
  accepted: [
    { to: ['need_info'], by: ['deputy'] },
    { to: ['forwarded', 'suggestion', 'replied', 'resolved'], by: ['deputy', ...STAFF] },
  ],
  need_info: [{ to: ['accepted', 'forwarded', 'replied'], by: ['resident', ...STAFF] }],
  forwarded: [
    { to: ['need_info'], by: ['deputy'] },
    { to: ['replied', 'resolved'], by: ['deputy', ...STAFF] },
  ],
  suggestion: [{ to: ['replied', 'resolved'], by: ['deputy', ...STAFF] }],
  replied: [
    { to: ['need_info'], by: ['deputy'] },
    { to: ['resolved', 'forwarded'], by: ['deputy', ...STAFF] },
  ],
  resolved: [
    { to: ['closed'], by: ['resident', ...STAFF, 'system'] },
    { to: ['accepted'], by: ['resident'] },
  ],
  closed: [],
  withdrawn: [],
  rejected: [],
};

/** Statuses in which an opinion still needs work from a deputy or staff (open load). */
export const OPEN_STATUSES: readonly Status[] = [
  'assigned',
  'accepted',
  'need_info',
  'forwarded',
  'suggestion',
  'replied',
];

/** Statuses from which the assignee can be handed over to another deputy. */
export const HANDOVER_STATUSES: readonly Status[] = [
  'assigned',
  'accepted',
  'need_info',
  'forwarded',
  'replied',
];

export function isAllowed(from: Status, to: Status, by: Mover): boolean {
  return TRANSITIONS[from].some((edge) => edge.to.includes(to) && edge.by.includes(by));
}

export type TransitionCheck =
  | { ok: true }
  | { ok: false; reason: 'not_in_table' | 'not_your_move' | 'not_where_it_came_from' };

/** Checks one change against the table; `cameFrom` is the status before need_info. */
export function checkTransition(
  from: Status,
  to: Status,
  by: Mover,
  cameFrom?: Status,
): TransitionCheck {
  const edges = TRANSITIONS[from].filter((edge) => edge.to.includes(to));
  if (edges.length === 0) return { ok: false, reason: 'not_in_table' };
  if (!edges.some((edge) => edge.by.includes(by))) return { ok: false, reason: 'not_your_move' };
  // Leaving need_info returns to where it came from; without that knowledge, refuse.
  if (from === 'need_info' && to !== cameFrom) {
    return { ok: false, reason: 'not_where_it_came_from' };
  }
  return { ok: true };
}
