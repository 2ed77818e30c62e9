export default definePageConfig({ navigationBarTitleText: '代录意见' });
