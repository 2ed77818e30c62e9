/**
 * The local stand-in for WeChat's `subscribeMessage.send`. It enforces what WeChat enforces,
 * with WeChat's error codes: known template ids (40037), a valid openid (40003), a page of
 * the mini-program (41030), every field of the template present and within its type's rule
 * (47003, naming the field), and — like WeChat, which keeps consent itself — only what the
 * user's consent allows (43101): one message per one-time acceptance, and long-term messages
 * while the grant stands and the settings leave it on. Consent is read from WeChat's own record
 * (wx-subscriptions.ts), never from the app's ledger. Every delivered message is kept in the
 * `local_messages` collection of the store, for the messages page and tests. It can be told
 * to fail: the next N sends, a share of sends at random, or every send.
 */
import { OpenApiError, type SubscribeMessageInput } from '../../server/platform/openapi/port';
import { MINIPROGRAM_PAGES } from '../../server/config/pages';
import type { TemplateConfig } from '../../server/config/templates';
import type { FieldType } from '../../core/message-fields';
import type { SqliteStore } from '../sqlite-store';
import type { LocalWxSubscriptions } from './wx-subscriptions';

export const MESSAGES_COLLECTION = 'local_messages';

export interface DeliveredMessage {
  _id: string;
  touser: string;
  templateId: string;
  templateKey: string;
  title: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState: string;
  at: Date;
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;
const chars = (s: string) => Array.from(s);

/** WeChat's own rule per field type (PLATFORM.md), stricter than the server's fitting where unsure. */
const RULES: Record<FieldType, (v: string) => boolean> = {
  thing: (v) => chars(v).length <= 20 && !/[\p{Extended_Pictographic}<>]/u.test(v),
  name: (v) => (/^[A-Za-z·. ]+$/.test(v) ? v.length <= 20 : chars(v).length <= 10 && /^[\p{Script=Han}A-Za-z·. ]+$/u.test(v)),
  phrase: (v) => /^\p{Script=Han}{1,5}$/u.test(v),
  character_string: (v) => /^[0-9A-Za-z_-]{1,32}$/.test(v),
  number: (v) => /^\d+(\.\d+)?$/.test(v) && v.replace('.', '').length <= 32,
  phone_number: (v) => /^\+?[0-9-]{1,17}$/.test(v),
  time: (v) => /^(\d{4}年\d{1,2}月\d{1,2}日 )?\d{1,2}:\d{2}(~.+)?$/.test(v),
  date: (v) => /^\d{4}年\d{1,2}月\d{1,2}日(~.+)?$/.test(v),
};

export type Fault =
  | { kind: 'next'; count: number; errCode: number }
  | { kind: 'rate'; share: number; errCode: number; random: () => number }
  | { kind: 'always'; errCode: number };

export class LocalSubscribeMessage {
  private faults: Fault[] = [];
  private seq = 0;
  /** Every call, delivered or refused (for tests). */
  attempts = 0;

  constructor(
    private readonly store: SqliteStore,
    private readonly templates: () => Record<string, TemplateConfig>,
    private readonly consent: LocalWxSubscriptions,
  ) {}

  private ensureCollection(): void {
    if (!this.store.hasCollection(MESSAGES_COLLECTION)) this.store.createCollection(MESSAGES_COLLECTION, []);
  }

  /** The next `count` sends fail with `errCode` (default -1, "system busy": transient). */
  failNext(count: number, errCode = -1): void {
    this.faults.push({ kind: 'next', count, errCode });
  }

  /** A share (0–1) of sends fails with `errCode`, drawn from `random`. */
  failRate(share: number, errCode = -1, random: () => number = Math.random): void {
    this.faults.push({ kind: 'rate', share, errCode, random });
  }

  /** Every send fails with `errCode` until `reset()`. */
  failAlways(errCode: number): void {
    this.faults.push({ kind: 'always', errCode });
  }

  reset(): void {
    this.faults = [];
  }

  private injectedFault(): number | undefined {
    for (const f of this.faults) {
      if (f.kind === 'always') return f.errCode;
      if (f.kind === 'next' && f.count > 0) {
        f.count--;
        return f.errCode;
      }
      if (f.kind === 'rate' && f.random() < f.share) return f.errCode;
    }
    return undefined;
  }

  messages(touser?: string): DeliveredMessage[] {
    this.ensureCollection();
    const all = this.store.scan(MESSAGES_COLLECTION, []) as unknown as DeliveredMessage[];
    return all.filter((m) => !touser || m.touser === touser).sort((a, b) => +new Date(a.at) - +new Date(b.at) || a._id.localeCompare(b._id));
  }

  async send(input: SubscribeMessageInput, now: Date = new Date()): Promise<void> {
    this.attempts++;
    const fault = this.injectedFault();
    if (fault !== undefined) throw new OpenApiError(fault, fault === -1 ? 'system error' : 'injected failure');
    if (!OPENID.test(input.touser)) throw new OpenApiError(40003, 'invalid openid');
    const tpl = Object.values(this.templates()).find((t) => t.templateId === input.templateId);
    if (!tpl) throw new OpenApiError(40037, 'invalid template_id');
    const [path] = input.page.split('?');
    if (input.page.startsWith('/') || !(MINIPROGRAM_PAGES as readonly string[]).includes(path)) {
      throw new OpenApiError(41030, 'invalid page');
    }
    for (const f of tpl.fields) {
      const value = input.data[f.key]?.value;
      if (value === undefined || value === '') throw new OpenApiError(47003, `argument invalid! data.${f.key}.value is empty`);
      if (!RULES[f.type](value)) throw new OpenApiError(47003, `argument invalid! data.${f.key}.value invalid`);
    }
    this.ensureCollection();
    if (!this.consent.mayDeliver(input.touser, tpl)) throw new OpenApiError(43101, 'user refuse to accept the msg');
    const msg: DeliveredMessage = {
      _id: `msg-${now.getTime().toString(36)}-${(++this.seq).toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
      touser: input.touser,
      templateId: input.templateId,
      templateKey: tpl.key,
      title: tpl.title,
      page: input.page,
      data: input.data,
      miniprogramState: input.miniprogramState,
      at: now,
    };
    this.store.insert(MESSAGES_COLLECTION, msg as unknown as Record<string, unknown> & { _id: string });
    this.consent.consume(input.touser, tpl, now);
  }
}
