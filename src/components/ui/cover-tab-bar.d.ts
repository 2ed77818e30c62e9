/**
 * Keeps a modal sheet above the tab bar while `open`. H5: Taro's tab bar lies outside the page
 * and above anything fixed inside it, so it is hidden while the sheet is open and shown again
 * after. weapp: WeChat's native tab bar is outside the page's area; nothing to do.
 */
export declare function useCoverTabBar(open: boolean): void;
