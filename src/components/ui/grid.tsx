import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { Badge } from './badge';
import { EntryIcon, type IconTone } from './icon';

/** Entries in a grid, three a row (`columns={2}`: two), for a desk's daily work. */
export function Grid({ children, columns = 3 }: { children: ReactNode; columns?: 2 | 3 }) {
  return <View className={`ui-grid${columns === 2 ? ' ui-grid--2' : ''}`}>{children}</View>;
}

/** One entry: an icon, a label, a red count at the corner; a tap opens `url` or runs `onClick`. */
export function GridItem({ label, icon, tone, badge, url, onClick }: { label: string; icon: string; tone?: IconTone; badge?: number; url?: string; onClick?: () => void }) {
  const open = url ? () => void Taro.navigateTo({ url }) : onClick;
  return (
    <View className='ui-grid__item' hoverClass='ui-grid__item--hover' role={url ? 'link' : 'button'} onClick={open}>
      <EntryIcon glyph={icon} tone={tone} className='ui-cell__icon ui-grid__icon' />
      <Text className='ui-grid__label'>{label}</Text>
      {badge ? (
        <View className='ui-grid__badge'>
          <Badge count={badge} label={label} />
        </View>
      ) : null}
    </View>
  );
}
