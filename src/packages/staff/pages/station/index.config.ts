export default definePageConfig({ navigationBarTitleText: '接待安排' });
