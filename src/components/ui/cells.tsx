import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { Badge } from './badge';
import { EntryIcon, type IconTone } from './icon';

/** A group of cells (WeUI cells), with an optional title above it. */
export function Cells({ title, children, className }: { title?: string; children: ReactNode; className?: string }) {
  return (
    <>
      {title ? <Text className='ui-cells__title'>{title}</Text> : null}
      <View className={`ui-cells${className ? ` ${className}` : ''}`}>{children}</View>
    </>
  );
}

export interface CellProps {
  label: string;
  /** A second line in smaller grey text. */
  description?: string;
  /** One glyph on a coloured square, left of the label. */
  icon?: string;
  tone?: IconTone;
  /** A red count at the right (nothing for 0 or undefined). */
  badge?: number;
  /** Text at the right, before the chevron (e.g. 已开启). */
  value?: ReactNode;
  /** Opens this page when tapped (`tab`: a tab-bar page, opened with switchTab). */
  url?: string;
  tab?: boolean;
  /** Or runs this when tapped. */
  onClick?: () => void;
  /** A control at the right instead of the chevron (e.g. a Switch). */
  children?: ReactNode;
  className?: string;
}

/** One row: icon, label and description, a count, a chevron when it opens something. */
export function Cell({ label, description, icon, tone, badge, value, url, tab, onClick, children, className }: CellProps) {
  const open = url ? () => void (tab ? Taro.switchTab({ url }) : Taro.navigateTo({ url })) : onClick;
  const classes = ['ui-cell', icon ? 'ui-cell--icon' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View
      className={classes}
      hoverClass={open ? 'ui-cell--hover' : undefined}
      role={open ? (url ? 'link' : 'button') : undefined}
      onClick={open}
    >
      {icon ? <EntryIcon glyph={icon} tone={tone} /> : null}
      <View className='ui-cell__bd'>
        <Text className='ui-cell__label'>{label}</Text>
        {description ? <Text className='ui-cell__desc'>{description}</Text> : null}
      </View>
      <View className='ui-cell__ft'>
        <Badge count={badge} label={label} />
        {value !== undefined && value !== null ? <Text>{value}</Text> : null}
        {children ?? (open ? <View className='ui-cell__chevron' /> : null)}
      </View>
    </View>
  );
}
