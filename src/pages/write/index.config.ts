export default definePageConfig({
  navigationBarTitleText: '写意见',
  // The native privacy popup (weapp only; H5 renders its React counterpart).
  ...(process.env.TARO_ENV === 'weapp' ? { usingComponents: { 'privacy-popup': '../../native/privacy-popup/index' } } : {}),
});
