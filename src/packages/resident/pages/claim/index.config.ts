export default definePageConfig({
  navigationBarTitleText: '认领意见',
  // The native privacy popup, for a claim the server refuses before the agreement (weapp only).
  ...(process.env.TARO_ENV === 'weapp' ? { usingComponents: { 'privacy-popup': '../../../../native/privacy-popup/index' } } : {}),
});
