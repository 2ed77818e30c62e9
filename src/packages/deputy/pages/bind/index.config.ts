export default definePageConfig({
  navigationBarTitleText: '绑定代表身份',
});
