import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useCoverTabBar } from './cover-tab-bar';

/**
 * WeUI's half-screen dialog: a sheet from the bottom with a title and a close button, a body that
 * scrolls, and a footer for its actions; tapping the mask closes it. It covers the tab bar while
 * open (useCoverTabBar) and keeps clear of the home indicator.
 */
export function HalfScreenDialog({
  show,
  title,
  onClose,
  children,
  footer,
}: {
  show: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}) {
  useCoverTabBar(show);
  if (!show) return null;
  return (
    <View className='ui-half' role='dialog' ariaLabel={title}>
      <View className='ui-half__mask' onClick={onClose} />
      <View className='ui-half__sheet'>
        <View className='ui-half__hd'>
          <View className='ui-half__close' role='button' ariaLabel='关闭' onClick={onClose}>
            <Text>×</Text>
          </View>
          <Text className='ui-half__title'>{title}</Text>
        </View>
        <View className='ui-half__bd'>{children}</View>
        {footer ? <View className='ui-half__ft'>{footer}</View> : null}
      </View>
    </View>
  );
}
