export default definePageConfig({ navigationBarTitleText: '部门目录与邀请码' });
