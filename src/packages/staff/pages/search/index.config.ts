export default definePageConfig({ navigationBarTitleText: '查找意见' });
