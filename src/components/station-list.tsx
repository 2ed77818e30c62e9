import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { StationListItem } from '@core/contract/views';

type Item = z.output<typeof StationListItem>;

/** Stations to pick from, for residents who came without scanning a code. */
export function StationList({ items, onPick }: { items: Item[]; onPick: (code: string) => void }) {
  return (
    <View className='card'>
      <Text className='card__title'>选择联络站</Text>
      {items.map((s) => (
        <View className='list-item' key={s.code} onClick={() => onPick(s.code)} hoverClass='list-item--hover'>
          <View className='row row--between'>
            <Text className='list-item__title'>{s.name}</Text>
            {s.retired ? <Text className='badge badge--quiet'>已撤并</Text> : null}
          </View>
          <Text className='muted'>
            {s.regionName} · {s.address}
          </Text>
        </View>
      ))}
    </View>
  );
}
