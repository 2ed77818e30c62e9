// WeChat loads custom-tab-bar/index as a custom component; Taro writes this as its index.json.
// `comp` is Taro's recursive template component, which pages get declared by Taro itself.
export default {
  component: true,
  usingComponents: { comp: '../comp' },
};
