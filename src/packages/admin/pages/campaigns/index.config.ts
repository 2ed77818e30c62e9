export default definePageConfig({ navigationBarTitleText: '主题活动' });
