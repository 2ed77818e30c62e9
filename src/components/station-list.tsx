import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { StationListItem } from '@core/contract/views';

type Item = z.output<typeof StationListItem>;

/** Stations grouped by region, in the order the server gave them. */
export function groupByRegion(items: Item[]): [string, Item[]][] {
  const groups = new Map<string, Item[]>();
  for (const s of items) groups.set(s.regionName, [...(groups.get(s.regionName) ?? []), s]);
  return [...groups.entries()];
}

function StationRow({ s, onPick }: { s: Item; onPick: (code: string) => void }) {
  return (
    <View className='list-item' onClick={() => onPick(s.code)} hoverClass='list-item--hover' role='button' ariaLabel={s.name}>
      <View className='row row--between'>
        <Text className='list-item__title'>{s.name}</Text>
        {s.distanceKm !== undefined ? <Text className='badge'>{s.distanceKm} 公里</Text> : null}
        {s.retired ? <Text className='badge badge--quiet'>已撤并</Text> : null}
      </View>
      <Text className='muted'>
        {s.regionName} · {s.address}
      </Text>
    </View>
  );
}

/** Stations to pick from, for residents who came without scanning a code: by region, or nearest. */
export function StationList({ items, onPick, title = '选择联络站', byRegion = true }: { items: Item[]; onPick: (code: string) => void; title?: string; byRegion?: boolean }) {
  return (
    <View className='card'>
      <Text className='card__title'>{title}</Text>
      {byRegion
        ? groupByRegion(items).map(([region, list]) => (
            <View key={region} className='region-group'>
              <Text className='region-group__name'>{region}</Text>
              {list.map((s) => (
                <StationRow s={s} onPick={onPick} key={s.code} />
              ))}
            </View>
          ))
        : items.map((s) => <StationRow s={s} onPick={onPick} key={s.code} />)}
    </View>
  );
}
