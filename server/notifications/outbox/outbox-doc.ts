/**
 * The outbox (docs/decisions/0005-notification-outbox.md): every notification is written
 * here first, under a key per event × recipient × template, and sent afterwards.
 *
 *   queued → sending → sent
 *                    → failed (retried with backoff; after MAX_ATTEMPTS → dead)
 *                    → skipped (no credit: never attempted; the in-app badge carries it)
 *                    → dead (WeChat refused for good, or it could not be built)
 *                    → unknown (stopped after `sending` was recorded; never resent automatically)
 *
 * Channels: a subscription message (`subscribe`, also what an entry without `channel` is), or —
 * when the recipient has no working grant, SMS is configured, the template has `smsFallback` and
 * the recipient gave a phone for it — an SMS (`sms`, server/config/sms.ts): the same claim and the
 * same states, recorded on the entry before the SMS is attempted; its retries stay SMS.
 */
import type { Audience, TemplateKey } from '../../../core/notification-rules';

export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'skipped', 'dead', 'unknown'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_CHANNELS = ['subscribe', 'sms'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

/** States a sender may pick up. */
export const SENDABLE: readonly OutboxState[] = ['queued', 'failed'];
/** States staff must see (and are told about once). */
export const PROBLEM_STATES: readonly OutboxState[] = ['dead', 'unknown'];

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  queued: '待发送',
  sending: '发送中',
  sent: '已送达',
  failed: '失败待重试',
  skipped: '未发送（对方未开启此提醒）',
  dead: '无法送达',
  unknown: '结果不明',
};

export interface OutboxHistoryEntry {
  at: Date;
  state: OutboxState;
  note?: string;
}

export interface OutboxDoc {
  _id: string;
  /** The readable key the id is derived from: `<event key>|<recipient>|<template>`. */
  key: string;
  eventKey: string;
  opinionId?: string;
  trackingNo?: string;
  stationCode?: string;
  stationName?: string;
  audience: Audience;
  /** Empty when the recipient could not be resolved (then the entry is dead). */
  openid: string;
  recipientLabel: string;
  templateKey: TemplateKey | string;
  templateId: string;
  title: string;
  page: string;
  data: Record<string, { value: string }>;
  /** Field labels as the phone shows them, for the local messages page and staff. */
  labels: Record<string, string>;
  longTerm: boolean;
  /** How it goes: absent on entries written before the SMS fallback (= subscribe). */
  channel?: OutboxChannel;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: Date;
  sendingSince: Date | null;
  sentAt: Date | null;
  lastError: { code: number; message: string } | null;
  /** A staff alert about another entry: never itself the subject of an alert. */
  isAlert: boolean;
  /** Staff have been told about this dead or unknown entry. */
  alerted: boolean;
  history: OutboxHistoryEntry[];
  /** The sender page that claimed it last (sendPage): its later writes are conditional on it. */
  claim?: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
