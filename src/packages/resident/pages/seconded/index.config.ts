export default definePageConfig({
  navigationBarTitleText: '我附议的意见',
});
