import { Button, Text, View } from '@tarojs/components';
import { PRIVACY_CONTRACT_NAME, PRIVACY_SUMMARY, PRIVACY_TITLE } from '../lib/privacy-notice';
import { useCoverTabBar } from './ui/cover-tab-bar';
import type { PrivacyPopupProps } from './privacy-popup.d';

/**
 * The H5 counterpart of src/native/privacy-popup: same text, same agree / disagree events. The
 * tab bar is hidden while it is open: it lies outside the page, above anything fixed inside it,
 * and would cover the lower half of the buttons.
 */
export function PrivacyPopup({ show, onAgree, onDisagree }: PrivacyPopupProps) {
  useCoverTabBar(show);
  if (!show) return null;
  return (
    <View className='popup' role='dialog' ariaLabel={PRIVACY_TITLE}>
      <View className='popup__sheet'>
        <Text className='popup__title'>{PRIVACY_TITLE}</Text>
        <Text className='popup__text'>{PRIVACY_SUMMARY}</Text>
        <Text className='popup__link'>{PRIVACY_CONTRACT_NAME}全文见小程序设置中的隐私保护指引。</Text>
        <View className='popup__actions'>
          <Button className='btn btn--plain popup__btn' onClick={onDisagree}>
            不同意
          </Button>
          <Button className='btn btn--primary popup__btn' id='privacy-agree' onClick={onAgree}>
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  );
}
