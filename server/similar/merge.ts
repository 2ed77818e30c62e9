/**
 * 合并办理 (decision 0036): staff or the region office merge 2–50 similar open cases of their
 * scope into one 汇总件 — a new opinion document, the parent, with its own tracking number,
 * worked by the merging desk (`handler`) from `accepted`: forwarded once (one 转办函 listing the
 * sources), answered once, resolved once; every source follows it (merge-job.ts) and its
 * resident is told and rates as usual.
 *
 * The parent has no resident: `openid` is '' — no caller ever has it (the platform always gives
 * one), it lists in no resident's cases, and notifications already read it as nobody to tell —
 * it is anonymous, without contact or consent to publish, and `mergedSources` marks it as a
 * 汇总件 everywhere (core/merged-cases.ts `isMergedParent`): it counts nothing in any statistic
 * (core/stats/opinion-facts.ts), its sources do.
 *
 * Idempotent per caller: the parent's id is the caller's request key (the same request again is
 * the same 汇总件, and finishes its job if it was cut short; another caller's same request id is
 * another). Round trips: the caller's scope (the office's region), the parent if it exists and
 * the sources (one read), at once; the title's content check when staff wrote one; the tracking
 * number; the insert; the county's learned links when the sources teach any (merge-learning.ts);
 * then per source its write and the parent's record of it.
 */
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { isMergedParent, mergeCreatedNote, mergeRefusal } from '../../core/merged-cases';
import { STATUS_LABELS } from '../../core/opinion-status';
import { countyOfPath } from '../../core/search-keys';
import { formatTrackingNumber, trackingCounterKey } from '../../core/tracking-number';
import type { Actor } from '../users/actor';
import type { OpinionDoc } from '../model';
import { isDuplicateKey } from '../platform/db-errors';
import type { Ports } from '../platform/ports';
import { requestKey } from '../platform/request-key';
import { caseWorkerOf, type Desk } from '../opinions/case-access';
import { checkWorkerText, handlerOf } from '../opinions/casework';
import { nextSequence } from '../opinions/counters.repo';
import { deadlineFields } from '../opinions/deadlines';
import type { LoadCounted } from '../opinions/open-load';
import { getOpinion, insertOpinion } from '../opinions/opinions.repo';
import { opinionsByIds } from '../opinions/opinions.similar.repo';
import { searchFieldsOf } from '../opinions/search-fields';
import { syncParent } from './merge-job';
import { defaultMergeTitle } from './merge-title';
import { countTaught, taughtBy } from './merge-learning';

/** The 汇总件 a caller's merge request makes (`mg` and the request key: never an opinion's `op…`). */
export const mergeIdFor = (openid: string, requestId: string) => `mg${requestKey(openid, requestId, 'merge')}`;

type MergeInput = Payload<'staff', 'merge'>;

/** The answer: the parent as it stands after the job, and what was left out (by tracking number). */
function mergeAnswer(parent: OpinionDoc, sources: readonly OpinionDoc[], duplicate: boolean) {
  const numberOf = (id: string) => sources.find((s) => s._id === id)?.trackingNo ?? '';
  return {
    id: parent._id,
    trackingNo: parent.trackingNo,
    status: parent.status,
    statusLabel: parent.mergeDissolvedAt ? '已撤销合并' : STATUS_LABELS[parent.status],
    title: parent.text,
    linked: (parent.mergeLinked ?? []).filter((id) => (parent.mergedSources ?? []).includes(id)).length,
    pending: (parent.mergedSources ?? []).filter((id) => !(parent.mergeLinked ?? []).includes(id)).length,
    dropped: (parent.mergeDropped ?? []).map((d) => ({ id: d.id, trackingNo: numberOf(d.id), reason: d.reason })),
    duplicate,
  };
}

export async function mergeCases(ports: Ports, actor: Actor, desk: Desk, p: MergeInput) {
  const ids = [...new Set(p.ids)];
  if (ids.length < 2 || ids.length > 50) throw new AppError('MERGE_COUNT');
  const parentId = mergeIdFor(actor.openid!, p.requestId);
  const [worker, existing, found] = await Promise.all([caseWorkerOf(ports, actor, desk), getOpinion(ports, parentId), opinionsByIds(ports, ids)]);
  if (existing) {
    // The same request again (a double tap, a retry after a timeout): the same 汇总件, its job finished.
    const { parent } = await syncParent(ports, existing);
    return mergeAnswer(parent, found, true);
  }

  // Every case: there, in the caller's scope, and mergeable now — checked in that order, nothing written on a refusal.
  const byId = new Map(found.map((d) => [d._id, d]));
  const sources = ids.map((id) => {
    const s = byId.get(id);
    if (!s) throw new AppError('OPINION_NOT_FOUND', undefined, `merge: ${id}`);
    if (!worker.covers(s)) {
      throw desk === 'staff' ? new AppError('NOT_YOUR_STATION', '所选意见不在您负责的联络站') : new AppError('OUT_OF_REGION', '所选意见不在您管辖的地区');
    }
    return s;
  });
  for (const s of sources) {
    const why = mergeRefusal(s);
    if (why) throw new AppError('MERGE_NOT_ALLOWED', `意见${s.trackingNo}不能合并：${why}`);
  }
  if (new Set(sources.map((s) => countyOfPath(s.regionPath))).size > 1) throw new AppError('MERGE_COUNTIES');
  if (p.title) await checkWorkerText(ports, actor, p.title);

  const first = sources[0]!;
  const now = ports.clock.now();
  const seq = await nextSequence(ports, trackingCounterKey(first.regionCode, now));
  const handler = handlerOf(worker);
  const parent: OpinionDoc & Required<Pick<LoadCounted, 'openLoadOf'>> = {
    _id: parentId,
    trackingNo: formatTrackingNumber(first.regionCode, now, seq),
    // No resident (see above).
    openid: '',
    requestId: p.requestId,
    channel: first.channel,
    stationCode: first.stationCode,
    stationName: first.stationName,
    regionCode: first.regionCode,
    regionPath: first.regionPath,
    category: first.category,
    scope: first.scope,
    text: p.title ?? defaultMergeTitle(sources),
    anonymous: true,
    allowContact: false,
    consentPublish: false,
    status: 'accepted',
    handler,
    flagged: false,
    replies: [],
    timeline: [{ at: now, actor: worker.ref, action: 'merge', to: 'accepted', note: mergeCreatedNote(sources.length) }],
    chaseCount: 0,
    reopenCount: 0,
    notifyPending: true,
    notifiedEvents: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
    acceptedAt: now,
    photos: [],
    mergedSources: ids,
    mergeLinked: [],
    mergeTaught: taughtBy(sources),
    fanoutDue: true,
    // No deputy's open load counts it (as submit records it with the insert).
    openLoadOf: '',
  };
  Object.assign(parent, deadlineFields(ports, parent, 'accepted', now), searchFieldsOf(parent));
  try {
    await insertOpinion(ports, parent);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    // The same request raced us here: answer with the one that landed.
    const landed = await getOpinion(ports, parentId);
    if (!landed || !isMergedParent(landed)) throw e;
    return mergeAnswer((await syncParent(ports, landed)).parent, sources, true);
  }
  // What the merge teaches the county (best effort: a merge cut short here teaches nothing, and is still a merge).
  await countTaught(ports, countyOfPath(parent.regionPath), parent.mergeTaught, ids, 1);
  // The job, now: each source written on its own. Cut short, the merge pass finishes it.
  const { parent: after } = await syncParent(ports, parent);
  return mergeAnswer(after, sources, false);
}
