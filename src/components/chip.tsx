import { Text, View } from '@tarojs/components';

/** A one-tap choice, at least 44 px high, read out by its label (or a fuller `ariaLabel`); `className` adds to `chip`. */
export function Chip({ on, label, onTap, ariaLabel, className }: { on: boolean; label: string; onTap: () => void; ariaLabel?: string; className?: string }) {
  return (
    <View className={`chip${on ? ' chip--on' : ''}${className ? ` ${className}` : ''}`} onClick={onTap} role='button' ariaLabel={ariaLabel ?? label}>
      <Text>{label}</Text>
    </View>
  );
}
