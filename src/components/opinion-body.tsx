import { Text, View } from '@tarojs/components';
import type { z } from 'zod';
import type { OpinionDetail } from '@core/contract/views';
import { deputyTitle } from '../lib/deputy-title';
import { formatTime } from '../lib/time';
import { StatusBadge } from './status-badge';

/** What the opinion says and where it stands: shared by the resident's and the deputy's detail. */
export function OpinionBody({ opinion }: { opinion: z.output<typeof OpinionDetail> }) {
  return (
    <View className='card'>
      <View className='row row--between'>
        <Text className='tracking'>查询编号 {opinion.trackingNo}</Text>
        <StatusBadge status={opinion.status} label={opinion.statusLabel} />
      </View>
      <Text className='muted'>
        {opinion.category} · {opinion.scopeLabel} · {opinion.stationName}
      </Text>
      <Text className='muted'>提交于 {formatTime(opinion.createdAt)}</Text>
      <Text className='body-text'>{opinion.text}</Text>
      {opinion.assignee ? (
        <Text className='muted'>
          办理代表:{opinion.assignee.name}({deputyTitle(opinion.assignee.levelLabel)})
        </Text>
      ) : null}
      {opinion.guidance ? <Text className='notice'>{opinion.guidance}</Text> : null}
    </View>
  );
}
