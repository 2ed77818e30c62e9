export default definePageConfig({
  navigationBarTitleText: '办实事成果',
});
