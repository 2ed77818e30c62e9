/** Reusable field schemas; every action's payload is built from these. */
import { z } from 'zod';
import { CHANNELS, LEVELS, SCOPES } from '../vocabulary';
import { CATEGORY_NAME_PATTERN, CATEGORY_NAME_RULE } from '../categories';
import { STATUSES } from '../opinion-status';
import { ROUTING_RULES } from '../route-opinion';
import { LONE_SURROGATE, normalizeText } from '../normalize-text';
import { MAX_PHOTOS, OPINION_TEXT_MAX, OPINION_TEXT_MIN, PHONE_PATTERN, RATINGS, SCENE_PATTERN, charCount, normalizePhone } from './limits';

// The limits and plain rules live without zod in limits.ts (the app's main package reads them there).
export * from './limits';

/** Control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Something that looks like markup (a tag); plain "<" and ">" are fine. */
const MARKUP = /<\s*\/?\s*[a-zA-Z][^>]*>/;

/**
 * Trimmed, non-empty plain text of at most `max` characters. Invisible characters are removed
 * and line separators made line breaks before counting (core/normalize-text.ts).
 */
export const text = (max: number) =>
  z
    .string()
    .overwrite(normalizeText)
    .trim()
    .min(1, { error: '不能为空' })
    .refine((s) => charCount(s) <= max, { error: `不能超过${max}字` })
    .refine((s) => !CONTROL.test(s), { error: '含有不可见的控制字符' })
    .refine((s) => !LONE_SURROGATE.test(s), { error: '含有无法识别的字符，请删除后重新输入' })
    .refine((s) => !MARKUP.test(s), { error: '不能包含网页代码' });

/** A resident's opinion (opinion.submit): plain text of OPINION_TEXT_MIN to OPINION_TEXT_MAX characters. */
export const OpinionText = text(OPINION_TEXT_MAX).refine((s) => s === '' || charCount(s) >= OPINION_TEXT_MIN, {
  error: `至少要写${OPINION_TEXT_MIN}个字，请写清楚是什么问题、在哪里`,
});

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '格式不正确' });
export const StationCode = z
  .string()
  .trim()
  .min(1, { error: '不能为空' })
  .max(32, { error: '不能超过32个字符' })
  .regex(SCENE_PATTERN, { error: '含有二维码不允许的字符' });
export const RequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '格式不正确' });
/** A file in cloud storage (`cloud://…`) or the local run's storage (`local://…`). */
export const FileId = z.string().regex(/^(cloud|local):\/\/[A-Za-z0-9._\/-]{1,200}$/, { error: '格式不正确' });
/**
 * A file a function generated (a PDF, an xlsx), as every action answers one: its id in storage,
 * a temporary URL to download it from, and the name to save it as. Never the bytes: a
 * callFunction answer is size-limited, and storage is closed to clients.
 */
export const FileAnswer = z.object({ fileId: z.string(), url: z.string(), fileName: z.string() });
export const Photos = z.array(FileId).max(MAX_PHOTOS, { error: `最多${MAX_PHOTOS}张` });

export const Rating = z.enum(RATINGS, { error: '请选择评价' });
export const TrackingNo = z.string().trim().regex(/^[0-9A-Z]{2,12}-\d{8}-\d{4,6}$/, { error: '格式不正确' });

/** A mobile or landline number; spaces and dashes are dropped, digits kept. */
export const Phone = z
  .string()
  .overwrite(normalizePhone)
  .regex(PHONE_PATTERN, { error: '格式不正确' });

/**
 * A category's name, by its form only: the defaults and the ones region offices add
 * (core/categories.ts). Whether the station's region has it is checked on the server.
 */
export const Category = z.string({ error: CATEGORY_NAME_RULE }).trim().regex(CATEGORY_NAME_PATTERN, { error: CATEGORY_NAME_RULE });
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
  deputyIds: '代表名单',
  leaves: '请假记录',
  base: '页面上原有的名单',
  photos: '照片',
  place: '地点',
  result: '办理结果评价',
  attitude: '服务态度评价',
  comment: '评价内容',
  trackingNo: '查询编号',
  question: '需要补充的情况',
  kind: '办结结果',
  confirm: '确认',
  version: '版本',
  latitude: '纬度',
  longitude: '经度',
  inviteCode: '邀请码',
  departmentId: '部门',
  title: '标题',
  reasons: '理由',
  proposals: '建议内容',
  opinionIds: '合并的意见',
  dueDate: '答复期限',
  answeredOn: '答复日期',
  toDeputyId: '接手代表',
  from: '开始日期',
  to: '结束日期',
  people: '接触的群众',
  summary: '活动内容',
  days: '天数',
  level: '层级',
  bio: '简介',
  specialties: '专长',
  contactPreference: '公开联系方式',
  officePhone: '办公电话',
  photo: '照片',
  residentInformed: '告知确认',
  staff: '工作人员',
  criteria: '查找条件',
  status: '办理状态',
  hint: '类别说明',
  common: '常用类别',
};
