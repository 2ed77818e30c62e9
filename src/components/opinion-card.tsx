import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { Status } from '@core/opinion-status';
import { SecondBadge } from './second-badge';
import { StatusBadge } from './status-badge';

interface CardOpinion {
  id: string;
  category: string;
  status: Status;
  statusLabel: string;
  excerpt: string;
  /** Residents who joined it by 附议. */
  secondCount?: number;
}

/** One opinion in a list: category, status, excerpt, and the lines the list adds (`children`). */
export function OpinionCard({ opinion, url, children }: { opinion: CardOpinion; url: string; children: ReactNode }) {
  return (
    <View className='card list-item' hoverClass='list-item--hover' onClick={() => void Taro.navigateTo({ url })}>
      <View className='row row--between'>
        <Text className='list-item__title'>{opinion.category}</Text>
        <View className='row__badges'>
          <SecondBadge count={opinion.secondCount} />
          <StatusBadge status={opinion.status} label={opinion.statusLabel} />
        </View>
      </View>
      <Text className='excerpt'>{opinion.excerpt}</Text>
      {children}
    </View>
  );
}
