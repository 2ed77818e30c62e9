/** weapp: WeChat's native tab bar is outside the page; a sheet inside the page is already above it. */
export function useCoverTabBar(_open: boolean): void {
  // nothing to do
}
