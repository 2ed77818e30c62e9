export default definePageConfig({
  navigationBarTitleText: '履职档案',
});
