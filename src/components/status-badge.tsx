import { Text } from '@tarojs/components';
import type { Status } from '@core/opinion-status';

const TONE: Partial<Record<Status, string>> = {
  replied: 'good',
  resolved: 'good',
  closed: 'quiet',
  withdrawn: 'quiet',
  rejected: 'bad',
  need_info: 'warn',
  held: 'warn',
  triage: 'warn',
};

/** The status in words (the label comes from the server), coloured by how it stands. */
export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return <Text className={`badge badge--${TONE[status] ?? 'normal'}`}>{label}</Text>;
}
