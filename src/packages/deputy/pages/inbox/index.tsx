import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { INBOX_TABS } from '@core/contract/functions';
import { EmptyNotice, ErrorNotice, Loading } from '../../../../components/page-states';
import { StatusBadge } from '../../../../components/status-badge';
import { type InboxTab, useInbox } from '../../../../hooks/use-inbox';
import { INBOX_TAB_LABELS } from '../../../../lib/inbox-tabs';
import { formatTime } from '../../../../lib/time';
import { ROUTES } from '../../../../routes';
import { flag } from '../../../../lib/flag';

/** 代表收件箱: opinions routed to me, by tab. */
export default function InboxPage() {
  const [tab, setTab] = useState<InboxTab>('new');
  const inbox = useInbox(tab);
  const counts = inbox.last?.counts ?? {};
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void inbox.reload();
    shown.current = true;
  });

  return (
    <View className='page'>
      <View className='tabs' role='tablist'>
        {INBOX_TABS.map((t) => (
          <View
            key={t}
            className={`tab${t === tab ? ' tab--on' : ''}`}
            role='tab'
            onClick={() => setTab(t)}
          >
            <Text>
              {INBOX_TAB_LABELS[t]}
              {counts[t] !== undefined ? ` ${counts[t]}` : ''}
            </Text>
          </View>
        ))}
      </View>

      {inbox.error && inbox.items.length === 0 ? (
        <ErrorNotice message={inbox.error.message} onRetry={inbox.reload} />
      ) : inbox.loading && inbox.items.length === 0 ? (
        <Loading />
      ) : inbox.items.length === 0 ? (
        <EmptyNotice text='这里没有意见' />
      ) : (
        inbox.items.map((o) => (
          <View
            className='card list-item'
            key={o.id}
            hoverClass='list-item--hover'
            onClick={() => void Taro.navigateTo({ url: ROUTES.deputyDetail(o.id) })}
          >
            <View className='row row--between'>
              <Text className='list-item__title'>{o.category}</Text>
              <StatusBadge status={o.status} label={o.statusLabel} />
            </View>
            <Text className='excerpt'>{o.excerpt}</Text>
            <Text className='muted small'>
              {o.trackingNo} · {o.stationName} · {formatTime(o.createdAt)}
              {o.chaseCount > 0 ? ` · 催办${o.chaseCount}次` : ''}
            </Text>
          </View>
        ))
      )}
      {inbox.hasMore ? (
        <Button className='btn btn--plain' loading={flag(inbox.loading)} disabled={flag(inbox.loading)} onClick={inbox.more}>
          加载更多
        </Button>
      ) : null}
    </View>
  );
}
