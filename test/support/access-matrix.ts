/**
 * The access matrix: every function × action × kind of caller — anonymous, the resident who
 * wrote the opinion and another resident, the deputy holding it and another deputy, staff of
 * its station and of another station, the admin of its region and of another region, one
 * openid holding two roles — observed through the dispatcher on a real target (an opinion,
 * a station, a region, a campaign… of the fixture below), on fresh local runs.
 * A call is "denied" when answered with an identity or scope refusal (DENIED_CODES);
 * anything else got past authorization (success, or a business refusal such as a status
 * that does not allow the move). Printed into docs/authorization.md by
 * scripts/print-authorization.ts; test/handlers/authorization.test.ts compares the
 * observation with what the declared access and scope allow, and with the printed table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT, type FunctionName } from '../../core/contract';
import type { RegionDoc, StationDoc } from '../../server/model';
import { agreeOnBehalf, startLocal, type Local } from './local';
import { GOOD_ROWS, upload, xlsxOf } from './roster-files';
import { dbOf } from '../../server/platform/db';

export const CALLERS = [
  { key: 'anonymous', label: '访客', openid: undefined },
  { key: 'resident', label: '居民(本人)', openid: 'demo-resident-1' },
  { key: 'other_resident', label: '其他居民', openid: 'demo-resident-2' },
  { key: 'deputy', label: '办理代表', openid: 'demo-deputy-county' },
  { key: 'other_deputy', label: '其他代表', openid: 'demo-deputy-county-2' },
  { key: 'staff', label: '本站工作人员', openid: 'demo-staff-wyh' },
  { key: 'other_staff', label: '他站工作人员', openid: 'demo-staff-xjh' },
  { key: 'admin', label: '本地区管理员', openid: 'demo-admin-yuelu' },
  { key: 'other_admin', label: '他地区管理员', openid: 'test-admin-kaifu' },
  { key: 'two_roles', label: '代表兼工作人员', openid: 'demo-deputy-township' },
] as const;
export type CallerKey = (typeof CALLERS)[number]['key'];

/** Answers that refuse the caller (who they are, or what they may reach): a target that exists but is not theirs reads as not found. */
export const DENIED_CODES = new Set([
  'LOGIN_REQUIRED',
  'FORBIDDEN',
  'PLATFORM_ONLY',
  'NOT_YOUR_OPINION',
  'NOT_YOUR_STATION',
  'OUT_OF_REGION',
  'OPINION_NOT_FOUND',
  'TEMPLATE_NOT_FOUND',
  'CAMPAIGN_NOT_FOUND',
  'SUGGESTION_NOT_FOUND',
  'NOT_FOUND',
]);

/**
 * What an action's target belongs to: `none` — the caller's own things (any caller of the
 * role); `own` — the resident's opinion; `held` — the deputy's opinion (or template, activity);
 * `station` — the staff's station; `region` — the admin's region.
 */
export type Scope = 'none' | 'own' | 'held' | 'station' | 'region';

/** The targets every action is called on (built on each fresh run). */
export interface Fixture {
  opinion: string; // written by demo-resident-1 at 望月湖 (WYH01), held by 李红梅 (demo-deputy-county)
  entered: { id: string; trackingNo: string }; // entered by staff at WYH01 for a walk-in
  template: string; // 李红梅's reply template
  activity: string; // an activity 李红梅 typed in (走访, 2026-11-27)
  department: string; // in 望月湖街道's directory (the region WYH01 is in)
  batch: string; // a roster batch staged by 岳麓区's admin
  campaign: string; // a campaign of 岳麓区
  category: string; // a category 岳麓区's office added (物业维修基金, to 岳麓区住房和城乡建设局)
  suggestion: string; // 李红梅's suggestion (from another opinion of demo-resident-1), followed up by 岳麓区's office
  rosterFile: string; // an uploaded roster file
  photo: string; // a photo stored in the upload folder, not yet registered (as wx.cloud.uploadFile leaves it)
  wyh: StationDoc;
}

const FROM_TO = { from: '2026-01-01', to: '2026-12-31' };

