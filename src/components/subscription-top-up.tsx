import { Button, Text, View } from '@tarojs/components';
import type { Audience } from '../hooks/use-subscription';
import { useTopUp } from '../hooks/use-top-up';

/**
 * 消息提醒额度: what each reminder has left, and a tap that asks for up to three more.
 * Without a credit a reminder is not sent; it waits as a badge in the app.
 */
export function SubscriptionTopUp({ audience }: { audience: Audience }) {
  const t = useTopUp(audience);
  if (!t.ready) return null;
  const empty = t.rows.some((r) => r.left < 1);
  return (
    <View className='card top-up' data-testid='top-up'>
      <Text className='card__title'>消息提醒</Text>
      {t.rows.map((r) => (
        <View key={r.key} className='row row--between small' data-key={r.key}>
          <Text>{r.title}</Text>
          <Text className={r.left < 1 ? 'notice-text' : 'muted'}>
            {r.longTerm ? (r.left > 0 ? '已开启' : '未开启') : `剩余 ${r.left} 次`}
          </Text>
        </View>
      ))}
      <Text className='muted small'>
        {empty ? '提醒次数用完后不再推送微信消息,请及时补充。' : '每同意一次,可收到一条对应的提醒。'}
      </Text>
      {t.notice ? (
        <View className='small' role='status'>
          <Text>{t.notice}</Text>
        </View>
      ) : null}
      {t.canTopUp ? (
        <Button className='btn btn--plain btn--small' onClick={() => t.ask('oneTime')}>
          补充提醒次数(每次最多3项)
        </Button>
      ) : null}
      {t.canSubscribeLongTerm ? (
        <Button className='btn btn--plain btn--small' onClick={() => t.ask('longTerm')}>
          开启长期提醒
        </Button>
      ) : null}
    </View>
  );
}
