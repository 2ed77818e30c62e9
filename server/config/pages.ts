/**
 * The mini-program pages a subscription message or a mini-program code may open (no leading
 * slash, as subscribeMessage.send and wxacode.getUnlimited want). Kept equal to
 * src/app.config.ts by a unit test; every page and query key a message carries is checked
 * against the page that reads it (test/unit/deep-links.test.ts).
 */
export const MINIPROGRAM_PAGES = [
  'pages/station/index',
  'pages/write/index',
  'pages/mine/index',
  'pages/me/index',
  'pages/opinion/index',
  // The walk-in slip's code: claiming the opinion staff entered (scene: its tracking number).
  'packages/resident/pages/claim/index',
  // A case the resident joined by 附议 (decision 0036): its seconders' messages open it.
  'packages/resident/pages/seconded/index',
  'packages/deputy/pages/inbox/index',
  'packages/deputy/pages/detail/index',
  'packages/staff/pages/index/index',
  'packages/staff/pages/queue/index',
  'packages/staff/pages/case/index',
  'packages/staff/pages/overdue/index',
  'packages/admin/pages/index/index',
  'packages/admin/pages/queue/index',
] as const;

const q = encodeURIComponent;

/** The desk a staff member or a region office admin works at (src/routes.ts `staffCase`, `overdue`). */
export type Desk = 'staff' | 'admin';

/** Each desk's home: where a message about no one case opens. */
export const DESK_HOME = { staff: 'packages/staff/pages/index/index', admin: 'packages/admin/pages/index/index' } as const;

/** One case as a desk works it (src/routes.ts `staffCase`): staff, or the region office (desk `admin`). */
export const casePage = (id: string, desk: Desk) => `packages/staff/pages/case/index?id=${q(id)}&desk=${desk}`;

/** Overdue cases by lateness (src/routes.ts `overdue`): the staff member's stations, or the office's region. */
export const overduePage = (desk: Desk) => `packages/staff/pages/overdue/index?desk=${desk}`;

/** A tab of the staff desk's queue (src/routes.ts `staffQueue`). */
export const staffQueuePage = (view: 'triage') => `packages/staff/pages/queue/index?view=${view}`;

/** The region office's queue (src/routes.ts `officeQueue`). */
export const OFFICE_QUEUE_PAGE = 'packages/admin/pages/queue/index';

/** A case a resident joined by 附议, as its seconders read it (src/routes.ts `seconded`). */
export const secondedPage = (id: string) => `packages/resident/pages/seconded/index?id=${q(id)}`;

/** The page each audience opens an opinion on (without an opinion: the desk's home). */
export const OPINION_PAGE = {
  resident: (id: string) => `pages/opinion/index?id=${q(id)}`,
  deputy: (id: string) => `packages/deputy/pages/detail/index?id=${q(id)}`,
  staff: (id?: string) => (id ? casePage(id, 'staff') : DESK_HOME.staff),
  office: (id?: string) => (id ? casePage(id, 'admin') : DESK_HOME.admin),
} as const;
