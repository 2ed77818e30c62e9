import { View } from '@tarojs/components';

/** The colours an entry's icon may take (a small set, so lists stay calm). */
export type IconTone = 'red' | 'blue' | 'green' | 'orange' | 'purple' | 'grey';

const TONE: Record<IconTone, string> = {
  red: '#b71c1c',
  blue: '#10aeff',
  green: '#07c160',
  orange: '#fa9d3b',
  purple: '#6467f0',
  grey: '#8c8c8c',
};

/**
 * An entry's icon: one glyph on a rounded coloured square, as WeChat's own menus draw them.
 * Text, not an image: the same on weapp and H5, nothing added to the package, and it grows
 * with large text.
 */
export function EntryIcon({ glyph, tone = 'red', className = 'ui-cell__icon' }: { glyph: string; tone?: IconTone; className?: string }) {
  return (
    <View className={className} style={{ background: TONE[tone] }}>
      {glyph}
    </View>
  );
}
