/**
 * 同类意见 beside a case at the staff desk or the region office (decision 0036): the open cases
 * of the caller's scope about the same problem, best first, each with whether it may be merged
 * now (core/merged-cases.ts) — the case page offers them with check boxes for 合并办理.
 * Round trips: the case (with the office's region), then the similar lookup (the station with
 * its regions, one indexed read of the county; server/similar/lookup.ts). Only confident
 * matches, at most `SIMILAR_CASES_LIMIT`, said so on the page.
 */
import type { z } from 'zod';
import { SIMILAR_CASES_LIMIT, type SimilarCases } from '../../core/contract/actions/merge';
import { isMergedParent, mergeRefusal } from '../../core/merged-cases';
import { STATUS_LABELS, type Status } from '../../core/opinion-status';
import type { Actor } from '../users/actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { caseFor, type Desk } from '../opinions/case-access';
import { findSimilar } from './lookup';
import { defaultMergeTitle } from './merge-title';

/** Cases still being worked (triage included: most merges are made there). */
const OPEN: readonly Status[] = ['triage', 'assigned', 'accepted', 'need_info', 'forwarded', 'suggestion', 'replied'];

const EXCERPT = 60;
const excerptOf = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

export async function similarCases(ports: Ports, actor: Actor, desk: Desk, id: string): Promise<z.infer<typeof SimilarCases>> {
  const { doc, worker } = await caseFor(ports, actor, desk, id);
  const why = isMergedParent(doc) ? '这是汇总件' : mergeRefusal(doc);
  // A 汇总件 or a merged case has its merge already: nothing to look up.
  if (isMergedParent(doc) || doc.mergedInto) return { mergeable: false, ...(why ? { why } : {}), items: [], limit: SIMILAR_CASES_LIMIT };
  const found = await findSimilar(
    ports,
    { stationCode: doc.stationCode, category: doc.category, text: doc.text, ...(doc.place ? { place: doc.place } : {}) },
    // Open cases only, in the read itself: the newest candidates are not spent on closed ones.
    { exclude: [doc._id], open: true },
  );
  const items = (found?.items ?? [])
    .filter(({ doc: o }) => OPEN.includes(o.status) && !isMergedParent(o) && !o.mergedInto && !o.erasedAt && worker.covers(o as OpinionDoc))
    .slice(0, SIMILAR_CASES_LIMIT)
    .map(({ doc: o, score }) => {
      const refused = mergeRefusal(o);
      return {
        id: o._id,
        trackingNo: o.trackingNo,
        excerpt: excerptOf(o.text),
        stationName: o.stationName,
        ...(o.place ? { place: o.place } : {}),
        status: o.status,
        statusLabel: STATUS_LABELS[o.status],
        createdAt: new Date(o.createdAt).toISOString(),
        secondCount: o.secondCount ?? 0,
        score: Math.round(score * 100) / 100,
        mergeable: !refused,
        ...(refused ? { why: refused } : {}),
        source: o,
      };
    });
  const mergeable = items.filter((i) => i.mergeable).map((i) => i.source);
  return {
    mergeable: !why,
    ...(why ? { why } : {}),
    items: items.map(({ source: _source, ...item }) => item),
    limit: SIMILAR_CASES_LIMIT,
    ...(!why && mergeable.length > 0 ? { defaultTitle: defaultMergeTitle([doc, ...mergeable]) } : {}),
  };
}
