import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { OpinionDetail } from '@core/contract/views';
import { relativeDayTime } from '@core/friendly-time';
import { deputyTitle } from '../lib/deputy-title';
import { PhotoGrid } from './photo-grid';
import { SecondBadge } from './second-badge';
import { StatusBadge } from './status-badge';

/**
 * What the opinion says and where it stands: shared by the resident's and the deputy's detail.
 * `media`: the resident's photos and 地点 inside it too. The deputy is named as the answer names
 * them: from the region (岳麓区人大代表) when it says, else by level.
 */
export function OpinionBody({ opinion, media = false }: { opinion: z.output<typeof OpinionDetail>; media?: boolean }) {
  const assignee = opinion.assignee;
  return (
    <View className='card'>
      <View className='row row--between'>
        <Text className='tracking'>查询编号 {opinion.trackingNo}</Text>
        <View className='row__badges'>
          <SecondBadge count={opinion.secondCount} />
          <StatusBadge status={opinion.status} label={opinion.statusLabel} />
        </View>
      </View>
      <Text className='muted'>
        {opinion.category} · {opinion.scopeLabel} · {opinion.stationName}
      </Text>
      <Text className='muted'>
        提交于 <Text className='nowrap'>{relativeDayTime(opinion.createdAt, new Date())}</Text>
      </Text>
      <Text className='body-text'>{opinion.text}</Text>
      {media && opinion.photos.length > 0 ? <PhotoGrid photos={opinion.photos} /> : null}
      {media && opinion.place ? <Text>地点：{opinion.place}</Text> : null}
      {assignee ? (
        <Text className='muted'>
          办理代表：{assignee.name}（{assignee.title ?? deputyTitle(assignee.levelLabel)}）
        </Text>
      ) : null}
      {opinion.guidance ? <Text className='notice'>{opinion.guidance}</Text> : null}
    </View>
  );
}
