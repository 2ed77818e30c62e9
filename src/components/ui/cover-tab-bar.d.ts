/**
 * Keeps a modal sheet above the tab bar while `open`. H5: Taro's tab bar lies outside the page
 * and above anything fixed inside it, so it is hidden while the sheet is open and shown again
 * after. weapp: the custom tab bar (src/custom-tab-bar) is fixed inside each tab page; it hides
 * while a sheet is open (src/custom-tab-bar/cover.ts).
 */
export declare function useCoverTabBar(open: boolean): void;
