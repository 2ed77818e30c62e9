export default definePageConfig({ navigationBarTitleText: '代表名册' });
