export default definePageConfig({ navigationBarTitleText: '区域待办' });
