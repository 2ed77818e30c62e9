/** Reusable field schemas; every action's payload is built from these. */
import { z } from 'zod';
import { CATEGORIES, CHANNELS, LEVELS, SCOPES } from '../vocabulary';
import { STATUSES } from '../opinion-status';
import { ROUTING_RULES } from '../route-opinion';

export const OPINION_TEXT_MAX = 1000;
export const REPLY_TEXT_MAX = 1000;
export const NOTE_MAX = 200;

/** Characters WeChat allows in a QR `scene` (PLATFORM.md); station codes use a subset. */
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

/** Length in characters as people count them (code points, so an emoji is one). */
export const charCount = (s: string): number => Array.from(s).length;

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: '不能为空' })
    .refine((s) => charCount(s) <= max, { error: `不能超过${max}字` });

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '格式不正确' });
export const StationCode = z
  .string()
  .trim()
  .min(1, { error: '不能为空' })
  .max(32, { error: '不能超过32个字符' })
  .regex(SCENE_PATTERN, { error: '含有二维码不允许的字符' });
export const RequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '格式不正确' });
export const Phone = z.string().regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, { error: '格式不正确' });

export const Category = z.enum(CATEGORIES, { error: '不在可选列表中' });
export const Scope = z.enum(SCOPES, { error: '不在可选范围内' });
export const Level = z.enum(LEVELS);
export const Channel = z.enum(CHANNELS);
export const Status = z.enum(STATUSES);
export const RoutingRule = z.enum(ROUTING_RULES);
export const IsoTime = z.string();

export const Paging = {
  offset: z.number().int().min(0).max(100000).default(0),
  limit: z.number().int().min(1).max(50).default(20),
};

/** Names shown in messages about a field. */
export const FIELD_LABELS: Record<string, string> = {
  code: '联络站编号',
  stationCode: '联络站编号',
  category: '意见类别',
  scope: '问题范围',
  text: '内容',
  anonymous: '匿名选项',
  phone: '联系电话',
  allowContact: '联系授权',
  consentPublish: '公开授权',
  chosenDeputyId: '所选代表',
  requestId: '请求编号',
  id: '编号',
  note: '备注',
  reason: '原因',
  offset: '分页位置',
  limit: '每页条数',
  tab: '分类',
  regionCode: '地区编号',
  deputyId: '代表',
};