/** Every action: its scope and the payload calling it on the fixture's targets. */
export const TARGETS: Record<string, { scope: Scope; payload: (f: Fixture) => Record<string, unknown> }> = {
  'user.me': { scope: 'none', payload: () => ({}) },
  'user.agreePrivacy': { scope: 'none', payload: () => ({ version: '2026-11' }) },
  'user.registerUpload': { scope: 'none', payload: (f) => ({ fileId: f.photo, kind: 'image' }) },
  'station.get': { scope: 'none', payload: () => ({ code: 'WYH01' }) },
  'station.list': { scope: 'none', payload: () => ({}) },
  'station.nearest': { scope: 'none', payload: () => ({ latitude: 28.2, longitude: 112.95 }) },
  'opinion.submit': { scope: 'none', payload: () => ({ stationCode: 'WYH01', category: '住房物业', text: '小区路灯坏了很久,晚上出行不便。', requestId: 'matrix-submit-0001' }) },
  'opinion.mine': { scope: 'none', payload: () => ({}) },
  'opinion.detail': { scope: 'own', payload: (f) => ({ id: f.opinion }) },
  'opinion.withdraw': { scope: 'own', payload: (f) => ({ id: f.opinion }) },
  'opinion.addInfo': { scope: 'own', payload: (f) => ({ id: f.opinion, text: '补充:晚上七点以后最明显。' }) },
  'opinion.message': { scope: 'own', payload: (f) => ({ id: f.opinion, text: '补充留言：晚上七点以后最明显。', requestId: 'matrix-message-0001' }) },
  'opinion.chase': { scope: 'own', payload: (f) => ({ id: f.opinion }) },
  'opinion.rate': { scope: 'own', payload: (f) => ({ id: f.opinion, result: 'satisfied', attitude: 'satisfied' }) },
  'opinion.claim': { scope: 'none', payload: (f) => ({ trackingNo: f.entered.trackingNo, phone: '13911112222' }) },
  'opinion.exportMine': { scope: 'none', payload: () => ({}) },
  'opinion.deleteMine': { scope: 'none', payload: () => ({ confirm: true }) },
  // 附议 (decision 0036): any resident; the fixture's case is not published, so joining it is a business refusal.
  'opinion.similar': { scope: 'none', payload: () => ({ stationCode: 'WYH01', text: '望月湖小区3栋路灯坏了一个月,晚上出行不便。' }) },
  'opinion.second': { scope: 'none', payload: (f) => ({ id: f.opinion, requestId: 'matrix-second-0001' }) },
  'opinion.unsecond': { scope: 'none', payload: (f) => ({ id: f.opinion }) },
  'opinion.seconded': { scope: 'none', payload: () => ({}) },
  // Read by its seconders and its own resident: the fixture's case has none but its resident.
  'opinion.secondedDetail': { scope: 'own', payload: (f) => ({ id: f.opinion }) },
  'deputy.bind': { scope: 'none', payload: () => ({ inviteCode: 'MATRIX2026' }) },
  'deputy.inbox': { scope: 'none', payload: () => ({}) },
  'deputy.detail': { scope: 'held', payload: (f) => ({ id: f.opinion }) },
  'deputy.accept': { scope: 'held', payload: (f) => ({ id: f.opinion }) },
  'deputy.reply': { scope: 'held', payload: (f) => ({ id: f.opinion, text: '已联系物业,本周内完成维修。' }) },
  'deputy.needInfo': { scope: 'held', payload: (f) => ({ id: f.opinion, question: '请问是哪一栋楼?' }) },
  'deputy.resolve': { scope: 'held', payload: (f) => ({ id: f.opinion, kind: 'solved', text: '已协调物业更换路灯,现已正常照明。' }) },
  'deputy.templates': { scope: 'none', payload: () => ({}) },
  'deputy.saveTemplate': { scope: 'none', payload: () => ({ title: '已收到', text: '您的意见已收到,正在协调有关部门。' }) },
  'deputy.deleteTemplate': { scope: 'held', payload: (f) => ({ id: f.template }) },
  'deputy.departments': { scope: 'held', payload: (f) => ({ id: f.opinion }) },
  'deputy.forward': { scope: 'held', payload: (f) => ({ id: f.opinion, departmentId: f.department }) },
  'deputy.departmentAnswer': { scope: 'held', payload: (f) => ({ id: f.opinion, text: '部门答复:已安排维修。' }) },
  'deputy.suggest': { scope: 'held', payload: (f) => ({ title: '关于老旧小区路灯维护的建议', reasons: '多个小区路灯长期损坏。', proposals: '明确路灯维护责任主体。', opinionIds: [f.opinion] }) },
  'deputy.suggestions': { scope: 'none', payload: () => ({}) },
  'deputy.suggestionAnswer': { scope: 'held', payload: (f) => ({ id: f.suggestion, text: '区住建局答复：已纳入明年老旧小区改造计划。', answeredOn: '2026-11-29' }) },
  'deputy.rateSuggestion': { scope: 'held', payload: (f) => ({ id: f.suggestion, result: 'satisfied' }) },
  'deputy.handoverTargets': { scope: 'held', payload: (f) => ({ id: f.opinion }) },
  'deputy.handover': { scope: 'held', payload: (f) => ({ id: f.opinion, toDeputyId: 'd-town-1', reason: '周丽代表专长对口' }) },
  'deputy.sessions': { scope: 'none', payload: () => ({}) },
  'deputy.checkIn': { scope: 'none', payload: () => ({ stationCode: 'WYH01' }) },
  'deputy.leaves': { scope: 'none', payload: () => ({}) },
  'deputy.addLeave': { scope: 'none', payload: () => ({ from: '2026-12-10', to: '2026-12-11' }) },
  'deputy.cancelLeave': { scope: 'none', payload: () => ({ from: '2026-12-10', to: '2026-12-11' }) },
  'deputy.activities': { scope: 'none', payload: () => ({}) },
  'deputy.recordActivity': { scope: 'none', payload: () => ({ kind: 'visit', date: '2026-11-27', place: '望月湖小区', people: '居民5人', summary: '走访了解路灯维修情况。' }) },
  // Only the deputy who recorded it corrects or withdraws it (another deputy's reads as not found).
  'deputy.updateActivity': { scope: 'held', payload: (f) => ({ id: f.activity, version: 0, kind: 'visit', date: '2026-11-27', place: '望月湖小区3栋', people: '居民6人', summary: '走访了解路灯维修情况。' }) },
  'deputy.withdrawActivity': { scope: 'held', payload: (f) => ({ id: f.activity, version: 0, reason: '记录有误' }) },
  'deputy.dutyRecord': { scope: 'none', payload: () => FROM_TO },
  'deputy.exportDutyRecord': { scope: 'none', payload: () => FROM_TO },
  'deputy.dutyRecordCases': { scope: 'none', payload: () => FROM_TO },
  'deputy.profile': { scope: 'none', payload: () => ({}) },
  'deputy.search': { scope: 'none', payload: () => ({ text: '电梯' }) },
  'deputy.saveProfile': { scope: 'none', payload: () => ({ bio: '人大代表,关注社区治理。', specialties: ['住房物业'], contactPreference: 'station' }) },
  'setup.init': { scope: 'none', payload: () => ({}) },
  'setup.migrate': { scope: 'none', payload: () => ({}) },
  'setup.exportPage': { scope: 'none', payload: () => ({ collection: 'stations' }) },
  'setup.smoke': { scope: 'none', payload: () => ({}) },
  'security.mediaVerdict': { scope: 'none', payload: () => ({ traceId: 'trace-matrix-0001', suggest: 'pass', label: 100 }) },
  'subscription.templates': { scope: 'none', payload: () => ({ audience: 'resident' }) },
  'subscription.grant': { scope: 'none', payload: () => ({ results: { opinion_progress: 'accept' } }) },
  'subscription.credits': { scope: 'none', payload: () => ({}) },
  'subscription.reminders': { scope: 'none', payload: () => ({}) },
  'subscription.sync': { scope: 'none', payload: () => ({ mainSwitch: true, itemSettings: {} }) },
  'subscription.smsPhone': { scope: 'none', payload: () => ({ phone: '13800000001' }) },
  'subscription.missed': { scope: 'none', payload: () => ({}) },
  'subscription.outbox': { scope: 'none', payload: () => ({}) },
  'scheduler.tick': { scope: 'none', payload: () => ({}) },
  'scheduler.relay': { scope: 'none', payload: () => ({}) },
  'admin.regions': { scope: 'none', payload: () => ({}) },
  'admin.stations': { scope: 'none', payload: () => ({}) },
  'admin.createStation': { scope: 'region', payload: () => ({ code: 'MX01', name: '矩阵测试联络站', address: '岳麓区望月湖路1号', regionCode: '430104007' }) },
  'admin.retireStation': { scope: 'region', payload: () => ({ code: 'YL01', movedTo: 'WYH01' }) },
  'admin.giveStation': { scope: 'region', payload: () => ({ code: 'WYH01', openid: 'test-new-staff' }) },
  'admin.takeStation': { scope: 'region', payload: () => ({ code: 'WYH01', openid: 'demo-staff-wyh' }) },
  'admin.setStationDeputies': { scope: 'region', payload: (f) => ({ code: 'WYH01', deputyIds: f.wyh.deputyIds }) },
  'admin.attachableDeputies': { scope: 'region', payload: () => ({ code: 'WYH01' }) },
  'admin.dashboard': { scope: 'region', payload: () => ({ regionCode: '430104' }) },
  'admin.exportOpinions': { scope: 'region', payload: () => ({ regionCode: '430104' }) },
  'admin.deputyTable': { scope: 'region', payload: () => ({ regionCode: '430104' }) },
  'admin.exportDeputyTable': { scope: 'region', payload: () => ({ regionCode: '430104' }) },
  'admin.deputyRecord': { scope: 'region', payload: () => ({ deputyId: 'd-county-1', ...FROM_TO }) },
  'admin.deputyRecordCases': { scope: 'region', payload: () => ({ deputyId: 'd-county-1', ...FROM_TO }) },
  'admin.exportDeputyRecord': { scope: 'region', payload: () => ({ deputyId: 'd-county-1', ...FROM_TO }) },
  'admin.issueStaffInvite': { scope: 'region', payload: () => ({ stationCodes: ['WYH01'] }) },
  'admin.staffOverview': { scope: 'none', payload: () => ({}) },
  // The office queue and the overdue boards list the caller's own scope (decision 0030): any admin, any staff.
  'admin.officeQueue': { scope: 'none', payload: () => ({ view: 'routed' }) },
  'admin.overdue': { scope: 'none', payload: () => ({}) },
  // 查找意见 looks in the caller's own scope (decision 0032): any admin, any staff, any deputy; by phone, so each call is logged.
  'admin.search': { scope: 'none', payload: () => ({ text: '电梯', phone: '5678' }) },
  // 汇总整理 lists the caller's own scope (decision 0036): any admin, any staff; hot topics and the weekly report name a region.
  'admin.groups': { scope: 'none', payload: () => ({}) },
  'admin.hotTopics': { scope: 'region', payload: () => ({ regionCode: '430104' }) },
  'admin.weeklyReport': { scope: 'region', payload: () => ({ week: '2026-11-30', regionCode: '430104' }) },
  // The office's list of suggestions is its own region's (decision 0034): any admin.
  'admin.suggestions': { scope: 'none', payload: () => ({ tab: 'all' }) },
  'admin.suggestion': { scope: 'region', payload: (f) => ({ id: f.suggestion }) },
  'admin.assignSuggestion': { scope: 'region', payload: (f) => ({ id: f.suggestion, departmentId: f.department, dueDate: '2027-02-26' }) },
  'admin.suggestionAnswer': { scope: 'region', payload: (f) => ({ id: f.suggestion, text: '区住建局答复：已纳入明年老旧小区改造计划。', answeredOn: '2026-11-29' }) },
  'admin.joinAsStaff': { scope: 'none', payload: () => ({ inviteCode: 'MATRIX2026' }) },
  'admin.rosterTemplate': { scope: 'none', payload: () => ({}) },
  'admin.stageRoster': { scope: 'none', payload: (f) => ({ fileId: f.rosterFile, fileName: '名册.xlsx' }) },
  'admin.rosterBatches': { scope: 'none', payload: () => ({}) },
  'admin.rosterBatch': { scope: 'region', payload: (f) => ({ id: f.batch }) },
  'admin.activateRoster': { scope: 'region', payload: (f) => ({ id: f.batch }) },
  'admin.discardRoster': { scope: 'region', payload: (f) => ({ id: f.batch }) },
  // A deputy of the admin's region (elected there or attached to one of its stations); bound, so the code is a re-binding.
  'admin.issueDeputyInvite': { scope: 'region', payload: () => ({ deputyId: 'd-county-1' }) },
  'admin.endedTerms': { scope: 'none', payload: () => ({}) },
  'admin.staffEndedTerms': { scope: 'none', payload: () => ({}) },
  'admin.handOverEnded': { scope: 'station', payload: (f) => ({ id: f.opinion, toDeputyId: 'd-town-1', reason: '原代表任期届满' }) },
  // 意见类别: the office lists and adds its own region's (any admin); it retires only one it added (decision 0035).
  'admin.categories': { scope: 'none', payload: () => ({}) },
  'admin.addCategory': { scope: 'none', payload: () => ({ name: '老旧小区改造', hint: '老旧小区改造的项目、进度和质量', departmentId: 'dept-yl-zj' }) },
  'admin.retireCategory': { scope: 'region', payload: (f) => ({ id: f.category }) },
  'admin.departments': { scope: 'none', payload: () => ({}) },
  'admin.saveDepartment': { scope: 'region', payload: () => ({ regionCode: '430104', level: 'county', categories: ['住房物业'], name: '区城管局', contact: '0731-88880000' }) },
  'admin.removeDepartment': { scope: 'region', payload: (f) => ({ id: f.department }) },
  'admin.createCampaign': { scope: 'region', payload: () => ({ name: '矩阵测试活动', from: '2026-11-01', to: '2026-12-31', regionCodes: ['430104'], levels: ['county'] }) },
  'admin.campaigns': { scope: 'none', payload: () => ({}) },
  'admin.campaignProgress': { scope: 'region', payload: (f) => ({ id: f.campaign, regionCode: '430104' }) },
  'admin.exportCampaignSummary': { scope: 'region', payload: (f) => ({ id: f.campaign, regionCode: '430104' }) },
  'admin.identityAccessLog': { scope: 'region', payload: () => ({ regionCode: '430104' }) },
  'admin.case': { scope: 'region', payload: (f) => ({ id: f.opinion }) },
  'admin.take': { scope: 'region', payload: (f) => ({ id: f.opinion }) },
  'admin.assign': { scope: 'region', payload: (f) => ({ id: f.opinion, deputyId: 'd-town-1' }) },
  'admin.reassign': { scope: 'region', payload: (f) => ({ id: f.opinion, deputyId: 'd-town-1', reason: '周丽代表专长对口' }) },
  'admin.forward': { scope: 'region', payload: (f) => ({ id: f.opinion, departmentId: f.department }) },
  'admin.departmentAnswer': { scope: 'region', payload: (f) => ({ id: f.opinion, text: '部门答复:已安排维修。' }) },
  'admin.reply': { scope: 'region', payload: (f) => ({ id: f.opinion, text: '人大工作人员已联系物业,本周内完成维修。' }) },
  'admin.resolve': { scope: 'region', payload: (f) => ({ id: f.opinion, kind: 'solved', text: '已协调物业更换路灯,现已正常照明。' }) },
  'admin.reject': { scope: 'region', payload: (f) => ({ id: f.opinion, reason: '不属于受理范围' }) },
  'admin.release': { scope: 'region', payload: (f) => ({ id: f.opinion }) },
  'admin.followUp': { scope: 'region', payload: (f) => ({ id: f.opinion, result: 'satisfied', attitude: 'satisfied' }) },
  // 汇总件 (decision 0036): the cases must be the office's; merging two of its cases, or taking one out of a 汇总件 it is not in.
  'admin.similar': { scope: 'region', payload: (f) => ({ id: f.opinion }) },
  'admin.merge': { scope: 'region', payload: (f) => ({ ids: [f.opinion, f.entered.id], requestId: 'matrix-merge-0001' }) },
  'admin.unmerge': { scope: 'region', payload: (f) => ({ parentId: f.opinion, sourceId: f.entered.id }) },
  'staff.myStations': { scope: 'none', payload: () => ({}) },
  'staff.overdue': { scope: 'none', payload: () => ({}) },
  'staff.search': { scope: 'none', payload: () => ({ text: '电梯', phone: '5678' }) },
  'staff.groups': { scope: 'none', payload: () => ({}) },
  'staff.updateStation': { scope: 'station', payload: () => ({ code: 'WYH01', address: '长沙市岳麓区望月湖路38号' }) },
  'staff.setDeputies': { scope: 'station', payload: (f) => ({ code: 'WYH01', deputyIds: f.wyh.deputyIds }) },
  'staff.setSchedule': { scope: 'station', payload: (f) => ({ code: 'WYH01', schedule: f.wyh.schedule }) },
  'staff.setLeaves': { scope: 'station', payload: () => ({ code: 'WYH01', deputyId: 'd-county-1', leaves: [] }) },
  'staff.stationCode': { scope: 'station', payload: () => ({ code: 'WYH01' }) },
  'staff.queue': { scope: 'station', payload: () => ({ code: 'WYH01' }) },
  'staff.assign': { scope: 'station', payload: (f) => ({ id: f.opinion, deputyId: 'd-town-1' }) },
  'staff.reject': { scope: 'station', payload: (f) => ({ id: f.opinion, reason: '不属于受理范围' }) },
  'staff.release': { scope: 'station', payload: (f) => ({ id: f.opinion }) },
  'staff.enter': { scope: 'station', payload: () => ({ stationCode: 'WYH01', channel: 'walk_in', category: '住房物业', text: '来访群众反映楼道灯不亮。', residentInformed: true, requestId: 'matrix-enter-0002' }) },
  'staff.resetClaim': { scope: 'station', payload: (f) => ({ trackingNo: f.entered.trackingNo }) },
  'staff.followUp': { scope: 'station', payload: (f) => ({ id: f.opinion, result: 'satisfied', attitude: 'satisfied' }) },
  'staff.case': { scope: 'station', payload: (f) => ({ id: f.opinion }) },
  'staff.similar': { scope: 'station', payload: (f) => ({ id: f.opinion }) },
  'staff.merge': { scope: 'station', payload: (f) => ({ ids: [f.opinion, f.entered.id], requestId: 'matrix-merge-0002' }) },
  'staff.unmerge': { scope: 'station', payload: (f) => ({ parentId: f.opinion, sourceId: f.entered.id }) },
  'staff.take': { scope: 'station', payload: (f) => ({ id: f.opinion }) },
  'staff.reassign': { scope: 'station', payload: (f) => ({ id: f.opinion, deputyId: 'd-town-1', reason: '周丽代表专长对口' }) },
  'staff.forward': { scope: 'station', payload: (f) => ({ id: f.opinion, departmentId: f.department }) },
  'staff.departmentAnswer': { scope: 'station', payload: (f) => ({ id: f.opinion, text: '部门答复:已安排维修。' }) },
  'staff.reply': { scope: 'station', payload: (f) => ({ id: f.opinion, text: '工作人员已联系物业,本周内完成维修。' }) },
  'staff.resolve': { scope: 'station', payload: (f) => ({ id: f.opinion, kind: 'solved', text: '已协调物业更换路灯,现已正常照明。' }) },
  'staff.publish': { scope: 'station', payload: (f) => ({ id: f.opinion, title: '路灯修好了', summary: '居民反映路灯损坏。' }) },
  'staff.unpublish': { scope: 'station', payload: (f) => ({ id: f.opinion }) },
  'staff.deputyPhotoReviews': { scope: 'station', payload: () => ({ code: 'WYH01' }) },
  'staff.reviewDeputyPhoto': { scope: 'station', payload: () => ({ code: 'WYH01', deputyId: 'd-county-1', fileId: 'local://uploads/20261129/000000000000000000000000.png', approve: true }) },
  'staff.departments': { scope: 'none', payload: () => ({}) },
  'staff.saveDepartment': { scope: 'station', payload: () => ({ regionCode: '430104007', level: 'township', categories: ['住房物业'], name: '街道城管中队', contact: '0731-88880000' }) },
  'staff.removeDepartment': { scope: 'station', payload: (f) => ({ id: f.department }) },
  'staff.issueInvite': { scope: 'station', payload: () => ({ deputyId: 'd-county-1', stationCode: 'WYH01' }) },
  'staff.attachableDeputies': { scope: 'station', payload: () => ({ code: 'WYH01' }) },
  'documents.stationPoster': { scope: 'station', payload: () => ({ code: 'WYH01' }) },
  'documents.regionPosters': { scope: 'region', payload: () => ({ regionCode: '430104' }) },
  'documents.entrySlip': { scope: 'station', payload: (f) => ({ id: f.entered.id }) },
  'documents.transferLetter': { scope: 'held', payload: (f) => ({ id: f.opinion }) },
  'documents.staffTransferLetter': { scope: 'station', payload: (f) => ({ id: f.opinion }) },
  'documents.officeTransferLetter': { scope: 'region', payload: (f) => ({ id: f.opinion }) },
  'documents.dutyRecord': { scope: 'none', payload: () => FROM_TO },
  'documents.deputyRecord': { scope: 'region', payload: () => ({ deputyId: 'd-county-1', ...FROM_TO }) },
  'documents.campaignSummary': { scope: 'region', payload: (f) => ({ id: f.campaign, regionCode: '430104' }) },
  'documents.weeklyReport': { scope: 'region', payload: () => ({ week: '2026-11-30', regionCode: '430104' }) },
  'showcase.list': { scope: 'none', payload: () => ({}) },
};

