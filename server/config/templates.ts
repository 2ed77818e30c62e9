/**
 * Subscription-message templates: the only place their WeChat ids and field layouts live.
 * The ids in the repository are placeholders; the real ones (from the WeChat admin console,
 * 订阅消息 → 我的模板) come from the environment as WX_TMPL_<KEY>, e.g. WX_TMPL_OPINION_NEW.
 * Validated when loaded: a malformed template fails the function at start.
 *
 * Kinds (decision 0027): deputies' and staff's templates are long-term (长期订阅, open to 政务民生
 * services): one acceptance is a standing grant until the user turns it off or a send answers
 * 43101. Residents' templates are one-time: each acceptance is worth one message. An account
 * that was not granted a long-term template declares it one-time with WX_TMPL_<KEY>_KIND=once.
 */
import { z } from 'zod';
import { FIELD_TYPES } from '../../core/message-fields';
import { TEMPLATE_KEYS, VALUE_NAMES, type TemplateKey } from '../../core/notification-rules';

const TemplateField = z.strictObject({
  /** The field's key in WeChat's template, e.g. `thing3`; its type is the key without the number. */
  key: z.string().regex(/^[a-z_]+\d{1,2}$/),
  type: z.enum(FIELD_TYPES),
  /** Which value of the notification goes here (core/notification-rules.ts). */
  value: z.enum(VALUE_NAMES),
  /** The field's name as WeChat shows it above the value. */
  label: z.string().min(1).max(10),
});

const Template = z
  .strictObject({
    key: z.enum(TEMPLATE_KEYS),
    templateId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    title: z.string().min(1).max(20),
    audience: z.enum(['resident', 'deputy', 'staff']),
    /** Long-term (长期订阅, 政务民生 only): one acceptance allows many sends. */
    longTerm: z.boolean(),
    /** Worth an SMS when the recipient has no working grant (server/config/sms.ts; off unless configured). */
    smsFallback: z.boolean(),
    fields: z.array(TemplateField).min(1).max(5),
  })
  .refine((t) => t.fields.every((f) => f.key.replace(/\d+$/, '') === f.type), { error: 'a field key must start with its type' });

export type TemplateConfig = z.infer<typeof Template>;

type Env = Record<string, string | undefined>;

const idFor = (key: TemplateKey, env: Env) =>
  env[`WX_TMPL_${key.toUpperCase()}`] ?? `LOCAL_TMPL_${key.toUpperCase()}`;

/** The declared kind, unless the environment says otherwise (WX_TMPL_<KEY>_KIND=once|long). */
function kindFor(key: TemplateKey, declared: boolean, env: Env): boolean {
  const v = env[`WX_TMPL_${key.toUpperCase()}_KIND`];
  if (v === undefined || v === '') return declared;
  if (v === 'once' || v === 'long') return v === 'long';
  throw new Error(`WX_TMPL_${key.toUpperCase()}_KIND must be "once" or "long", not "${v}"`);
}

export function loadTemplates(env: Env = process.env): Record<TemplateKey, TemplateConfig> {
  const t = (key: TemplateKey, rest: Omit<TemplateConfig, 'key' | 'templateId'>) =>
    Template.parse({ key, templateId: idFor(key, env), ...rest, longTerm: kindFor(key, rest.longTerm, env) });
  return {
    opinion_new: t('opinion_new', {
      title: '新意见待受理提醒',
      audience: 'deputy',
      longTerm: true,
      smsFallback: true,
      fields: [
        { key: 'character_string1', type: 'character_string', value: 'trackingNo', label: '查询编号' },
        { key: 'thing2', type: 'thing', value: 'summary', label: '意见内容' },
        { key: 'thing3', type: 'thing', value: 'stationName', label: '联络站' },
        { key: 'time4', type: 'time', value: 'at', label: '分派时间' },
        { key: 'time5', type: 'time', value: 'dueAt', label: '受理期限' },
      ],
    }),
    opinion_update: t('opinion_update', {
      title: '意见动态提醒',
      audience: 'deputy',
      longTerm: true,
      smsFallback: false,
      fields: [
        { key: 'character_string1', type: 'character_string', value: 'trackingNo', label: '查询编号' },
        { key: 'thing2', type: 'thing', value: 'note', label: '最新动态' },
        { key: 'thing3', type: 'thing', value: 'summary', label: '意见内容' },
        { key: 'time4', type: 'time', value: 'at', label: '时间' },
      ],
    }),
    deadline_reminder: t('deadline_reminder', {
      title: '办理期限提醒',
      audience: 'deputy',
      longTerm: true,
      smsFallback: true,
      fields: [
        { key: 'character_string1', type: 'character_string', value: 'trackingNo', label: '查询编号' },
        { key: 'phrase2', type: 'phrase', value: 'statusPhrase', label: '当前状态' },
        { key: 'thing3', type: 'thing', value: 'note', label: '提醒事项' },
        { key: 'time4', type: 'time', value: 'dueAt', label: '截止时间' },
      ],
    }),
    opinion_progress: t('opinion_progress', {
      title: '意见办理进度通知',
      audience: 'resident',
      longTerm: false,
      smsFallback: false,
      fields: [
        { key: 'character_string1', type: 'character_string', value: 'trackingNo', label: '查询编号' },
        { key: 'phrase2', type: 'phrase', value: 'statusPhrase', label: '办理状态' },
        { key: 'thing3', type: 'thing', value: 'note', label: '办理说明' },
        { key: 'time4', type: 'time', value: 'at', label: '更新时间' },
      ],
    }),
    opinion_result: t('opinion_result', {
      title: '意见办结通知',
      audience: 'resident',
      longTerm: false,
      smsFallback: true,
      fields: [
        { key: 'character_string1', type: 'character_string', value: 'trackingNo', label: '查询编号' },
        { key: 'phrase2', type: 'phrase', value: 'statusPhrase', label: '办理状态' },
        { key: 'thing3', type: 'thing', value: 'note', label: '办理结果' },
        { key: 'time4', type: 'time', value: 'at', label: '办结时间' },
      ],
    }),
    staff_alert: t('staff_alert', {
      title: '联络站工作提醒',
      audience: 'staff',
      longTerm: true,
      smsFallback: true,
      fields: [
        { key: 'thing1', type: 'thing', value: 'note', label: '提醒事项' },
        { key: 'character_string2', type: 'character_string', value: 'trackingNo', label: '查询编号' },
        { key: 'thing3', type: 'thing', value: 'stationName', label: '联络站' },
        { key: 'time4', type: 'time', value: 'at', label: '时间' },
      ],
    }),
    staff_digest: t('staff_digest', {
      title: '每日待办汇总',
      audience: 'staff',
      longTerm: true,
      smsFallback: false,
      fields: [
        { key: 'thing1', type: 'thing', value: 'note', label: '汇总事项' },
        { key: 'number2', type: 'number', value: 'overdueCount', label: '超期意见' },
        { key: 'number3', type: 'number', value: 'triageCount', label: '待分派' },
        { key: 'date4', type: 'date', value: 'at', label: '日期' },
      ],
    }),
  };
}

/** Loaded once at start. */
export const TEMPLATES = loadTemplates();
