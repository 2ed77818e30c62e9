import { View } from '@tarojs/components';

/** A red count (WeUI badge): nothing for 0, "99+" past `max`; `dot` for "something new" without a number. */
export function Badge({ count, max = 99, dot, label }: { count?: number; max?: number; dot?: boolean; label?: string }) {
  if (dot) return <View className='ui-badge ui-badge--dot' ariaLabel={label ?? '有新内容'} />;
  if (!count || count <= 0) return null;
  const shown = count > max ? `${max}+` : String(count);
  return (
    <View className='ui-badge' ariaLabel={label ? `${label} ${count}` : undefined}>
      {shown}
    </View>
  );
}
