export default definePageConfig({
  navigationBarTitleText: '联络站',
  enableShareAppMessage: true,
  // The native privacy popup answers WeChat's privacy check before location is used (weapp only).
  ...(process.env.TARO_ENV === 'weapp' ? { usingComponents: { 'privacy-popup': '../../native/privacy-popup/index' } } : {}),
});
