/**
 * The staff desk's queue and decisions on it: triage (unrouted, restricted, 对代表的意见, held
 * by content security), cases deputies are working on (办理中: those whose deputy cannot be
 * reached are flagged, so staff phone the deputy), 回访 (resolved cases waiting for a rating by
 * phone), outcomes that may be published (core/showcase-rules.ts: consented, resolved, never
 * rated 不满意) and those that are. The decisions on a case (assign, reject, release, 回访 and
 * the rest) are in casework.ts, shared with the region office.
 */
import type { z } from 'zod';
import type { QueueItem } from '../../core/contract/actions/staff';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { OPEN_STATUSES, STATUS_LABELS } from '../../core/opinion-status';
import { CHANNEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { staffQueuePage, type StaffQueueSelection } from './opinions.lists.repo';
import { resolutionText } from './views/resolution-view';
import { revealPhones } from '../users/identity-access';
import { reachViewsOf, type ReachViewOf } from '../notifications/reach-view';

type View = Payload<'staff', 'queue'>['view'];
/**
 * What each tab lists, all of it in the query, so the database pages it and counts it:
 * 回访 leaves out residents who erased their data (their phone went with it); offered for the
 * showcase are cases consented, not yet published and publishable (core/showcase-rules.ts:
 * never erased, never rated 不满意).
 */
const SELECTION_OF: Record<View, Omit<StaffQueueSelection, 'stationCodes'>> = {
  triage: { statuses: ['held', 'triage'] },
  open: { statuses: OPEN_STATUSES },
  followup: { statuses: ['resolved'], notErased: true },
  showcase: { statuses: ['resolved', 'closed'], consentPublish: true, published: false, notErased: true, notRatedUnsatisfied: true },
  published: { statuses: ['resolved', 'closed'], consentPublish: true, published: true },
};

/** What content security is waiting for on a held opinion, in words. */
export function heldReason(doc: OpinionDoc): string {
  if (doc.textReview) return '内容安全检查提示需人工审核文字';
  const pending = (doc.mediaChecks ?? []).filter((m) => !m.verdict).length;
  if (pending) return `照片审核中（${pending} 张）`;
  if ((doc.mediaChecks ?? []).some((m) => m.verdict === 'review')) return '照片需人工审核';
  return '内容审核中';
}

/** A case a deputy is working on: the deputy's reach matters (a case with no reachable deputy waits unseen). */
const withDeputy = (doc: OpinionDoc): doc is OpinionDoc & { assigneeDeputyId: string } => OPEN_STATUSES.includes(doc.status) && Boolean(doc.assigneeDeputyId);

/**
 * Whether the deputies of a page's cases in hand can be reached: their openids (one request)
 * and their grants (one more), none when no case on the page is with a deputy.
 */
async function assigneeReach(ports: Ports, page: readonly OpinionDoc[]): Promise<Map<string, ReachViewOf>> {
  const ids = [...new Set(page.filter(withDeputy).map((d) => d.assigneeDeputyId))];
  if (ids.length === 0) return new Map();
  const deputies = await deputiesByIds(ports, ids);
  const reach = await reachViewsOf(ports, 'deputy', deputies.map((d) => d.openid));
  return new Map(deputies.map((d) => [d._id, reach(d.openid)]));
}

function toItem(doc: OpinionDoc, view: View, phone: string | undefined, reach: Map<string, ReachViewOf>): z.infer<typeof QueueItem> {
  // The resolution's 办结说明. For 回访 a reply where there is none (a reply may be boilerplate);
  // never for the showcase, where the 办结说明 is what gets published.
  const resolution = resolutionText(doc);
  const lastResult = view === 'followup' ? (resolution ?? [...doc.replies].reverse()[0]?.text) : resolution;
  return {
    id: doc._id,
    trackingNo: doc.trackingNo,
    stationCode: doc.stationCode,
    stationName: doc.stationName,
    category: doc.category,
    status: doc.status,
    statusLabel: STATUS_LABELS[doc.status],
    channelLabel: CHANNEL_LABELS[doc.channel],
    text: doc.text,
    flagged: doc.flagged,
    reason: doc.status === 'held' ? heldReason(doc) : (doc.routing?.reason ?? ''),
    createdAt: new Date(doc.createdAt).toISOString(),
    ...(phone ? { phone } : {}),
    ...(view !== 'triage' && lastResult ? { result: lastResult } : {}),
    ...(withDeputy(doc) && doc.assigneeName ? { assigneeName: doc.assigneeName } : {}),
    ...(withDeputy(doc) && reach.has(doc.assigneeDeputyId) ? { assigneeReach: reach.get(doc.assigneeDeputyId)! } : {}),
    ...(doc.secondCount ? { secondCount: doc.secondCount } : {}),
  };
}

/** One page of a tab of the caller's stations' queue (or one station's), oldest first, after `cursor`; the first page says how many the tab holds. */
export async function queue(ports: Ports, actor: Actor, p: Payload<'staff', 'queue'>) {
  const codes = p.code ? [p.code] : actor.staffStationCodes;
  if (p.code && !actor.staffStationCodes.includes(p.code)) throw new AppError('NOT_YOUR_STATION');
  const { items: page, nextCursor, total } = await staffQueuePage(ports, { stationCodes: codes, ...SELECTION_OF[p.view] }, p.limit, p.cursor);
  // 回访 needs the resident's phone: shown only through the identity-access log (decision 0018).
  const [phones, reach] = await Promise.all([
    p.view === 'followup' ? revealPhones(ports, { openid: actor.openid!, role: 'staff' }, page, { action: 'staff.queue', purpose: 'followup' }) : new Map<string, string>(),
    assigneeReach(ports, page),
  ]);
  return { items: page.map((d) => toItem(d, p.view, phones.get(d._id), reach)), ...(total !== undefined ? { total } : {}), ...(nextCursor ? { nextCursor } : {}) };
}
