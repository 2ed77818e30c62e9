/** Opinions as each audience may see them. */
import type { z } from 'zod';
import type { DeputyOpinionDetail, InboxItem, OpinionDetail, OpinionSummary, TimelineEntry } from '../../../core/contract';
import { ACTION_LABELS } from '../../../core/opinion-events';
import { STATUS_LABELS } from '../../../core/opinion-status';
import { RESIDENT_ACTION_LABELS, RESIDENT_STATUS_LABELS } from '../../../core/resident-words';
import { SCOPE_LABELS } from '../../../core/vocabulary';
import { maskPhone } from '../../../core/privacy';
import { currentDeadline, residentCan } from '../../../core/resident-actions';
import { RATING_LABELS } from '../../../core/contract/fields';
import type { OpinionDoc, OpinionEvent } from '../../model';
import { actorLabel } from './actor-label';
import { conversationOf } from './conversation-view';
import { resolutionOf } from './resolution-view';

/** What happens next, as a deputy reads it. */
function nextStepOf(doc: OpinionDoc): { text: string; dueAt?: string } | undefined {
  const due = currentDeadline(doc);
  const withDue = (text: string) => ({ text, ...(due ? { dueAt: iso(due) } : {}) });
  switch (doc.status) {
    case 'held':
      return { text: '内容审核中，通过后分派给代表' };
    case 'submitted':
    case 'triage':
      return { text: '等待联络站工作人员分派' };
    case 'assigned':
      return withDue('等待代表受理');
    case 'accepted':
    case 'forwarded':
    case 'suggestion':
      return withDue('代表正在办理，办结前会答复您');
    case 'replied':
      return withDue('代表已答复，办结后请您评价');
    case 'need_info':
      return { text: '请按代表的要求补充情况' };
    case 'resolved':
      return { text: '已办结，请评价办理结果' };
    default:
      return undefined;
  }
}

/** What happens next, in the resident's words: who has it and by when, never how it was routed. */
function residentNextStep(doc: OpinionDoc): { text: string; dueAt?: string } | undefined {
  const due = currentDeadline(doc);
  const withDue = (text: string) => ({ text, ...(due ? { dueAt: iso(due) } : {}) });
  switch (doc.status) {
    case 'held':
      return { text: '内容审核中，审核通过后转给代表' };
    case 'submitted':
    case 'triage':
      return { text: doc.guidance ? '联络站工作人员会登记，并告诉您该向哪里反映' : '联络站工作人员会尽快转给合适的代表' };
    case 'assigned':
      return withDue(doc.assigneeName ? `等待${doc.assigneeName}代表受理` : '等待代表受理');
    case 'accepted':
    case 'forwarded':
    case 'suggestion':
      return withDue(handledBy(doc) ? `${handledBy(doc)}正在办理，办结前会答复您` : '代表正在办理，办结前会答复您');
    case 'replied':
      return withDue(handledBy(doc) ? `${handledBy(doc)}已答复，办结后请您评价` : '代表已答复，办结后请您评价');
    case 'need_info':
      return { text: '请按代表的要求补充情况' };
    case 'resolved':
      return { text: '已办结：请看办理结果，然后评价' };
    default:
      return undefined;
  }
}

/** Staff or the office handling the case themselves (工作人员直接办理), as the resident reads it; undefined when a deputy has it. */
const handledBy = (doc: OpinionDoc): string | undefined => (doc.handler && !doc.assigneeDeputyId ? doc.handler.name : undefined);

/** The resident's words for a status; a case staff handle reads as theirs, not a deputy's. */
const HANDLED_STATUS_LABELS: Partial<Record<OpinionDoc['status'], string>> = { accepted: '工作人员办理中', replied: '工作人员已答复' };

/** `李红梅代表(岳麓区人大代表)` */
const deputyNamed = (name: string, title: string | undefined) => `${name}代表${title ? `（${title}）` : ''}`;

const EXCERPT_CHARS = 40;

const iso = (d: Date | string) => new Date(d).toISOString();

function timelineOf(doc: OpinionDoc, audience: 'resident' | 'deputy', assigneeTitle?: string): z.infer<typeof TimelineEntry>[] {
  const resident = audience === 'resident';
  // The event that gave the case to its present deputy: the resident reads who has it, not why.
  const gaveTo = resident && doc.assigneeName ? lastIndexWhere(doc.timeline, (e) => (e.action === 'route' || e.action === 'assign') && e.to === 'assigned') : -1;
  const later = gaveTo >= 0 && doc.timeline.slice(gaveTo + 1).some((e) => e.action === 'handover' || e.action === 'assign');
  const entries = doc.timeline.map((e: OpinionEvent, i) => {
    // Events stored before an action was listed still read in words (their status, if any).
    const label = ACTION_LABELS[e.action] ?? (e.to ? STATUS_LABELS[e.to] : '办理进展');
    const routing = e.action === 'route' || e.action === 'assign';
    const note = !resident || !routing ? e.note : i === gaveTo && !later ? `已转给${deputyNamed(doc.assigneeName!, assigneeTitle)}` : undefined;
    return {
      at: iso(e.at),
      action: e.action,
      actionLabel: !resident ? label : e.action === 'route' && e.to === 'triage' ? '转交联络站工作人员' : (RESIDENT_ACTION_LABELS[e.action] ?? label),
      actorLabel: actorLabel(e.actor, audience),
      ...(e.from ? { from: e.from } : {}),
      ...(e.to ? { to: e.to } : {}),
      ...(note ? { note } : {}),
    };
  });
  // The day-before reminder is the deputy's nudge, not news for the resident.
  return resident ? entries.filter((e) => !HIDDEN_FROM_RESIDENTS.has(e.action)) : entries;
}

