/**
 * The mini-program pages a subscription message or a mini-program code may open (no leading
 * slash, as subscribeMessage.send and wxacode.getUnlimited want). Kept equal to
 * src/app.config.ts by a unit test.
 */
export const MINIPROGRAM_PAGES = [
  'pages/station/index',
  'pages/write/index',
  'pages/mine/index',
  'pages/me/index',
  'pages/opinion/index',
  // The walk-in slip's code: claiming the opinion staff entered (scene: its tracking number).
  'packages/resident/pages/claim/index',
  'packages/deputy/pages/inbox/index',
  'packages/deputy/pages/detail/index',
  'packages/staff/pages/index/index',
  'packages/admin/pages/index/index',
] as const;

/** The page each audience opens an opinion on. */
export const OPINION_PAGE = {
  resident: (id: string) => `pages/opinion/index?id=${encodeURIComponent(id)}`,
  deputy: (id: string) => `packages/deputy/pages/detail/index?id=${encodeURIComponent(id)}`,
  staff: (id?: string) => `packages/staff/pages/index/index${id ? `?opinion=${encodeURIComponent(id)}` : ''}`,
} as const;
