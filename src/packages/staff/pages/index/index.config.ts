export default definePageConfig({
  navigationBarTitleText: '联络站工作台',
});
