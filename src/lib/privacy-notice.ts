/**
 * The privacy notice shown before the first submission. The full guide is configured in the
 * WeChat admin console (用户隐私保护指引); this is its summary. Bump the version when it changes.
 */
import { PRIVACY_NOTICE_VERSION } from '@core/privacy';

/** The one version the app and the server agree on (core/privacy.ts). */
export const PRIVACY_VERSION = PRIVACY_NOTICE_VERSION;

export const PRIVACY_TITLE = '隐私保护提示';

export const PRIVACY_SUMMARY =
  '提交意见前，请阅读《代表联络站隐私保护指引》。我们只收集办理意见所需的信息：意见内容、照片、您填写的地点和电话；' +
  '位置只在您点击“离我最近”时用于查找联络站，不会保存。匿名时代表看不到您的身份，电话只在您允许时给代表看到。' +
  '您可以在“我的数据”中导出或删除自己的数据。';

export const PRIVACY_CONTRACT_NAME = '《代表联络站隐私保护指引》';
