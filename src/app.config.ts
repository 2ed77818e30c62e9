export default defineAppConfig({
  // Tab-bar pages must live in the main package.
  pages: [
    'pages/station/index',
    'pages/write/index',
    'pages/mine/index',
    'pages/me/index',
    'pages/opinion/index',
  ],
  // Pages for deputies, staff and admins stay out of the main package.
  subPackages: [
    { root: 'packages/deputy', pages: ['pages/inbox/index', 'pages/detail/index'] },
    { root: 'packages/staff', pages: ['pages/index/index'] },
    { root: 'packages/admin', pages: ['pages/index/index'] },
  ],
  tabBar: {
    color: '#666666',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/station/index', text: '联络站' },
      { pagePath: 'pages/write/index', text: '写意见' },
      { pagePath: 'pages/mine/index', text: '我的意见' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '代表联络站',
    navigationBarTextStyle: 'white',
  },
});
