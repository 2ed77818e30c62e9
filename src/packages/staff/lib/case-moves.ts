/**
 * The case page's moves, one step at a time: from what the server allows now (`can`), the one
 * primary move of the current step and the others, offered under 更多操作 (an action sheet).
 * Restricted categories and 对代表的意见 never offer a deputy, whatever `can` says. Pure: the
 * page renders it, the component tests read it.
 */
export type CaseMove = 'release' | 'take' | 'assign' | 'reassign' | 'forward' | 'departmentAnswer' | 'reply' | 'resolve' | 'reject' | 'followUp';

interface CaseState {
  status: string;
  workerCan: Record<CaseMove | 'transferLetter', boolean>;
  staffOnly: boolean;
  overdue: boolean;
  /** Staff or the office handle it themselves. */
  handler?: unknown;
  assigneeName?: string;
  assignee?: unknown;
}

/** What each move's button or action-sheet row says. */
export function moveLabel(move: CaseMove, o: Pick<CaseState, 'assignee' | 'status'>): string {
  const labels: Record<CaseMove, string> = {
    release: '审核通过',
    take: '工作人员直接办理',
    assign: '分派给代表',
    reassign: o.assignee ? '改派其他代表' : '交给代表办理',
    forward: '转交部门',
    departmentAnswer: '登记部门答复',
    reply: o.status === 'replied' ? '再次答复' : '答复居民',
    resolve: '办结',
    reject: '不予受理',
    followUp: '登记回访',
  };
  return labels[move];
}

/** The moves this case offers now: `can`, without any deputy for a case staff alone handle. */
function allowed(o: CaseState): CaseMove[] {
  const all: CaseMove[] = ['release', 'take', 'assign', 'reassign', 'forward', 'departmentAnswer', 'reply', 'resolve', 'reject', 'followUp'];
  return all.filter((m) => o.workerCan[m] && !(o.staffOnly && (m === 'assign' || m === 'reassign')));
}

/**
 * The current step's move: check a held case; take a restricted one (staff handle it) or give
 * an ordinary one to a deputy; record the department's answer; resolve a case staff handle; 回访
 * a resolved one; reassign an overdue one. A case a deputy is working has no primary move for
 * staff: they watch it, and act from 更多操作.
 */
export function primaryMove(o: CaseState): CaseMove | undefined {
  const can = new Set(allowed(o));
  if (can.has('release')) return 'release';
  if (can.has('take') && o.staffOnly) return 'take';
  if (can.has('assign')) return 'assign';
  if (can.has('departmentAnswer')) return 'departmentAnswer';
  if (can.has('resolve') && o.handler) return 'resolve';
  if (can.has('followUp')) return 'followUp';
  if (can.has('reassign') && o.overdue) return 'reassign';
  return undefined;
}

/** Every other move allowed now, in the order 更多操作 lists them (at most six). */
export function otherMoves(o: CaseState): CaseMove[] {
  const primary = primaryMove(o);
  const order: CaseMove[] = ['take', 'assign', 'reassign', 'reply', 'forward', 'departmentAnswer', 'resolve', 'reject'];
  const can = allowed(o);
  return order.filter((m) => m !== primary && can.includes(m)).slice(0, 6);
}
