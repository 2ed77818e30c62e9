/** Every page the app navigates to, in one place. */
const q = (value: string) => encodeURIComponent(value);

export const ROUTES = {
  station: '/pages/station/index',
  write: '/pages/write/index',
  mine: '/pages/mine/index',
  me: '/pages/me/index',
  opinion: (id: string) => `/pages/opinion/index?id=${q(id)}`,
  deputyInbox: '/packages/deputy/pages/inbox/index',
  deputyDetail: (id: string) => `/packages/deputy/pages/detail/index?id=${q(id)}`,
  deputyBind: '/packages/deputy/pages/bind/index',
  deputyDuty: '/packages/deputy/pages/duty/index',
  deputyActivities: '/packages/deputy/pages/activities/index',
  deputyRecord: '/packages/deputy/pages/record/index',
  deputySuggest: (id: string) => `/packages/deputy/pages/suggest/index?id=${q(id)}`,
  /** The deputy's suggestions: status, the department's answer, rating it. */
  deputySuggestions: '/packages/deputy/pages/suggestions/index',
  deputyProfile: '/packages/deputy/pages/profile/index',
  claim: '/packages/resident/pages/claim/index',
  myData: '/packages/resident/pages/my-data/index',
  /** A case the resident joined by 附议 (decision 0036). */
  seconded: (id: string) => `/packages/resident/pages/seconded/index?id=${q(id)}`,
  showcase: (stationCode: string, regionCode: string) =>
    `/packages/resident/pages/showcase/index?stationCode=${q(stationCode)}&regionCode=${q(regionCode)}`,
  staffHome: '/packages/staff/pages/index/index',
  staffStation: (code: string) => `/packages/staff/pages/station/index?code=${q(code)}`,
  staffQueue: (view: string) => `/packages/staff/pages/queue/index?view=${q(view)}`,
  staffEnter: '/packages/staff/pages/enter/index',
  staffTools: '/packages/staff/pages/tools/index',
  staffJoin: '/packages/staff/pages/join/index',
  staffHandover: '/packages/staff/pages/handover/index',
  /** One case as staff (desk `staff`) or the region office (desk `admin`) work it. */
  staffCase: (id: string, desk: 'staff' | 'admin' = 'staff') => `/packages/staff/pages/case/index?id=${q(id)}&desk=${desk}`,
  /** Overdue cases sorted by lateness: the staff member's stations, or the office's region. */
  overdue: (desk: 'staff' | 'admin' = 'staff') => `/packages/staff/pages/overdue/index?desk=${desk}`,
  /** 查找意见: the staff member's stations' cases, or the office's region's and below. */
  caseSearch: (desk: 'staff' | 'admin' = 'staff') => `/packages/staff/pages/search/index?desk=${desk}`,
  /** 汇总整理: groups of similar cases open to merging, of the staff member's stations or the office's region (decision 0036). */
  similarGroups: (desk: 'staff' | 'admin' = 'staff') => `/packages/staff/pages/groups/index?desk=${desk}`,
  /** The region office's queue: cases routed to the region and cases escalated past staff. */
  officeQueue: '/packages/admin/pages/queue/index',
  adminHome: '/packages/admin/pages/index/index',
  adminStations: '/packages/admin/pages/stations/index',
  adminStaff: '/packages/admin/pages/staff/index',
  adminRoster: '/packages/admin/pages/roster/index',
  adminCampaigns: '/packages/admin/pages/campaigns/index',
  adminDashboard: '/packages/admin/pages/dashboard/index',
  adminIdentityAccess: '/packages/admin/pages/identity-access/index',
  /** 意见类别 of the region: the defaults, and those the office adds and retires. */
  adminCategories: '/packages/admin/pages/categories/index',
  /** 代表履职: the region's per-deputy table. */
  adminDeputies: '/packages/admin/pages/deputies/index',
  /** A deputy's 履职档案 as the office sees it, for the days `from`–`to` when given. */
  adminDeputyRecord: (deputyId: string, period?: { from: string; to: string }) =>
    `/packages/admin/pages/deputy-record/index?id=${q(deputyId)}${period ? `&from=${q(period.from)}&to=${q(period.to)}` : ''}`,
  /** The region's 闭会期间代表建议: 交办 and the department's answer. */
  adminSuggestions: '/packages/admin/pages/suggestions/index',
} as const;
