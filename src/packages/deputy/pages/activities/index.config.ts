export default definePageConfig({
  navigationBarTitleText: '履职活动',
});
