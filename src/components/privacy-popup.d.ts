/**
 * The privacy notice popup. weapp: the native custom component in src/native/privacy-popup (its
 * agree button has open-type="agreePrivacyAuthorization", which WeChat requires); h5: a React
 * counterpart with the same text and events.
 */
export interface PrivacyPopupProps {
  show: boolean;
  onAgree: () => void;
  onDisagree: () => void;
}
export declare function PrivacyPopup(props: PrivacyPopupProps): JSX.Element | null;
