/** The "subscription" cloud function's actions: templates to ask for, and what was granted. */
import { z } from 'zod';
import { action } from '../define';
import { Paging } from '../fields';

export const AUDIENCES = ['resident', 'deputy', 'staff'] as const;
export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'skipped', 'dead', 'unknown'] as const;

/** A notification as staff see it in the outbox. */
export const OutboxItem = z.object({
  id: z.string(),
  title: z.string(),
  recipientLabel: z.string(),
  trackingNo: z.string().optional(),
  stationName: z.string().optional(),
  state: z.enum(OUTBOX_STATES),
  stateLabel: z.string(),
  attempts: z.number().int(),
  lastError: z.object({ code: z.number().int(), message: z.string() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter', 'acceptWithAudio'] as const;
/** A template's key in config (not its WeChat id), e.g. `opinion_progress`. */
const TemplateKey = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: '格式不正确' });

export const subscriptionActions = {
  templates: action({
    access: 'public',
    summary: '某类用户可订阅的消息模板(每次最多申请 3 个)',
    input: z.strictObject({ audience: z.enum(AUDIENCES) }),
    output: z.object({
      templates: z.array(
        z.object({ key: z.string(), templateId: z.string(), title: z.string(), longTerm: z.boolean() }),
      ),
    }),
  }),
  grant: action({
    access: 'resident',
    summary: '记录 requestSubscribeMessage 的结果:每次同意增加一次发送额度',
    input: z.strictObject({
      results: z
        .record(TemplateKey, z.enum(SUBSCRIBE_RESULTS))
        .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 3, { error: '每次 1 到 3 个模板' }),
    }),
    output: z.object({ credits: z.record(z.string(), z.number().int()) }),
  }),
  credits: action({
    access: 'resident',
    summary: '我的各模板剩余发送额度(长期订阅的模板:已订阅为 1)',
    input: z.strictObject({}),
    output: z.object({ credits: z.record(z.string(), z.number().int()) }),
  }),
  missed: action({
    access: 'resident',
    summary: '因没有订阅额度而未发出的通知(小程序内角标显示)',
    input: z.strictObject({ ...Paging }),
    output: z.object({
      total: z.number().int(),
      items: z.array(z.object({ id: z.string(), title: z.string(), page: z.string(), trackingNo: z.string().optional(), at: z.string() })),
    }),
  }),
  outbox: action({
    access: 'staff',
    summary: '本站的通知发送记录(无法送达、结果不明的需要人工联系)',
    input: z.strictObject({ state: z.enum(OUTBOX_STATES).optional(), ...Paging }),
    output: z.object({ total: z.number().int(), items: z.array(OutboxItem), nextOffset: z.number().int().optional() }),
  }),
};
