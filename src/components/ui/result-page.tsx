import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

export type ResultIcon = 'success' | 'warn' | 'info' | 'waiting';

export interface ResultAction {
  text: string;
  onClick: () => void;
  disabled?: boolean;
}

const GLYPH: Record<Exclude<ResultIcon, 'success'>, string> = { warn: '!', info: 'i', waiting: '…' };

/**
 * WeUI's msg page: an icon (success green check, warn red "!", info blue "i"), a centred title
 * and description, what else belongs to the result (`children`, e.g. a tracking number), one
 * primary and one secondary action, and an extra area at the foot (links, small print).
 */
export function ResultPage({
  icon = 'success',
  title,
  description,
  primary,
  secondary,
  extra,
  children,
}: {
  icon?: ResultIcon;
  title: string;
  description?: ReactNode;
  primary?: ResultAction;
  secondary?: ResultAction;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <View className='ui-msg' role='status' ariaLabel={title}>
      <View className={`ui-msg__icon ui-msg__icon--${icon}`} data-icon={icon}>
        {icon === 'success' ? <View className='ui-msg__check' /> : <Text>{GLYPH[icon]}</Text>}
      </View>
      <Text className='ui-msg__title'>{title}</Text>
      {description ? <Text className='ui-msg__desc'>{description}</Text> : null}
      {children ? <View className='ui-msg__body'>{children}</View> : null}
      {primary || secondary ? (
        <View className='ui-msg__actions'>
          {primary ? (
            <Button className='btn btn--primary' disabled={primary.disabled} onClick={primary.onClick}>
              {primary.text}
            </Button>
          ) : null}
          {secondary ? (
            <Button className='btn btn--plain' disabled={secondary.disabled} onClick={secondary.onClick}>
              {secondary.text}
            </Button>
          ) : null}
        </View>
      ) : null}
      {extra ? <View className='ui-msg__extra'>{extra}</View> : null}
    </View>
  );
}
