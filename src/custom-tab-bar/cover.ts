/**
 * weapp: sheets that must sit above the tab bar say so here, and the custom tab bar (index.tsx)
 * hides while any of them is open. WeChat's hideTabBar is one of the tab-bar style APIs a custom
 * tab bar does not follow, and the bar is fixed inside each tab page, above anything fixed there.
 */
type Listener = (covered: boolean) => void;
let open = 0;
const listeners = new Set<Listener>();

export const isTabBarCovered = (): boolean => open > 0;

/** One sheet opened; the answer closes it (call once). */
export function coverTabBar(): () => void {
  open++;
  for (const l of listeners) l(true);
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    open = Math.max(0, open - 1);
    for (const l of listeners) l(open > 0);
  };
}

export function onTabBarCover(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
