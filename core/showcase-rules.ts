/**
 * Which cases may stand in the public showcase (办实事成果): the resident consented, the case is
 * resolved, and nobody rated it 不满意 — neither the result nor the service, at any rating (the
 * resident's in the app or staff's 回访 by phone, before a reopen or after). A case that stops
 * qualifying is taken down (server/campaigns/showcase.ts).
 */
import type { Status } from './opinion-status';

export interface ShowcaseCandidate {
  consentPublish: boolean;
  status: Status;
  ratings?: readonly { result: string; attitude: string }[];
  /** The resident erased their data: their consent went with it (decision 0018). */
  erasedAt?: Date;
}

export const ratedUnsatisfied = (o: ShowcaseCandidate): boolean =>
  (o.ratings ?? []).some((r) => r.result === 'unsatisfied' || r.attitude === 'unsatisfied');

/** Why the case may not be published (a sentence for staff), or undefined when it may. */
export function publishRefusal(o: ShowcaseCandidate): string | undefined {
  if (o.erasedAt) return '居民已删除个人信息，办理结果不再公开';
  if (!o.consentPublish) return '居民没有同意公开办理结果，不能公开';
  if (o.status !== 'resolved' && o.status !== 'closed') return '意见尚未办结，不能公开';
  if (ratedUnsatisfied(o)) return '居民对办理评价为不满意，不能公开';
  return undefined;
}