const BY_ROLE: Record<string, CallerKey[]> = {
  public: CALLERS.map((c) => c.key),
  resident: CALLERS.map((c) => c.key).filter((k) => k !== 'anonymous'),
  deputy: ['deputy', 'other_deputy', 'two_roles'],
  staff: ['staff', 'other_staff', 'two_roles'],
  admin: ['admin', 'other_admin'],
  platform: [], // WeChat itself, never one of these callers (test/handlers/platform-callers.test.ts)
};
const OWNERS: Record<Exclude<Scope, 'none'>, CallerKey[]> = {
  own: ['resident'],
  held: ['deputy'],
  station: ['staff', 'two_roles'], // the two-role openid is also staff of 望月湖
  region: ['admin'],
};

/** Who may call an action on its target: its role's callers, narrowed to the target's owners. */
export function expectedAllowed(access: string, scope: Scope): CallerKey[] {
  const role = BY_ROLE[access] ?? [];
  return scope === 'none' ? role : OWNERS[scope].filter((k) => role.includes(k));
}

/** A fresh local run with the targets, the two-role openid and a second county with its admin. */
export async function matrixRun(): Promise<{ t: Local; f: Fixture }> {
  const t = await startLocal();
  const db = dbOf(t.ports);
  await db.collection('users').doc('demo-deputy-township').update({ data: { staffStationCodes: ['WYH01'] } });
  const kaifu: RegionDoc = { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] };
  await db.collection('regions').add({ data: kaifu });
  await db.collection('users').add({ data: { _id: 'test-admin-kaifu', adminRegionCode: '430105' } });
  await agreeOnBehalf(t, 'test-admin-kaifu'); // every caller has agreed to the privacy notice: the matrix is about access

  const opinion = await t.ok('opinion', 'submit', { stationCode: 'WYH01', category: '住房物业', text: '望月湖小区3栋路灯坏了一个月,晚上出行不便。', chosenDeputyId: 'd-county-1', requestId: 'matrix-fixture-01' }, 'demo-resident-1');
  const entered = await t.ok('staff', 'enter', { stationCode: 'WYH01', channel: 'walk_in', category: '住房物业', text: '来访群众反映小区门口积水。', phone: '13911112222', residentInformed: true, requestId: 'matrix-fixture-02' }, 'demo-staff-wyh');
  const template = await t.ok('deputy', 'saveTemplate', { title: '已收到', text: '您的意见已收到,正在协调。' }, 'demo-deputy-county');
  const activity = await t.ok('deputy', 'recordActivity', { kind: 'visit', date: '2026-11-27', place: '望月湖小区', people: '居民5人', summary: '走访了解路灯维修情况。', requestId: 'matrix-activity-01' }, 'demo-deputy-county');
  const department = await t.ok('staff', 'saveDepartment', { regionCode: '430104007', level: 'township', categories: ['住房物业'], name: '望月湖街道社区服务中心', contact: '0731-88881234' }, 'demo-staff-wyh');
  const batch = await t.ok('admin', 'stageRoster', { fileId: await upload(t, await xlsxOf(GOOD_ROWS)), fileName: '名册.xlsx' }, 'demo-admin-yuelu');
  const campaign = await t.ok('admin', 'createCampaign', { name: '联系群众办实事', from: '2026-11-01', to: '2026-12-31', regionCodes: ['430104'], levels: ['county'] }, 'demo-admin-yuelu');
  const category = await t.ok('admin', 'addCategory', { name: '物业维修基金', hint: '住宅专项维修资金的申请、使用和续筹', departmentId: 'dept-yl-zj' }, 'demo-admin-yuelu');
  for (const deputy of ['demo-deputy-county', 'demo-deputy-county-2', 'demo-deputy-township']) {
    await t.ok('deputy', 'addLeave', { from: '2026-12-10', to: '2026-12-11' }, deputy); // for cancelLeave
  }
  const fed = await t.ok('opinion', 'submit', { stationCode: 'WYH01', category: '住房物业', text: '望月湖小区电梯老化,经常停运,老人上下楼困难。', chosenDeputyId: 'd-county-1', requestId: 'matrix-fixture-03' }, 'demo-resident-1');
  await t.ok('deputy', 'accept', { id: fed.id }, 'demo-deputy-county');
  const suggestion = await t.ok('deputy', 'suggest', { title: '关于加快老旧小区电梯更新的建议', reasons: '多个小区电梯老化。', proposals: '设立电梯更新专项资金。', opinionIds: [fed.id] }, 'demo-deputy-county');
  const rosterFile = await upload(t, await xlsxOf(GOOD_ROWS));
  const photo = t.files.save(readFileSync(path.join(__dirname, '../fixtures/elevator.png')), 'png', '20261129');
  const wyh = t.doc<StationDoc>('stations', 'WYH01');
  return {
    t,
    f: { opinion: opinion.id, entered: { id: entered.id, trackingNo: entered.trackingNo }, template: template.id, activity: activity.id, department: department.id, batch: batch.id, campaign: campaign.id, category: category.id, suggestion: suggestion.id, rosterFile, photo, wyh },
  };
}

