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
    // Resident pages used once in a while: claiming a case, my data, 办实事成果, a case joined by 附议.
    { root: 'packages/resident', pages: ['pages/claim/index', 'pages/my-data/index', 'pages/showcase/index', 'pages/seconded/index'] },
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
        'pages/suggestions/index',
        'pages/profile/index',
      ],
    },
    { root: 'packages/staff', pages: ['pages/index/index', 'pages/station/index', 'pages/queue/index', 'pages/enter/index', 'pages/tools/index', 'pages/join/index', 'pages/handover/index', 'pages/case/index', 'pages/overdue/index', 'pages/search/index', 'pages/groups/index'] },
    { root: 'packages/admin', pages: ['pages/index/index', 'pages/stations/index', 'pages/staff/index', 'pages/roster/index', 'pages/campaigns/index', 'pages/dashboard/index', 'pages/identity-access/index', 'pages/queue/index', 'pages/deputies/index', 'pages/deputy-record/index', 'pages/categories/index', 'pages/suggestions/index'] },
  ],
  // Entering a page downloads the subpackage its role opens next (WeChat: at most 2 MB per page):
  // deputies and staff reach their workbench from 我的, residents 办实事成果 from the station page.
  // Admins, few and on desktops, load theirs on the tap.
  preloadRule: {
    'pages/me/index': { network: 'all', packages: ['packages/deputy', 'packages/staff'] },
    'pages/station/index': { network: 'all', packages: ['packages/resident'] },
  },
  // Icons: scripts/make-tab-icons.ts draws them in these two colours (81×81 PNG).
  tabBar: {
    // weapp draws the bar itself (src/custom-tab-bar, from the same four tabs) so that its labels
    // grow with large text: WeChat's own bar has no font size. WeChat still needs the list below.
    // H5 keeps Taro's bar (Taro 4 renders no custom one), which follows through src/styles/tab-bar.css.
    custom: process.env.TARO_ENV === 'weapp',
    color: '#666666',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/station/index', text: '联络站', iconPath: 'assets/tab-bar/station.png', selectedIconPath: 'assets/tab-bar/station-active.png' },
      { pagePath: 'pages/write/index', text: '写意见', iconPath: 'assets/tab-bar/write.png', selectedIconPath: 'assets/tab-bar/write-active.png' },
      { pagePath: 'pages/mine/index', text: '办理进度', iconPath: 'assets/tab-bar/mine.png', selectedIconPath: 'assets/tab-bar/mine-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab-bar/me.png', selectedIconPath: 'assets/tab-bar/me-active.png' },
    ],
  },
  // Location is asked only on a tap (nearest station, a place on the map), never tracked.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的人大代表联络站，位置不会保存' },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '代表联络站',
    navigationBarTextStyle: 'white',
    // WeChat's own bar in the mini-program; in H5 this shows Taro's bar (title, back arrow) too.
    navigationStyle: 'default',
  },
  // WeChat's current component look (WeUI v2), and only the components a page uses are injected.
  style: 'v2',
  lazyCodeLoading: 'requiredComponents',
});
