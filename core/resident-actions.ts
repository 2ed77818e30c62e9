/**
 * What a resident may do with their opinion now. Pure: the same rules answer the detail
 * page's buttons and guard the actions themselves.
 */
import { MESSAGE_STATUSES } from './conversation';
import type { Status } from './opinion-status';

export const CHASE_INTERVAL_DAYS = 3;
const DAY = 86_400_000;

export interface ResidentFacts {
  status: Status;
  now: Date;
  acceptDueAt?: Date | null;
  resultDueAt?: Date | null;
  lastChasedAt?: Date | null;
  reopenCount: number;
}

const WITHDRAWABLE: readonly Status[] = ['held', 'submitted', 'triage', 'assigned'];

/** The deadline that applies in this status, if any. */
export function currentDeadline(f: Pick<ResidentFacts, 'status' | 'acceptDueAt' | 'resultDueAt'>): Date | undefined {
  if (f.status === 'assigned') return f.acceptDueAt ?? undefined;
  if (f.status === 'accepted' || f.status === 'forwarded' || f.status === 'suggestion' || f.status === 'replied') {
    return f.resultDueAt ?? undefined;
  }
  return undefined;
}

/** When the resident may chase: after the deadline passed, and 3 days after the last chase. */
export function chaseAllowedFrom(f: ResidentFacts, intervalDays = CHASE_INTERVAL_DAYS): Date | undefined {
  const due = currentDeadline(f);
  if (!due) return undefined;
  const afterLast = f.lastChasedAt ? new Date(f.lastChasedAt.getTime() + intervalDays * DAY) : undefined;
  return afterLast && afterLast > due ? afterLast : due;
}

export function residentCan(f: ResidentFacts, intervalDays = CHASE_INTERVAL_DAYS) {
  const chaseFrom = chaseAllowedFrom(f, intervalDays);
  const chase = chaseFrom !== undefined && f.now >= chaseFrom;
  return {
    withdraw: WITHDRAWABLE.includes(f.status),
    addInfo: f.status === 'need_info',
    /** A follow-up message (补充留言): while someone works the case; in need_info, addInfo is the way. */
    message: MESSAGE_STATUSES.includes(f.status),
    chase,
    rate: f.status === 'resolved',
    ...(chaseFrom && !chase ? { chaseAfter: chaseFrom.toISOString() } : {}),
  };
}

/** 不满意 reopens the case once; any other rating, or a second 不满意, closes it. */
export function ratingOutcome(result: 'satisfied' | 'basic' | 'unsatisfied', reopenCount: number): 'closed' | 'accepted' {
  return result === 'unsatisfied' && reopenCount === 0 ? 'accepted' : 'closed';
}
