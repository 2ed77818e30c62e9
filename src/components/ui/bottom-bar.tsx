import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * The screen's one primary action, fixed at the bottom above the home indicator
 * (env(safe-area-inset-bottom)); on H5 tab pages it sits on the tab bar. A spacer of the bar's
 * height ends the page, so nothing hides under the bar. Give `text` and `onClick` for the usual
 * primary button, or `children` for something else; `tip`: one line above the button.
 */
export function BottomBar({
  text,
  onClick,
  disabled,
  tip,
  children,
}: {
  text?: string;
  onClick?: () => void;
  disabled?: boolean;
  tip?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <View className={`ui-bottom-bar__spacer${tip ? ' ui-bottom-bar__spacer--tip' : ''}`} />
      <View className='ui-bottom-bar'>
        {tip ? <Text className='ui-bottom-bar__tip'>{tip}</Text> : null}
        {children ?? (
          <Button className='btn btn--primary btn--big' disabled={disabled} onClick={onClick}>
            {text}
          </Button>
        )}
      </View>
    </>
  );
}
