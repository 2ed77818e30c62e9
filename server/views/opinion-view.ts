/** Opinions as each audience may see them. */
import type { z } from 'zod';
import type { DeputyOpinionDetail, InboxItem, OpinionDetail, OpinionSummary, TimelineEntry } from '../../core/contract';
import { STATUS_LABELS } from '../../core/opinion-status';
import { SCOPE_LABELS } from '../../core/vocabulary';
import { maskPhone } from '../../core/privacy';
import type { ActorRef, OpinionDoc, OpinionEvent } from '../model';

const ACTION_LABELS: Record<string, string> = {
  submit: '提交意见',
  route: '分派',
  accept: '受理',
  reply: '答复',
  withdraw: '撤回',
  reject: '不予受理',
  assign: '分派',
  handover: '转交其他代表',
};

const EXCERPT_CHARS = 40;

function actorLabel(actor: ActorRef, audience: 'resident' | 'deputy'): string {
  switch (actor.role) {
    case 'resident':
      return audience === 'resident' ? '我' : '居民';
    case 'deputy':
      return actor.name ? `${actor.name}代表` : '代表';
    case 'staff':
      return '联络站工作人员';
    case 'admin':
      return '人大工作人员';
    default:
      return '系统';
  }
}

const iso = (d: Date | string) => new Date(d).toISOString();

function timelineOf(doc: OpinionDoc, audience: 'resident' | 'deputy'): z.infer<typeof TimelineEntry>[] {
  return doc.timeline.map((e: OpinionEvent) => ({
    at: iso(e.at),
    action: e.action,
    actionLabel: ACTION_LABELS[e.action] ?? e.action,
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

function detailOf(doc: OpinionDoc, audience: 'resident' | 'deputy'): z.infer<typeof OpinionDetail> {
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
  };
}

export const toResidentDetail = (doc: OpinionDoc) => detailOf(doc, 'resident');

export const toInboxItem = (doc: OpinionDoc): z.infer<typeof InboxItem> => ({
  ...toSummary(doc),
  chaseCount: doc.chaseCount,
});

/** Anonymous opinions show no identity; phones are masked unless the resident allowed contact. */
export function toDeputyDetail(doc: OpinionDoc): z.infer<typeof DeputyOpinionDetail> {
  const phone = doc.anonymous || !doc.phone ? undefined : doc.allowContact ? doc.phone : maskPhone(doc.phone);
  return {
    ...detailOf(doc, 'deputy'),
    resident: { anonymous: doc.anonymous, ...(phone ? { phone } : {}) },
    routing: doc.routing,
    chaseCount: doc.chaseCount,
  };
}
