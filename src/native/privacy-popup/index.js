/**
 * The privacy notice (用户隐私保护指引) as a native custom component. WeChat only accepts the
 * agreement from a <button open-type="agreePrivacyAuthorization">, which Taro's React components
 * do not render on their own; the page passes the text in and listens to `agree` / `disagree`.
 */
Component({
  properties: {
    show: { type: Boolean, value: false },
    title: { type: String, value: '隐私保护提示' },
    summary: { type: String, value: '' },
    contract: { type: String, value: '《隐私保护指引》' },
  },
  methods: {
    openContract: function () {
      if (typeof wx !== 'undefined' && wx.openPrivacyContract) wx.openPrivacyContract({});
      this.triggerEvent('opencontract', {});
    },
    handleAgree: function () {
      this.triggerEvent('agree', { buttonId: 'privacy-agree' });
    },
    handleDisagree: function () {
      this.triggerEvent('disagree', {});
    },
  },
});
