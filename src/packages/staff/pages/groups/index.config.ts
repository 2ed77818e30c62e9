export default definePageConfig({ navigationBarTitleText: '汇总整理' });