const HIDDEN_FROM_RESIDENTS: ReadonlySet<string> = new Set(['due_remind']);

function lastIndexWhere<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
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
    // 附议 (decision 0036): residents who joined the case; shown to its resident, deputy and staff.
    ...(doc.secondCount ? { secondCount: doc.secondCount } : {}),
  };
}

/** The resident's list: their words for the status. */
export const toResidentSummary = (doc: OpinionDoc): z.infer<typeof OpinionSummary> => ({
  ...toSummary(doc),
  statusLabel: (handledBy(doc) && HANDLED_STATUS_LABELS[doc.status]) || RESIDENT_STATUS_LABELS[doc.status],
});

type Rating = keyof typeof RATING_LABELS;

function detailOf(
  doc: OpinionDoc,
  audience: 'resident' | 'deputy',
  photoUrls: Record<string, string>,
  now: Date,
  assigneeTitle?: string,
): z.infer<typeof OpinionDetail> {
  const last = doc.ratings?.at(-1);
  const resident = audience === 'resident';
  const next = resident ? residentNextStep(doc) : nextStepOf(doc);
  const resolution = resolutionOf(doc, audience);
  return {
    ...(resident ? toResidentSummary(doc) : toSummary(doc)),
    text: doc.text,
    scope: doc.scope,
    scopeLabel: SCOPE_LABELS[doc.scope],
    channel: doc.channel,
    anonymous: doc.anonymous,
    stationCode: doc.stationCode,
    ...(doc.assigneeName && doc.assigneeLevelLabel
      ? { assignee: { name: doc.assigneeName, levelLabel: doc.assigneeLevelLabel, ...(assigneeTitle ? { title: assigneeTitle } : {}) } }
      : {}),
    ...(doc.guidance ? { guidance: doc.guidance } : {}),
    replies: doc.replies.map((r) => ({ at: iso(r.at), text: r.text, byLabel: r.by ? r.byName : `${r.byName}代表` })),
    timeline: timelineOf(doc, audience, assigneeTitle),
    photos: (audience === 'deputy' ? photosForDeputy(doc) : casePhotos(doc)).map((fileId, i) => ({ fileId, url: photoUrls[fileId] ?? '', alt: `意见附图${i + 1}` })),
    // A follow-up's photos are shown with it; a deputy's view carries only those that passed their check.
    conversation: conversationOf(doc, audience, (fileId) =>
      audience === 'resident' || passedCheck(doc, fileId) ? (photoUrls[fileId] ?? '') : undefined,
    ),
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

/** The opinion's photos and those added when asked, in order: a follow-up message shows its own with it. */
const casePhotos = (doc: OpinionDoc): string[] => [
  ...(doc.photos ?? []),
  ...(doc.additions ?? []).filter((a) => a.kind !== 'message').flatMap((a) => a.photos),
];

const passedCheck = (doc: Pick<OpinionDoc, 'mediaChecks'>, fileId: string) =>
  Boolean(doc.mediaChecks?.some((c) => c.fileId === fileId && c.verdict === 'pass'));

/** Photos added later that passed their image check (the only ones a deputy sees or prints). */
export const addedPhotosPassed = (doc: Pick<OpinionDoc, 'additions' | 'mediaChecks'>): string[] =>
  (doc.additions ?? []).flatMap((a) => a.photos).filter((fileId) => passedCheck(doc, fileId));

/**
 * What a deputy sees with the opinion: its own photos (it reached the deputy only once their
 * checks, or staff, cleared it) and the photos added when asked that passed their image check.
 */
export const photosForDeputy = (doc: OpinionDoc): string[] => [
  ...(doc.photos ?? []),
  ...addedPhotosPassed({ ...doc, additions: (doc.additions ?? []).filter((a) => a.kind !== 'message') }),
];

/**
 * The resident's detail: their words for the status, the timeline and what comes next, and the
 * deputy named from the region (`assigneeTitle`, when the regions were read with the opinion).
 */
export const toResidentDetail = (doc: OpinionDoc, photoUrls: Record<string, string>, now: Date, assigneeTitle?: string) =>
  detailOf(doc, 'resident', photoUrls, now, assigneeTitle);

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
