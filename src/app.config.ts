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
    // Resident pages used once in a while: claiming a case, my data, 办实事成果.
    { root: 'packages/resident', pages: ['pages/claim/index', 'pages/my-data/index', 'pages/showcase/index'] },
    {
      root: 'packages/deputy',
      pages: [
        'pages/inbox/index',
        'pages/detail/index',
        'pages/bind/index',
        'pages/duty/index',
        'pages/activities/index',
        'pages/record/index',
        'pages/suggest/index',
        'pages/profile/index',
      ],
    },
    { root: 'packages/staff', pages: ['pages/index/index', 'pages/station/index', 'pages/queue/index', 'pages/enter/index', 'pages/tools/index', 'pages/join/index', 'pages/handover/index'] },
    { root: 'packages/admin', pages: ['pages/index/index', 'pages/stations/index', 'pages/staff/index', 'pages/roster/index', 'pages/campaigns/index', 'pages/dashboard/index', 'pages/identity-access/index'] },
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
  // Location is asked only on a tap (nearest station, a place on the map), never tracked.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的人大代表联络站,位置不会保存' },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '代表联络站',
    navigationBarTextStyle: 'white',
  },
});
