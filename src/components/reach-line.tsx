import { Text, View } from '@tarojs/components';
import { beijingDate } from '@core/beijing-time';

/** Whether a person receives the reminder their work needs, as the server answers it (ReachView). */
export interface Reach {
  reachable: boolean;
  label: string;
  lastSentAt?: string;
  endedAt?: string;
}

/** When WeChat last took a reminder for them, in plain words: 最近送达:3月5日, or 从未送达. */
export function lastDelivered(reach: Reach): string {
  if (!reach.lastSentAt) return '从未送达';
  const [, m, d] = beijingDate(reach.lastSentAt).split('-');
  return `最近送达：${Number(m)}月${Number(d)}日`;
}

/** One person's reach on a list: name, why they cannot be reached (or that they can), last delivery. */
export function ReachLine({ name, reach }: { name: string; reach: Reach }) {
  return (
    <Text className={`bullet small${reach.reachable ? '' : ' notice-text'}`} data-reachable={String(reach.reachable)}>
      · {name}：{reach.label}，{lastDelivered(reach)}
    </Text>
  );
}

/**
 * 联系不上的代表: those of a list who cannot be reached, or one line saying everyone can.
 * Nothing when the list is empty.
 */
export function UnreachableList({ title, all, people }: { title: string; all: string; people: readonly { id: string; name: string; reach: Reach }[] }) {
  if (people.length === 0) return null;
  const unreachable = people.filter((p) => !p.reach.reachable);
  return (
    <View className='column reach-list'>
      {unreachable.length === 0 ? (
        <Text className='muted small'>{all}</Text>
      ) : (
        <>
          <Text className='small notice-text'>
            {title}（{unreachable.length}位）：
          </Text>
          {unreachable.map((p) => (
            <ReachLine key={p.id} name={p.name} reach={p.reach} />
          ))}
        </>
      )}
    </View>
  );
}
