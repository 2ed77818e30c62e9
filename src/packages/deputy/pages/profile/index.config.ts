export default definePageConfig({
  navigationBarTitleText: '我的代表资料',
});
