import { useEffect } from 'react';
import { coverTabBar } from '../../custom-tab-bar/cover';

/** weapp: the custom tab bar (src/custom-tab-bar) is fixed in the page; it hides while `open`. */
export function useCoverTabBar(open: boolean): void {
  useEffect(() => (open ? coverTabBar() : undefined), [open]);
}
