import { Text, View } from '@tarojs/components';

/** A one-tap choice, at least 44 px high, read out by its label (or a fuller `ariaLabel`). */
export function Chip({ on, label, onTap, ariaLabel }: { on: boolean; label: string; onTap: () => void; ariaLabel?: string }) {
  return (
    <View className={`chip${on ? ' chip--on' : ''}`} onClick={onTap} role='button' ariaLabel={ariaLabel ?? label}>
      <Text>{label}</Text>
    </View>
  );
}
