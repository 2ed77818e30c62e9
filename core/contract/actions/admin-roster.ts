/**
 * Admin actions (issue 9): staff accounts by invite code, the deputy roster import (staged
 * under one batch, activated with one switch), and deputies whose term (届次) has ended.
 * Spread into `adminActions`; schemas here must not import from ./admin (import cycle).
 */
import { z } from 'zod';
import { action } from '../define';
import { FileAnswer, FileId, Id, IsoTime, NOTE_MAX, StationCode, text } from '../fields';
import { InviteCode } from './deputy';
import { cursorPaging, NextCursor } from '../paging';
import { ReachView } from './subscription';

export const ROSTER_BATCH_STATUSES = ['staged', 'activating', 'active', 'discarded'] as const;
export const ROSTER_BATCH_STATUS_LABELS: Record<(typeof ROSTER_BATCH_STATUSES)[number], string> = {
  staged: '待激活',
  activating: '激活中',
  active: '已激活',
  discarded: '已放弃',
};

/** Rows of a batch shown at once; the counts always cover the whole file. */
export const ROSTER_REPORT_SHOWN = 200;

export const RosterBatchView = z.object({
  id: Id,
  fileName: z.string(),
  status: z.enum(ROSTER_BATCH_STATUSES),
  statusLabel: z.string(),
  createdAt: IsoTime,
  total: z.number().int(),
  /** Deputies to add, deputies the office has that the file changes, rows that change nothing. */
  validCount: z.number().int(),
  updateCount: z.number().int(),
  unchangedCount: z.number().int(),
  problemCount: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), name: z.string(), errors: z.array(z.string()) })),
  valid: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      levelLabel: z.string(),
      homeRegionName: z.string(),
      stationCodes: z.array(z.string()),
      specialties: z.array(z.string()),
      term: z.string(),
      termEnd: z.string(),
    }),
  ),
  /** Each update with its diff (field: old → new) and what to know before activating. */
  updates: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      levelLabel: z.string(),
      homeRegionName: z.string(),
      changes: z.array(z.object({ field: z.string(), label: z.string(), from: z.string(), to: z.string() })),
      notes: z.array(z.string()),
    }),
  ),
  unchanged: z.array(z.object({ row: z.number().int(), name: z.string() })),
});

const StationRef = z.object({ code: z.string(), name: z.string() });

export const rosterActions = {
  // —— staff accounts by invite code ——
  issueStaffInvite: action({
    access: 'admin',
    summary: '为本地区联络站发放工作人员邀请码（一次性，7天内有效）',
    // `name`: who the code is for, so the office later sees the person by name (never by a WeChat id).
    input: z.strictObject({ stationCodes: z.array(StationCode).min(1, { error: '请至少选择一个联络站' }).max(20), name: text(20).optional() }),
    output: z.object({ code: z.string(), stations: z.array(StationRef), expiresAt: IsoTime }),
  }),
  staffOverview: action({
    access: 'admin',
    summary: '本地区联络站的工作人员（能否收到联络站提醒），以及未使用的工作人员邀请码',
    input: z.strictObject({}),
    output: z.object({
      // `label`: how the office names the person (their name from the invite, or what the invite recorded); `openid` only for the actions.
      staff: z.array(z.object({ openid: z.string(), label: z.string(), name: z.string().optional(), joinedAt: IsoTime.optional(), stations: z.array(StationRef), reach: ReachView })),
      openInvites: z.array(z.object({ stations: z.array(StationRef), name: z.string().optional(), expiresAt: IsoTime, issuedAt: IsoTime })),
    }),
  }),
  joinAsStaff: action({
    access: 'resident',
    summary: '工作人员用邀请码开通联络站工作台',
    input: z.strictObject({ inviteCode: InviteCode }),
    output: z.object({ stations: z.array(StationRef) }),
  }),

  // —— deputy roster import ——
  rosterTemplate: action({
    access: 'admin',
    summary: '代表名册模板（Excel，含填写示例）',
    input: z.strictObject({}),
    output: FileAnswer,
  }),
  stageRoster: action({
    access: 'admin',
    summary: '上传代表名册（.xlsx/.csv）：逐行检查，暂存为一批，待激活',
    input: z.strictObject({ fileId: FileId, fileName: text(100) }),
    output: RosterBatchView,
  }),
  rosterBatches: action({
    access: 'admin',
    summary: '本地区的名册导入批次（分页：最新的在前）',
    input: z.strictObject({ ...cursorPaging(20, 50) }),
    output: z.object({ items: z.array(RosterBatchView.omit({ problems: true, valid: true, updates: true, unchanged: true })), ...NextCursor }),
  }),
  rosterBatch: action({
    access: 'admin',
    summary: '一批名册的逐行检查结果',
    input: z.strictObject({ id: Id }),
    output: RosterBatchView,
  }),
  activateRoster: action({
    access: 'admin',
    summary: '激活一批名册：检查通过的代表一起生效（有误的行跳过）',
    input: z.strictObject({ id: Id }),
    output: RosterBatchView,
  }),
  discardRoster: action({
    access: 'admin',
    summary: '放弃一批未激活的名册',
    input: z.strictObject({ id: Id }),
    output: RosterBatchView,
  }),

  // —— binding deputies ——
  issueDeputyInvite: action({
    access: 'admin',
    summary: '为本地区的代表发放一次性绑定邀请码（7天内有效）；已绑定的代表凭新邀请码换绑微信，原微信随即解除',
    input: z.strictObject({ deputyId: Id }),
    // `rebind`: the deputy is bound now; the code moves the binding to the account that enters it.
    output: z.object({ code: z.string(), deputyName: z.string(), expiresAt: IsoTime, rebind: z.boolean() }),
  }),

  // —— terms that ended ——
  endedTerms: action({
    access: 'admin',
    summary: '任期届满的代表及其未办结的意见（待转交）',
    input: z.strictObject({}),
    output: z.object({
      deputies: z.array(z.object({ id: Id, name: z.string(), levelLabel: z.string(), termEnd: z.string(), openOpinions: z.number().int() })),
      opinions: z.array(
        z.object({
          id: Id,
          trackingNo: z.string(),
          statusLabel: z.string(),
          category: z.string(),
          stationCode: z.string(),
          stationName: z.string(),
          deputyId: Id,
          deputyName: z.string(),
          createdAt: IsoTime,
          overdue: z.boolean(),
        }),
      ),
    }),
  }),
  staffEndedTerms: action({
    access: 'staff',
    summary: '本站任期届满代表未办结的意见，及可接手的在任代表',
    input: z.strictObject({}),
    output: z.object({
      items: z.array(
        z.object({
          id: Id,
          trackingNo: z.string(),
          statusLabel: z.string(),
          category: z.string(),
          stationName: z.string(),
          deputyName: z.string(),
          termEnd: z.string(),
          overdue: z.boolean(),
          targets: z.array(z.object({ id: Id, name: z.string(), levelLabel: z.string() })),
        }),
      ),
    }),
  }),
  handOverEnded: action({
    access: 'staff',
    summary: '把任期届满代表的意见转交给本站在任代表（承办人变，状态和期限不变）',
    input: z.strictObject({ id: Id, toDeputyId: Id, reason: text(NOTE_MAX) }),
    output: z.object({ id: Id, assigneeName: z.string() }),
  }),
};
