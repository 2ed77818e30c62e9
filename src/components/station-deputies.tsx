import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Answer } from '@core/contract/functions';
import { Field } from './field';
import { flag } from '../lib/flag';

/** staff.attachableDeputies and admin.attachableDeputies answer the same shape. */
type Attachable = Answer<'staff', 'attachableDeputies'>;

/**
 * 本站代表: attached deputies (移出) and those within my scope I may attach (设为本站代表), any
 * level. Used by the staff and admin subpackages only.
 */
export function StationDeputies({ data, busy, onToggle }: { data: Attachable | undefined; busy: boolean; onToggle: (id: string) => void }) {
  const [name, setName] = useState('');
  if (!data) return <Text className='muted'>正在读取可选代表…</Text>;
  const shown = data.items.filter((d) => d.attached || !name.trim() || d.name.includes(name.trim()));
  return (
    <View className='attach-deputies'>
      <Text className='muted small'>可选：{data.scopeName}及以下的代表、上级各级人大代表和省军区代表。</Text>
      <Field label='按姓名查找' value={name} onChange={setName} placeholder='输入代表姓名' />
      {shown.map((d) => (
        <View key={d.id} className='attach-deputy'>
          <Text className='attach-deputy__name'>
            {d.name} · {d.levelLabel}
            {d.homeRegionName ? ` · ${d.homeRegionName}` : ''}
            {d.bound ? '' : '（未绑定微信）'}
          </Text>
          <Button className='btn btn--small btn--plain' disabled={flag(busy || (!d.attached && !d.withinScope))} onClick={() => onToggle(d.id)}>
            {d.attached ? '移出' : '设为本站代表'}
          </Button>
        </View>
      ))}
    </View>
  );
}
