/**
 * The navigation bar's look (side effect only). weapp: WeChat draws its own bar from
 * app.config.ts `window`; h5: Taro's bar (shown by `navigationStyle: 'default'`) is styled like
 * WeChat's: 44 px, the page title centred at 17 px, a back arrow on pages opened from another.
 */
export {};
