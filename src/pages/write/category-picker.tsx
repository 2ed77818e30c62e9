import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { z } from 'zod';
import type { StationCategory } from '@core/contract/views';
import { Chip } from '../../components/chip';
import { FieldFault } from './field-fault';
import '../../styles/write-categories.css';

type Category = z.output<typeof StationCategory>;

/** A name longer than the defaults' (at most four characters) takes two cells of the grid, or the row. */
const widthOf = (name: string): string | undefined => {
  const n = Array.from(name).length;
  return n > 8 ? 'write-cat--full' : n > 4 ? 'write-cat--wide' : undefined;
};

/**
 * 意见类别: the station's categories (the provincial defaults and those its regions added, in
 * the order the server gives: core/categories.ts) — the ones residents pick most, then 更多类别
 * for the rest, with the matters a deputy does not take up (涉法涉诉, 招投标等经济活动,
 * 对代表的意见) set apart under their own heading. The guidance of the chosen one shows below,
 * or, for a category the region added, what it is about.
 */
export function CategoryPicker({
  categories,
  value,
  onChange,
  guidance,
  fault,
}: {
  categories: readonly Category[];
  value: string | undefined;
  onChange: (c: string) => void;
  guidance?: string;
  fault?: string;
}) {
  const common = categories.filter((c) => c.common && !c.staffOnly);
  const rest = categories.filter((c) => !c.common && !c.staffOnly);
  const staffOnly = categories.filter((c) => c.staffOnly);
  const [more, setMore] = useState(() => value !== undefined && !common.some((c) => c.name === value));
  const hint = categories.find((c) => c.name === value)?.hint;
  const chip = (c: Category) => <Chip key={c.name} label={c.name} on={value === c.name} onTap={() => onChange(c.name)} className={widthOf(c.name)} />;
  return (
    <View className={`card write-field${fault ? ' write-field--fault' : ''}`} id='write-field-category'>
      <Text className='card__title'>意见类别</Text>
      <View className='write-cats'>
        {common.map(chip)}
      </View>
      {more ? (
        <View className='write-cats-more'>
          <Text className='write-subhead'>其他类别</Text>
          <View className='write-cats'>{rest.map(chip)}</View>
          <Text className='write-subhead'>以下事项不由代表办理，由工作人员登记并告诉您去哪里反映</Text>
          <View className='chips'>{staffOnly.map(chip)}</View>
        </View>
      ) : null}
      <View className='write-toggle' role='button' onClick={() => setMore(!more)}>
        <Text>{more ? '收起类别' : '更多类别'}</Text>
        <Text className={`write-toggle__arrow${more ? ' write-toggle__arrow--up' : ''}`} />
      </View>
      {guidance ? <Text className='notice'>{guidance}</Text> : hint ? <Text className='muted small write-cat-hint'>{value}：{hint}</Text> : null}
      <FieldFault text={fault} />
    </View>
  );
}
