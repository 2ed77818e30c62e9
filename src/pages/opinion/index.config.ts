export default definePageConfig({
  navigationBarTitleText: '意见详情',
});
