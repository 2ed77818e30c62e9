export default definePageConfig({
  navigationBarTitleText: '转为代表建议',
});
