export default definePageConfig({
  navigationBarTitleText: '接待值班',
});
