/**
 * The "admin" cloud function's actions. Stations and staff (issue 8) are grouped first; a
 * region admin acts on their region and everything below it, nothing beside it.
 * Other admin actions (dashboard, exports) go in their own group below.
 */
import { z } from 'zod';
import { action } from '../define';
import { Id, StationCode, text } from '../fields';
import { dashboardActions } from './admin-dashboard';
import { campaignActions } from './admin-campaign';
import { rosterActions } from './admin-roster';
import { adminAttachActions } from './station-deputies';
import { caseworkActions } from './casework';
import { mergeActions } from './merge';
import { adminCategoryActions } from './admin-categories';
import { officeQueueActions, overdueActions } from './office';
import { workerSearchActions } from './search';
import { groupActions, hotTopicActions } from './similar-groups';
import { oversightActions } from './admin-oversight';
import { adminSuggestionActions } from './suggestions';

/** New station codes: short, stable, and safe as a QR `scene` (a subset of its characters). */
export const NewStationCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, { error: '应为2到16位大写字母、数字或短横线' });
export const RegionCode = z.string().regex(/^[0-9A-Z]{2,12}$/, { error: '格式不正确' });
export const Openid = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '格式不正确' });
export const Location = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const AdminStationItem = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  retired: z.boolean(),
  movedTo: z.string().optional(),
  deputyIds: z.array(z.string()),
  /** The staff's openids (for giving and taking); shown by `staffMembers`' labels. */
  staff: z.array(z.string()),
  staffMembers: z.array(z.object({ openid: z.string(), label: z.string() })),
});

export const adminActions = {
  // —— stations and staff ——
  regions: action({
    access: 'admin',
    summary: '我管辖的地区（本级及下级）',
    input: z.strictObject({}),
    output: z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string(), depth: z.number().int() })) }),
  }),
  stations: action({
    access: 'admin',
    summary: '我管辖地区的联络站（含已撤并）及其工作人员',
    input: z.strictObject({}),
    output: z.object({ items: z.array(AdminStationItem) }),
  }),
  createStation: action({
    access: 'admin',
    summary: '新建联络站（编号即二维码 scene，建后不变）',
    input: z.strictObject({
      code: NewStationCode,
      name: text(40),
      address: text(100),
      regionCode: RegionCode,
      location: Location.optional(),
    }),
    output: AdminStationItem,
  }),
  retireStation: action({
    access: 'admin',
    summary: '撤并联络站：写明群众改去哪个联络站',
    input: z.strictObject({ code: StationCode, movedTo: StationCode }),
    output: AdminStationItem,
  }),
  giveStation: action({
    access: 'admin',
    summary: '把联络站交给一位工作人员负责',
    input: z.strictObject({ code: StationCode, openid: Openid }),
    output: AdminStationItem,
  }),
  takeStation: action({
    access: 'admin',
    summary: '收回工作人员负责的联络站',
    input: z.strictObject({ code: StationCode, openid: Openid }),
    output: AdminStationItem,
  }),
  setStationDeputies: action({
    access: 'admin',
    // `base`: the list the page showed; the change is what differs from it (others' changes meanwhile are kept).
    summary: '设置联络站的代表（五级代表均可；只能是本地区的代表）',
    input: z.strictObject({ code: StationCode, deputyIds: z.array(Id).max(50), base: z.array(Id).max(50).optional() }),
    output: AdminStationItem,
  }),
  ...adminAttachActions,
  ...dashboardActions,
  // Per-deputy oversight: the table of the region and any deputy's record (decision 0033).
  ...oversightActions,
  ...rosterActions,
  ...campaignActions,
  // The office works cases in its region as staff do (PRODUCT.md, "Who can act on a case").
  ...caseworkActions('admin'),
  // 同类意见 and 汇总件 in the office's region (decision 0036).
  ...mergeActions('admin'),
  // 汇总整理 in the region and below, 热点问题 and the weekly 汇总报告 (decision 0036).
  ...groupActions('admin'),
  ...hotTopicActions,
  // The office's queue and the overdue board of its region (decision 0030).
  ...officeQueueActions,
  ...overdueActions('admin'),
  // 查找意见 in the region and below (decision 0032).
  ...workerSearchActions('admin'),
  // 意见类别 of the region: the defaults and those the office adds (decision 0035).
  ...adminCategoryActions,
  // 闭会期间代表建议 of the region: 交办 and the department's answer (decision 0034).
  ...adminSuggestionActions,
};
