import { Text, View } from '@tarojs/components';

/** Chips to pick one (or several with `multi`) of a few options. */
export function Chips<T extends string | number>(props: { options: { value: T; label: string }[]; selected: T[]; onToggle: (v: T) => void }) {
  return (
    <View className='chips'>
      {props.options.map((o) => (
        <View key={String(o.value)} className={`chip${props.selected.includes(o.value) ? ' chip--on' : ''}`} role='button' onClick={() => props.onToggle(o.value)}>
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}
