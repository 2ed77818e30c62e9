/**
 * The "staff" cloud function's actions: station staff edit their stations, make their QR
 * codes, work the queue (triage, held, 回访, showcase), enter opinions for walk-ins, phone
 * calls and letters, keep the department directory and issue deputies' invite codes.
 * Every action is checked against the caller's own stations (users.staffStationCodes).
 */
import { z } from 'zod';
import { action } from '../define';
import {
  Category,
  FileId,
  Id,
  Level,
  OpinionText,
  Phone,
  RequestId,
  Scope,
  StationCode,
  Status,
  text,
  TrackingNo,
} from '../fields';
import { SubmitResult } from '../views';
import { cursorPaging, NextCursor } from '../paging';
import { Location, RegionCode } from './admin';
import { ReachView } from './subscription';
import { staffAttachActions } from './station-deputies';
import { caseworkActions } from './casework';
import { mergeActions } from './merge';
import { overdueActions } from './office';
import { workerSearchActions } from './search';
import { groupActions } from './similar-groups';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间应为 时：分，如 09:00' });
const DateText = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '日期应为 年-月-日' });
const SessionId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { error: '格式不正确' });
const OnDuty = z.array(Id).max(20);

export const ScheduleInput = z.strictObject({
  weekly: z.array(z.strictObject({ id: SessionId, weekday: z.number().int().min(0).max(6), start: Time, end: Time, deputyIds: OnDuty })).max(30),
  dated: z.array(z.strictObject({ id: SessionId, date: DateText, start: Time, end: Time, deputyIds: OnDuty })).max(100),
  cancelled: z.array(z.strictObject({ sessionId: SessionId, date: DateText, reason: text(60) })).max(100),
});
export const LeaveInput = z.strictObject({ from: DateText, to: DateText, reason: text(60).optional() });

export const StaffDeputy = z.object({
  id: z.string(),
  name: z.string(),
  level: Level,
  levelLabel: z.string(),
  bound: z.boolean(),
  active: z.boolean(),
  onLeaveToday: z.boolean(),
  leaves: z.array(z.object({ from: z.string(), to: z.string(), reason: z.string().optional() })),
  /** Whether the deputy receives new-case reminders (unbound: 未绑定微信). */
  reach: ReachView,
});

export const StaffStation = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  regionCode: z.string(),
  regionName: z.string(),
  retired: z.boolean(),
  deputies: z.array(StaffDeputy),
  schedule: z.object({
    weekly: z.array(z.object({ id: z.string(), weekday: z.number(), start: z.string(), end: z.string(), deputyIds: z.array(z.string()) })),
    dated: z.array(z.object({ id: z.string(), date: z.string(), start: z.string(), end: z.string(), deputyIds: z.array(z.string()) })),
    cancelled: z.array(z.object({ sessionId: z.string(), date: z.string(), reason: z.string() })),
  }),
  qrCode: z.object({ fileId: z.string(), url: z.string() }).optional(),
});

export const QUEUE_VIEWS = ['triage', 'open', 'followup', 'showcase', 'published'] as const;
export const QUEUE_VIEW_LABELS: Record<(typeof QUEUE_VIEWS)[number], string> = {
  triage: '待处理',
  open: '办理中',
  followup: '待回访',
  showcase: '可公开',
  published: '已公开',
};

export const QueueItem = z.object({
  id: z.string(),
  trackingNo: z.string(),
  stationCode: z.string(),
  stationName: z.string(),
  category: z.string(),
  status: Status,
  statusLabel: z.string(),
  channelLabel: z.string(),
  text: z.string(),
  flagged: z.boolean(),
  /** Why it is here: the routing reason, or what content security is waiting for. */
  reason: z.string(),
  createdAt: z.string(),
  /** For 回访: the phone the resident left (shown through the identity-access log, decision 0018). */
  phone: z.string().optional(),
  /** For 回访 and the showcase: the resolution's 办结说明 (for 回访 the last reply if there is none). */
  result: z.string().optional(),
  /** A case a deputy is working on (办理中): who, and whether reminders reach them (staff phone those who cannot be reached). */
  assigneeName: z.string().optional(),
  assigneeReach: ReachView.optional(),
  /** Residents who joined the case by 附议 (decision 0036); absent when none. */
  secondCount: z.number().int().optional(),
});

