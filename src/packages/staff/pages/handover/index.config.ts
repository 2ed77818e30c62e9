export default definePageConfig({ navigationBarTitleText: '任期届满转交' });
