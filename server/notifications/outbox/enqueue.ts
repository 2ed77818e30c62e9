/**
 * Builds outbox entries from notification intents and writes them. The `_id` is derived
 * from event × recipient × template, so writing the same notification twice is a duplicate
 * key and a no-op: relaying or ticking again never enqueues anything twice.
 */
import { createHash } from 'node:crypto';
import { FieldRefused, fitField } from '../../../core/message-fields';
import type { Intent } from '../../../core/notification-rules';
import { TEMPLATES, type TemplateConfig } from '../../config/templates';
import type { Ports } from '../../platform/ports';
import { addOutboxEntryOnce } from '../outbox.repo';
import type { OutboxDoc } from './outbox-doc';

export interface Recipient {
  /** Stable reference for the key: an openid, or `deputy:<id>` when there is none. */
  ref: string;
  openid?: string;
  label: string;
  /** A region office admin (standing in for a station without staff, or told as the office): their messages open the office's pages. */
  desk?: 'admin';
}

export interface EntryContext {
  eventKey: string;
  opinionId?: string;
  trackingNo?: string;
  stationCode?: string;
  stationName?: string;
  /** The page the message opens. */
  page: string;
  isAlert?: boolean;
}

export const outboxId = (key: string): string => `nt${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;

/** One entry; an entry that cannot be sent (no template, no openid, a refused value) is born dead. */
export function buildEntry(
  intent: Intent,
  recipient: Recipient,
  ctx: EntryContext,
  now: Date,
  templates: Partial<Record<string, TemplateConfig>> = TEMPLATES,
): OutboxDoc {
  const key = `${ctx.eventKey}|${recipient.ref}|${intent.template}`;
  const tpl = templates[intent.template];
  let problem: { code: number; message: string } | null = null;
  const data: OutboxDoc['data'] = {};
  const labels: OutboxDoc['labels'] = {};
  if (!tpl) problem = { code: 40037, message: `模板未配置：${intent.template}` };
  else if (!recipient.openid) problem = { code: 40003, message: `收件人未绑定微信：${recipient.label}` };
  else {
    for (const f of tpl.fields) {
      labels[f.key] = f.label;
      const raw = intent.values[f.value];
      try {
        if (raw === undefined || raw === null || raw === '') throw new FieldRefused(f.type, `no value for ${f.value}`);
        data[f.key] = { value: fitField(f.type, raw) };
      } catch (e) {
        if (!(e instanceof FieldRefused)) throw e;
        problem = { code: 47003, message: `字段不符合要求 ${f.key}: ${e.reason}` };
        break;
      }
    }
  }
  return {
    _id: outboxId(key),
    key,
    eventKey: ctx.eventKey,
    ...(ctx.opinionId ? { opinionId: ctx.opinionId } : {}),
    ...(ctx.trackingNo ? { trackingNo: ctx.trackingNo } : {}),
    ...(ctx.stationCode ? { stationCode: ctx.stationCode } : {}),
    ...(ctx.stationName ? { stationName: ctx.stationName } : {}),
    audience: intent.audience,
    openid: recipient.openid ?? '',
    recipientLabel: recipient.label,
    templateKey: intent.template,
    templateId: tpl?.templateId ?? '',
    title: tpl?.title ?? intent.template,
    page: ctx.page,
    data,
    labels,
    longTerm: tpl?.longTerm ?? false,
    channel: 'subscribe',
    state: problem ? 'dead' : 'queued',
    attempts: 0,
    nextAttemptAt: now,
    sendingSince: null,
    sentAt: null,
    lastError: problem,
    isAlert: ctx.isAlert ?? false,
    alerted: false,
    history: [{ at: now, state: problem ? 'dead' : 'queued', ...(problem ? { note: problem.message } : {}) }],
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** Writes entries; the ones already there (same key) are left alone. Returns the ids written now. */
export async function enqueue(ports: Ports, entries: readonly OutboxDoc[]): Promise<string[]> {
  const written: string[] = [];
  for (const entry of entries) {
    if (await addOutboxEntryOnce(ports, entry)) written.push(entry._id);
  }
  return written;
}