export const Department = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  level: Level,
  levelLabel: z.string(),
  categories: z.array(z.string()),
  name: z.string(),
  contact: z.string(),
});

/** A department of the directory, new (no id) or changed; its level must be its region's. */
export const SaveDepartment = z.strictObject({
  id: Id.optional(),
  regionCode: RegionCode,
  level: Level,
  categories: z.array(Category).min(1).max(20),
  name: text(40),
  contact: text(100),
});

/** The directory as the caller sees it, and the regions whose departments they keep (with those departments' level). */
export const DepartmentDirectory = z.object({
  items: z.array(Department),
  regions: z.array(z.object({ code: z.string(), name: z.string(), level: Level })),
});

export const DeputyPhotoReview = z.object({
  deputyId: z.string(),
  name: z.string(),
  levelLabel: z.string(),
  /** The photo under review (the decision applies to this one only). */
  fileId: z.string(),
  url: z.string(),
});

export const ENTRY_CHANNELS = ['walk_in', 'phone', 'letter', 'visit'] as const;

export const staffActions = {
  myStations: action({
    access: 'staff',
    summary: '我负责的联络站：地址、代表、接待安排、请假',
    input: z.strictObject({}),
    output: z.object({ items: z.array(StaffStation) }),
  }),
  updateStation: action({
    access: 'staff',
    summary: '修改联络站名称、地址、地图位置',
    input: z.strictObject({ code: StationCode, name: text(40).optional(), address: text(100).optional(), location: Location.optional() }),
    output: StaffStation,
  }),
  setDeputies: action({
    access: 'staff',
    // `base`: the list the page showed; the change is what differs from it (others' changes meanwhile are kept).
    summary: '设置联络站的代表（五级代表均可）',
    input: z.strictObject({ code: StationCode, deputyIds: z.array(Id).max(50), base: z.array(Id).max(50).optional() }),
    output: StaffStation,
  }),
  setSchedule: action({
    access: 'staff',
    summary: '接待安排：每周例行、单次接待、取消的场次',
    input: z.strictObject({ code: StationCode, schedule: ScheduleInput }),
    output: StaffStation,
  }),
  setLeaves: action({
    access: 'staff',
    // `base`: the leaves the page showed (a leave the deputy added meanwhile is kept).
    summary: '登记本站代表的请假',
    input: z.strictObject({
      code: StationCode,
      deputyId: Id,
      leaves: z.array(LeaveInput).max(30),
      base: z.array(LeaveInput).max(30).optional(),
    }),
    output: StaffStation,
  }),
  stationCode: action({
    access: 'staff',
    summary: '生成联络站小程序码（scene 即联络站编号）',
    input: z.strictObject({ code: StationCode }),
    output: z.object({ scene: z.string(), page: z.string(), fileId: z.string(), url: z.string() }),
  }),
  queue: action({
    access: 'staff',
    summary: '本站意见：待处理（待分派、受限类别、对代表的意见、审核中）、办理中（标出收不到提醒的代表）、待回访、可公开（分页：先提交的在前）',
    input: z.strictObject({ view: z.enum(QUEUE_VIEWS).default('triage'), code: StationCode.optional(), ...cursorPaging(20, 50) }),
    // `total`: on the first page (no cursor) only.
    output: z.object({ items: z.array(QueueItem), total: z.number().int().optional(), ...NextCursor }),
  }),
  enter: action({
    access: 'staff',
    summary: '为现场来访、电话、来信的群众代录意见',
    input: z.strictObject({
      stationCode: StationCode,
      channel: z.enum(ENTRY_CHANNELS),
      category: Category,
      scope: Scope.default('community'),
      // The resident's rule: the entry becomes the same opinion (server/opinions/staff-entry.ts).
      text: OpinionText,
      phone: Phone.optional(),
      anonymous: z.boolean().default(false),
      consentPublish: z.boolean().default(false),
      /** The staff member's statement that the resident was told what their information is used for (PIPL). */
      residentInformed: z.literal(true, { error: '：请确认已向群众说明其个人信息的用途' }),
      requestId: RequestId,
    }),
    output: SubmitResult.extend({ claimable: z.boolean() }),
  }),
  resetClaim: action({
    access: 'staff',
    summary: '解除本站一条代录意见今天的认领锁定（认领尝试过多时；群众可立即再认领）',
    input: z.strictObject({ trackingNo: TrackingNo }),
    output: z.object({ id: z.string(), trackingNo: z.string() }),
  }),
  publish: action({
    access: 'staff',
    // The result published is the case's 办结说明, redacted; staff write the title and summary.
    summary: '审核通过办结案例进入办实事成果（居民同意公开、未评不满意；办结说明与标题摘要均脱敏）',
    input: z.strictObject({ id: Id, title: text(30), summary: text(300) }),
    output: z.object({ id: z.string(), title: z.string(), summary: z.string(), result: z.string() }),
  }),
  unpublish: action({
    access: 'staff',
    summary: '撤下本站已公开的办实事成果',
    input: z.strictObject({ id: Id }),
    output: z.object({ id: z.string() }),
  }),
  deputyPhotoReviews: action({
    access: 'staff',
    summary: '本站代表待人工审核的照片（内容安全检测建议人工审核）',
    input: z.strictObject({ code: StationCode }),
    output: z.object({ items: z.array(DeputyPhotoReview) }),
  }),
  reviewDeputyPhoto: action({
    access: 'staff',
    summary: '审核本站代表的照片：通过后向居民展示，不通过则不展示',
    input: z.strictObject({ code: StationCode, deputyId: Id, fileId: FileId, approve: z.boolean() }),
    output: z.object({ deputyId: z.string(), state: z.enum(['published', 'refused']) }),
  }),
  departments: action({
    access: 'staff',
    summary: '部门目录：本站所在地区及上级地区的部门（分级分类、联系方式），可维护的是本站所在地区的',
    input: z.strictObject({}),
    output: DepartmentDirectory,
  }),
  saveDepartment: action({
    access: 'staff',
    summary: '新增或修改本站所在地区的一个部门（级别与地区一致）',
    input: SaveDepartment,
    output: Department,
  }),
  removeDepartment: action({
    access: 'staff',
    summary: '从部门目录中删除本站所在地区的一个部门',
    input: z.strictObject({ id: Id }),
    output: z.object({ id: z.string() }),
  }),
  issueInvite: action({
    access: 'staff',
    summary: '为本站代表发放一次性绑定邀请码（7天内有效）',
    input: z.strictObject({ deputyId: Id, stationCode: StationCode.optional() }),
    // `rebind`: the deputy is bound now; the code moves the binding to the account that enters it.
    output: z.object({ code: z.string(), deputyName: z.string(), expiresAt: z.string(), rebind: z.boolean().optional() }),
  }),
  ...staffAttachActions,
  // The case view and every move on a case (assign, reject, release and 回访 among them), shared with the office.
  ...caseworkActions('staff'),
  // 同类意见 and 汇总件: merging similar cases of the caller's stations (decision 0036).
  ...mergeActions('staff'),
  // 汇总整理: groups of similar cases of the caller's stations, open to merging (decision 0036).
  ...groupActions('staff'),
  // The overdue board of the caller's stations (decision 0030).
  ...overdueActions('staff'),
  // 查找意见 in the caller's stations (decision 0032).
  ...workerSearchActions('staff'),
};

