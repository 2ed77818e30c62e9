/**
 * The tab bar's part in large text. weapp: the tab bar is our own component
 * (src/custom-tab-bar), which follows isLargeText / onLargeTextChange itself; nothing here.
 * H5: large-text-tab-bar.h5.ts brings the stylesheet that makes Taro's tab bar follow.
 */
export {};
