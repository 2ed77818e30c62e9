import { Image, Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { DeputyCard as DeputyCardView } from '@core/contract/views';
import { deputyTitle } from '../lib/deputy-title';

/**
 * A deputy with photo (described in words), the congress they sit in (岳麓区人大代表, named from
 * the region by the server; by level where it did not), bio, specialties, the contact they chose
 * to publish, and whether they are here now.
 */
export function DeputyCard({ deputy }: { deputy: z.output<typeof DeputyCardView> }) {
  return (
    <View className='deputy'>
      {deputy.photo ? (
        <Image
          className='deputy__photo'
          src={deputy.photo}
          mode='aspectFill'
          ariaLabel={deputy.photoAlt}
          nativeProps={{ alt: deputy.photoAlt }}
        />
      ) : (
        <View className='deputy__photo deputy__photo--none' ariaLabel={deputy.photoAlt}>
          <Text>{deputy.name.slice(0, 1)}</Text>
        </View>
      )}
      <View className='deputy__info'>
        <View className='row'>
          <Text className='deputy__name'>{deputy.name}</Text>
          <Text className='deputy__level'>{deputy.title ?? deputyTitle(deputy.levelLabel)}</Text>
        </View>
        <View className='row'>
          {deputy.onDutyNow ? <Text className='badge badge--good'>正在接待</Text> : null}
          {deputy.onLeave ? <Text className='badge badge--quiet'>请假中</Text> : null}
        </View>
        <Text className='deputy__bio'>{deputy.bio}</Text>
        {deputy.specialties.length ? <Text className='deputy__more'>关注领域：{deputy.specialties.join('、')}</Text> : null}
        {deputy.contact.text ? <Text className='deputy__more'>联系方式：{deputy.contact.text}</Text> : null}
      </View>
    </View>
  );
}
