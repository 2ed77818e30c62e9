/** Opinions as each audience may see them. */
import type { z } from 'zod';
import type { DeputyOpinionDetail, InboxItem, OpinionDetail, OpinionSummary, TimelineEntry } from '../../../core/contract';
import { ACTION_LABELS } from '../../../core/opinion-events';
import { STATUS_LABELS } from '../../../core/opinion-status';
import { SCOPE_LABELS } from '../../../core/vocabulary';
import { maskPhone } from '../../../core/privacy';
import { currentDeadline, residentCan } from '../../../core/resident-actions';
import { RATING_LABELS } from '../../../core/contract/fields';
import type { OpinionDoc, OpinionEvent } from '../../model';
import { actorLabel } from './actor-label';
import { resolutionOf } from './resolution-view';

/** What happens next, in the resident's words. */
function nextStepOf(doc: OpinionDoc): { text: string; dueAt?: string } | undefined {
  const due = currentDeadline(doc);
  const withDue = (text: string) => ({ text, ...(due ? { dueAt: iso(due) } : {}) });
  switch (doc.status) {
    case 'held':
      return { text: '内容审核中,通过后分派给代表' };
    case 'submitted':
    case 'triage':
      return { text: '等待联络站工作人员分派' };
    case 'assigned':
      return withDue('等待代表受理');
    case 'accepted':
    case 'forwarded':
    case 'suggestion':
      return withDue('代表正在办理,办结前会答复您');
    case 'replied':
      return withDue('代表已答复,办结后请您评价');
    case 'need_info':
      return { text: '请按代表的要求补充情况' };
    case 'resolved':
      return { text: '已办结,请评价办理结果' };
    default:
      return undefined;
  }
}

const EXCERPT_CHARS = 40;

const iso = (d: Date | string) => new Date(d).toISOString();

function timelineOf(doc: OpinionDoc, audience: 'resident' | 'deputy'): z.infer<typeof TimelineEntry>[] {
  return doc.timeline.map((e: OpinionEvent) => ({
    at: iso(e.at),
    action: e.action,
    // Events stored before an action was listed still read in words (their status, if any).
    actionLabel: ACTION_LABELS[e.action] ?? (e.to ? STATUS_LABELS[e.to] : '办理进展'),
    actorLabel: actorLabel(e.actor, audience),
    ...(e.from ? { from: e.from } : {}),
    ...(e.to ? { to: e.to } : {}),
    ...(e.note ? { note: e.note } : {}),
  }));
}

export function toSummary(doc: OpinionDoc): z.infer<typeof OpinionSummary> {
  const chars = Array.from(doc.text);
  return {
    id: doc._id,
    trackingNo: doc.trackingNo,
    category: doc.category as z.infer<typeof OpinionSummary>['category'],
    status: doc.status,
    statusLabel: STATUS_LABELS[doc.status],
    stationName: doc.stationName,
    excerpt: chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : doc.text,
    createdAt: iso(doc.createdAt),
    updatedAt: iso(doc.updatedAt),
  };
}

type Rating = keyof typeof RATING_LABELS;

function detailOf(doc: OpinionDoc, audience: 'resident' | 'deputy', photoUrls: Record<string, string>, now: Date): z.infer<typeof OpinionDetail> {
  const last = doc.ratings?.at(-1);
  const next = nextStepOf(doc);
  const resolution = resolutionOf(doc, audience);
  return {
    ...toSummary(doc),
    text: doc.text,
    scope: doc.scope,
    scopeLabel: SCOPE_LABELS[doc.scope],
    channel: doc.channel,
    anonymous: doc.anonymous,
    stationCode: doc.stationCode,
    ...(doc.assigneeName && doc.assigneeLevelLabel
      ? { assignee: { name: doc.assigneeName, levelLabel: doc.assigneeLevelLabel } }
      : {}),
    ...(doc.guidance ? { guidance: doc.guidance } : {}),
    replies: doc.replies.map((r) => ({ at: iso(r.at), text: r.text, byLabel: `${r.byName}代表` })),
    timeline: timelineOf(doc, audience),
    photos: (audience === 'deputy' ? photosForDeputy(doc) : allPhotos(doc)).map((fileId, i) => ({ fileId, url: photoUrls[fileId] ?? '', alt: `意见附图${i + 1}` })),
    ...(doc.place ? { place: doc.place } : {}),
    ...(next ? { nextStep: next } : {}),
    ...(last
      ? {
          rating: {
            result: last.result,
            resultLabel: RATING_LABELS[last.result as Rating],
            attitude: last.attitude,
            attitudeLabel: RATING_LABELS[last.attitude as Rating],
            ...(last.comment ? { comment: last.comment } : {}),
            at: iso(last.at),
          },
        }
      : {}),
    ...(resolution ? { resolution } : {}),
    can:
      audience === 'resident'
        ? residentCan({ ...doc, now, reopenCount: doc.reopenCount })
        : { withdraw: false, addInfo: false, chase: false, rate: false },
  };
}

/** The opinion's photos and those added later, in order. */
export const allPhotos = (doc: OpinionDoc): string[] => [
  ...(doc.photos ?? []),
  ...(doc.additions ?? []).flatMap((a) => a.photos),
];

/** Photos added later that passed their image check (the only ones a deputy sees or prints). */
export const addedPhotosPassed = (doc: Pick<OpinionDoc, 'additions' | 'mediaChecks'>): string[] =>
  (doc.additions ?? []).flatMap((a) => a.photos).filter((fileId) => doc.mediaChecks?.some((c) => c.fileId === fileId && c.verdict === 'pass'));

/**
 * What a deputy sees: the opinion's own photos (it reached the deputy only once their checks,
 * or staff, cleared it) and the photos added later that passed their image check.
 */
export const photosForDeputy = (doc: OpinionDoc): string[] => [...(doc.photos ?? []), ...addedPhotosPassed(doc)];

export const toResidentDetail = (doc: OpinionDoc, photoUrls: Record<string, string>, now: Date) =>
  detailOf(doc, 'resident', photoUrls, now);

export const toInboxItem = (doc: OpinionDoc): z.infer<typeof InboxItem> => ({
  ...toSummary(doc),
  chaseCount: doc.chaseCount,
});

/** Anonymous opinions show no identity; phones are masked unless the resident allowed contact. */
export function toDeputyDetail(doc: OpinionDoc, photoUrls: Record<string, string>, now: Date): z.infer<typeof DeputyOpinionDetail> {
  const phone = doc.anonymous || !doc.phone ? undefined : doc.allowContact ? doc.phone : maskPhone(doc.phone);
  return {
    ...detailOf(doc, 'deputy', photoUrls, now),
    resident: { anonymous: doc.anonymous, ...(phone ? { phone } : {}) },
    routing: doc.routing ?? { rule: 'triage', reason: '尚未分派', notes: [] },
    chaseCount: doc.chaseCount,
  };
}