export type Matrix = { fn: string; action: string; access: string; scope: Scope; cells: Record<CallerKey, 'allowed' | 'denied'> }[];

/**
 * Calls every action as every caller: the callers expected to be refused together on one
 * fresh run (a refusal must write nothing), each of the others on a fresh run of its own
 * (so that one caller's write — a removal, a move — never decides what the next one meets).
 */
export async function observeMatrix(): Promise<Matrix> {
  const rows: Matrix = [];
  for (const fn of Object.keys(CONTRACT) as FunctionName[]) {
    for (const [action, spec] of Object.entries(CONTRACT[fn]) as [string, { access: string }][]) {
      const target = TARGETS[`${fn}.${action}`];
      if (!target) throw new Error(`${fn}.${action} has no target in test/support/access-matrix.ts`);
      const allowed = expectedAllowed(spec.access, target.scope);
      const groups = [CALLERS.filter((c) => !allowed.includes(c.key)), ...CALLERS.filter((c) => allowed.includes(c.key)).map((c) => [c])];
      const cells = {} as Record<CallerKey, 'allowed' | 'denied'>;
      for (const group of groups.filter((g) => g.length > 0)) {
        const { t, f } = await matrixRun();
        try {
          for (const c of group) {
            const before = t.store.changes();
            const r = await t.call(fn, { action, payload: target.payload(f) }, c.openid);
            if (!r.ok && r.code === 'INVALID_PAYLOAD') throw new Error(`${fn}.${action} as ${c.key}: the fixture's payload is refused: ${r.message}`);
            if (!r.ok && r.code === 'INTERNAL') throw new Error(`${fn}.${action} as ${c.key}: INTERNAL`);
            const denied = !r.ok && DENIED_CODES.has(r.code);
            if (denied && t.store.changes() !== before) throw new Error(`${fn}.${action} refused ${c.key} but wrote`);
            cells[c.key] = denied ? 'denied' : 'allowed';
          }
        } finally {
          t.close();
        }
      }
      rows.push({ fn, action, access: spec.access, scope: target.scope, cells });
    }
  }
  return rows;
}

const SCOPE_LABELS: Record<Scope, string> = { none: '—', own: '本人意见', held: '所办意见', station: '本站', region: '本地区' };

export function matrixMarkdown(rows: Matrix): string {
  const head = `| function | action | access | scope | ${CALLERS.map((c) => c.label).join(' | ')} |`;
  const rule = `| --- | --- | --- | --- | ${CALLERS.map(() => ':---:').join(' | ')} |`;
  const body = rows.map(
    (r) => `| ${r.fn} | ${r.action} | ${r.access} | ${SCOPE_LABELS[r.scope]} | ${CALLERS.map((c) => (r.cells[c.key] === 'allowed' ? '✓' : '✗')).join(' | ')} |`,
  );
  return [head, rule, ...body].join('\n');
}
