/**
 * The four tabs of the custom tab bar (weapp), as `tabBar.list` in src/app.config.ts names them
 * (test/components/custom-tab-bar.test.tsx holds the two together, and the colours of index.css
 * to the list's color / selectedColor). The icons are the files the
 * list already ships (scripts/make-tab-icons.ts), referenced by absolute path: nothing is bundled.
 */
export interface Tab {
  pagePath: string;
  text: string;
  iconPath: string;
  selectedIconPath: string;
}

export const TABS: readonly Tab[] = [
  { pagePath: 'pages/station/index', text: '联络站', iconPath: 'assets/tab-bar/station.png', selectedIconPath: 'assets/tab-bar/station-active.png' },
  { pagePath: 'pages/write/index', text: '写意见', iconPath: 'assets/tab-bar/write.png', selectedIconPath: 'assets/tab-bar/write-active.png' },
  { pagePath: 'pages/mine/index', text: '办理进度', iconPath: 'assets/tab-bar/mine.png', selectedIconPath: 'assets/tab-bar/mine-active.png' },
  { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab-bar/me.png', selectedIconPath: 'assets/tab-bar/me-active.png' },
];

/** The tab of a page route ('pages/me/index', '/pages/me/index?x=1'), or -1 for a page that is no tab. */
export function tabIndexOf(route: string | undefined): number {
  if (!route) return -1;
  const path = route.replace(/^\//, '').replace(/\?.*$/, '');
  return TABS.findIndex((t) => t.pagePath === path);
}

export type PageWithId = { route?: string; getPageId?: () => string };

/**
 * The route of the page this instance belongs to. Taro mounts the component with `tid`
 * "custom-tab-bar/index?id=<pageId>" (WeChat's getPageId of the component); the page with that
 * id, else the page on top (being opened as the bar is created).
 */
export function ownRoute(tid: string | undefined, pages: PageWithId[]): string | undefined {
  const at = tid ? tid.indexOf('?id=') : -1;
  const pageId = at >= 0 ? tid!.slice(at + 4) : undefined;
  const own = pageId ? pages.find((p) => typeof p.getPageId === 'function' && p.getPageId() === pageId) : undefined;
  return (own ?? pages[pages.length - 1])?.route;
}
