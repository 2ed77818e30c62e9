export default definePageConfig({
  navigationBarTitleText: '意见详情',
  // The native privacy popup, for an action the server refuses before the agreement (weapp only).
  ...(process.env.TARO_ENV === 'weapp' ? { usingComponents: { 'privacy-popup': '../../native/privacy-popup/index' } } : {}),
});
