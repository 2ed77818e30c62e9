export default definePageConfig({
  navigationBarTitleText: '我的代表建议',
});
