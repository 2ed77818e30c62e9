/** The "subscription" cloud function's actions: templates to ask for, and what was granted. */
import { z } from 'zod';
import { action } from '../define';
import { Paging, Phone } from '../fields';

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
  /** How it went: a subscription message (微信) or an SMS (短信). */
  channel: z.enum(['subscribe', 'sms']),
  attempts: z.number().int(),
  lastError: z.object({ code: z.number().int(), message: z.string() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter', 'acceptWithAudio'] as const;

/** Whether a person receives the reminder their work needs (staff desk, office, the person's own page). */
export const ReachView = z.object({
  reachable: z.boolean(),
  /** Plain words: 可接收提醒, 未开启提醒, 在微信设置中关闭了提醒, 未绑定微信, … */
  label: z.string(),
  /** When WeChat last took a reminder for them. */
  lastSentAt: z.string().optional(),
  /** When their grant ended. */
  endedAt: z.string().optional(),
});

/** One reminder as its person sees it: long-term ones are on or off, one-time ones count what is left. */
const ReminderItem = z.object({
  key: z.string(),
  templateId: z.string(),
  title: z.string(),
  longTerm: z.boolean(),
  on: z.boolean(),
  /** One-time templates: messages left. */
  left: z.number().int().optional(),
});

export const Reminders = z.object({
  /** The role the reminders serve (a deputy's new cases, staff's alerts; residents: their cases' progress). */
  role: z.enum(AUDIENCES),
  /** Deputies and staff: whether the reminder their work needs is on. */
  reach: ReachView.optional(),
  /** Deputies and staff: the SMS fallback (短信备用提醒) — whether this environment sends SMS, and their number, masked. */
  sms: z.object({ available: z.boolean(), phone: z.string().optional() }).optional(),
  items: z.array(ReminderItem),
});
/** A template's key in config (not its WeChat id), e.g. `opinion_progress`. */
const TemplateKey = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: '格式不正确' });

export const subscriptionActions = {
  templates: action({
    access: 'public',
    summary: '某类用户可订阅的消息模板（每次最多申请 3 个），以及本环境是否开通短信提醒',
    input: z.strictObject({ audience: z.enum(AUDIENCES) }),
    output: z.object({
      templates: z.array(
        z.object({ key: z.string(), templateId: z.string(), title: z.string(), longTerm: z.boolean() }),
      ),
      /** Whether this environment sends SMS at all (the resident's form offers 用短信通知我办理结果 only then). */
      smsAvailable: z.boolean(),
    }),
  }),
  grant: action({
    access: 'resident',
    summary: '记录 requestSubscribeMessage 的结果：每次同意增加一次发送额度',
    input: z.strictObject({
      results: z
        .record(TemplateKey, z.enum(SUBSCRIBE_RESULTS))
        .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 3, { error: '每次 1 到 3 个模板' }),
    }),
    output: z.object({ credits: z.record(z.string(), z.number().int()) }),
  }),
  credits: action({
    access: 'resident',
    summary: '我的各模板剩余发送额度（长期订阅的模板：已订阅为 1）',
    input: z.strictObject({}),
    output: z.object({ credits: z.record(z.string(), z.number().int()) }),
  }),
  reminders: action({
    access: 'resident',
    summary: '我的消息提醒：长期提醒是否开启、一次性提醒剩余次数',
    input: z.strictObject({}),
    output: Reminders,
  }),
  sync: action({
    access: 'resident',
    summary: '小程序打开时上报微信订阅设置（wx.getSetting 的 subscriptionsSetting）：在微信设置中关闭的长期提醒随之停止',
    input: z.strictObject({
      mainSwitch: z.boolean(),
      itemSettings: z
        .record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '格式不正确' }), z.enum(['accept', 'reject', 'ban']))
        .refine((r) => Object.keys(r).length <= 100, { error: '最多 100 项' }),
    }),
    output: Reminders,
  }),
  smsPhone: action({
    access: 'resident',
    summary: '代表和工作人员设置短信备用提醒号码（未开启订阅提醒时改发短信；传 null 关闭）；答复只显示打码后的号码',
    input: z.strictObject({ phone: Phone.nullable() }),
    output: z.object({
      /** The number as set, masked (138****0001); absent when none is set. */
      phone: z.string().optional(),
      /** Whether this environment sends SMS at all (off unless configured). */
      available: z.boolean(),
    }),
  }),
  missed: action({
    access: 'resident',
    summary: '因未开启提醒（长期提醒已关闭或一次性提醒已用完）而未发出的通知（小程序内角标显示）',
    input: z.strictObject({ ...Paging }),
    output: z.object({
      total: z.number().int(),
      items: z.array(z.object({ id: z.string(), title: z.string(), page: z.string(), trackingNo: z.string().optional(), at: z.string() })),
    }),
  }),
  outbox: action({
    access: 'staff',
    summary: '本站的通知发送记录（无法送达、结果不明的需要人工联系）',
    input: z.strictObject({ state: z.enum(OUTBOX_STATES).optional(), ...Paging }),
    output: z.object({ total: z.number().int(), items: z.array(OutboxItem), nextOffset: z.number().int().optional() }),
  }),
};
