/**
 * The mini-program privacy authorization (wx.onNeedPrivacyAuthorization). weapp: WeChat calls the
 * listener when a privacy API (choosing photos, location) needs the user's agreement first, and
 * waits for `resolve`; h5 has no such APIs, so nothing calls it there.
 */
export interface PrivacyAnswer {
  event: 'agree' | 'disagree';
  /** The id of the agree button the user tapped (WeChat checks it was tapped). */
  buttonId?: string;
}
export type PrivacyResolve = (answer: PrivacyAnswer) => void;

/** The one listener (the page on screen sets it when shown). */
export declare function onNeedPrivacy(listener: (resolve: PrivacyResolve) => void): void;
/** Opens the full privacy guide (weapp: WeChat's page for it; h5: nothing, the text is inline). */
export declare function openPrivacyContract(): void;
