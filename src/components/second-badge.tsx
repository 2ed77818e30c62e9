import { Text } from '@tarojs/components';
import '../styles/seconds.css';

/** "附议 N": residents who joined the case (decision 0036); nothing when none. */
export function SecondBadge({ count }: { count?: number }) {
  if (!count || count <= 0) return null;
  return (
    <Text className='badge badge--second'>
      附议 {count}
    </Text>
  );
}
