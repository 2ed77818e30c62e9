import { PRIVACY_CONTRACT_NAME, PRIVACY_SUMMARY, PRIVACY_TITLE } from '../lib/privacy-notice';
import type { PrivacyPopupProps } from './privacy-popup.d';

// The native component, declared in each page's usingComponents as `privacy-popup`.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'privacy-popup': {
        show: boolean;
        title: string;
        summary: string;
        contract: string;
        onAgree: () => void;
        onDisagree: () => void;
      };
    }
  }
}

export function PrivacyPopup({ show, onAgree, onDisagree }: PrivacyPopupProps) {
  return (
    <privacy-popup
      show={show}
      title={PRIVACY_TITLE}
      summary={PRIVACY_SUMMARY}
      contract={PRIVACY_CONTRACT_NAME}
      onAgree={onAgree}
      onDisagree={onDisagree}
    />
  );
}
