/**
 * How a case stands in a merge (decision 0036), for the staff and office case page and for the
 * resident. A 汇总件 lists its sources (one read of them); a source names its 汇总件 (one read
 * of it). The resident of a source reads that it is worked with N others, and where the 汇总件
 * stands — never another resident's words or contact.
 */
import type { z } from 'zod';
import type { CaseMerge } from '../../core/contract/actions/merge';
import { isFollowing, isMergedParent, mergeCreatedNote, mergedNote } from '../../core/merged-cases';
import { STATUS_LABELS } from '../../core/opinion-status';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getOpinion } from '../opinions/opinions.repo';
import { opinionsByIds } from '../opinions/opinions.similar.repo';
import { unmergeTooLate } from './unmerge';

const EXCERPT = 60;
const excerptOf = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);
const iso = (d: Date | string) => new Date(d).toISOString();

/** The parent's status as staff read it (a dissolved one: 已撤销合并). */
export const parentStatusLabel = (parent: OpinionDoc) => (parent.mergeDissolvedAt ? '已撤销合并' : STATUS_LABELS[parent.status]);

/** The merge panel of a case, or undefined for a case never merged. */
export async function caseMergeOf(ports: Ports, doc: OpinionDoc): Promise<z.infer<typeof CaseMerge> | undefined> {
  if (isMergedParent(doc)) {
    const ids = doc.mergedSources ?? [];
    const found = await opinionsByIds(ports, ids);
    const late = unmergeTooLate(doc);
    const sources = ids.flatMap((id) => {
      const s = found.find((x) => x._id === id);
      return s
        ? [
            {
              id: s._id,
              trackingNo: s.trackingNo,
              excerpt: excerptOf(s.text),
              stationName: s.stationName,
              ...(s.place ? { place: s.place } : {}),
              status: s.status,
              statusLabel: STATUS_LABELS[s.status],
              createdAt: iso(s.createdAt),
              linked: s.mergedInto === doc._id,
            },
          ]
        : [];
    });
    return {
      role: 'parent',
      note: doc.mergeDissolvedAt ? '同类意见不足2件，已撤销合并' : mergeCreatedNote(ids.length),
      sources,
      dissolved: Boolean(doc.mergeDissolvedAt),
      canUnmerge: !late,
      ...(late ? { unmergeWhy: late } : {}),
      following: false,
    };
  }
  if (!doc.mergedInto) return undefined;
  const parent = await getOpinion(ports, doc.mergedInto);
  if (!parent) return undefined;
  const late = unmergeTooLate(parent);
  return {
    role: 'source',
    note: mergedNote(Math.max(0, (parent.mergedSources ?? []).length - 1)),
    sources: [],
    dissolved: Boolean(parent.mergeDissolvedAt),
    canUnmerge: !late && isFollowing(doc),
    ...(late ? { unmergeWhy: late } : {}),
    parent: { id: parent._id, trackingNo: parent.trackingNo, title: parent.text, statusLabel: parentStatusLabel(parent) },
    following: isFollowing(doc),
  };
}

/**
 * What a source's resident reads (PRODUCT.md: 已与 N 件同类意见合并办理): how many others. Where
 * it stands and its result are on their own case, which follows the 汇总件 event by event;
 * nothing of the other residents is shown.
 */
export async function residentMergeOf(ports: Ports, doc: OpinionDoc): Promise<{ note: string; others: number } | undefined> {
  if (!doc.mergedInto) return undefined;
  const parent = await getOpinion(ports, doc.mergedInto);
  if (!parent || parent.mergeDissolvedAt) return undefined;
  const others = Math.max(0, (parent.mergedSources ?? []).length - 1);
  return { note: mergedNote(others), others };
}
