export default definePageConfig({
  navigationBarTitleText: '认领意见',
});
