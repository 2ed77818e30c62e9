export default definePageConfig({ navigationBarTitleText: '超期意见' });
