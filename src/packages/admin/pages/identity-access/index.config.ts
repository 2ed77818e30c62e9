export default definePageConfig({ navigationBarTitleText: '身份信息查看记录' });
