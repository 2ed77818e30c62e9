import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { COMMON_CATEGORIES, MORE_CATEGORIES, STAFF_ONLY_CATEGORIES } from '@core/resident-words';
import type { Category } from '@core/vocabulary';
import { Chip } from '../../components/chip';
import { FieldFault } from './field-fault';

/**
 * 意见类别: the eight residents pick most, then 更多类别 for the rest, with the matters a deputy
 * does not take up (涉法涉诉, 招投标等经济活动, 对代表的意见) set apart under their own heading.
 * The guidance of the chosen one shows below.
 */
export function CategoryPicker({
  value,
  onChange,
  guidance,
  fault,
}: {
  value: Category | undefined;
  onChange: (c: Category) => void;
  guidance?: string;
  fault?: string;
}) {
  const [more, setMore] = useState(() => value !== undefined && !COMMON_CATEGORIES.includes(value));
  const chip = (c: Category) => <Chip key={c} label={c} on={value === c} onTap={() => onChange(c)} />;
  return (
    <View className={`card write-field${fault ? ' write-field--fault' : ''}`} id='write-field-category'>
      <Text className='card__title'>意见类别</Text>
      <View className='write-cats'>
        {COMMON_CATEGORIES.map(chip)}
      </View>
      {more ? (
        <View className='write-cats-more'>
          <Text className='write-subhead'>其他类别</Text>
          <View className='write-cats'>{MORE_CATEGORIES.map(chip)}</View>
          <Text className='write-subhead'>以下事项不由代表办理，由工作人员登记并告诉您去哪里反映</Text>
          <View className='chips'>{STAFF_ONLY_CATEGORIES.map(chip)}</View>
        </View>
      ) : null}
      <View className='write-toggle' role='button' onClick={() => setMore(!more)}>
        <Text>{more ? '收起类别' : '更多类别'}</Text>
        <Text className={`write-toggle__arrow${more ? ' write-toggle__arrow--up' : ''}`} />
      </View>
      {guidance ? <Text className='notice'>{guidance}</Text> : null}
      <FieldFault text={fault} />
    </View>
  );
}
