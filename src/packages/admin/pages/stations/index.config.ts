export default definePageConfig({ navigationBarTitleText: '联络站管理' });
