import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { INBOX_TABS } from '@core/contract/functions';
import { ErrorNotice, ListStates } from '../../../../components/page-states';
import { OpinionCard } from '../../../../components/opinion-card';
import { type InboxTab, useInbox } from '../../../../hooks/use-inbox';
import { INBOX_TAB_LABELS } from '../../../../lib/inbox-tabs';
import { formatTime } from '../../../../lib/time';
import { ROUTES } from '../../../../routes';
import { flag } from '../../../../lib/flag';
import { Chip } from '../../../../components/chip';
import { RemindersCard } from '../../../../components/reminders-card';

/** 代表收件箱: opinions routed to me, by tab. */
export default function InboxPage() {
  // `?tab=overdue` (from a reminder or a link) opens that tab; anything else opens 待受理.
  const asked = useRouter().params.tab;
  const [tab, setTab] = useState<InboxTab>(() => INBOX_TABS.find((t) => t === asked) ?? 'new');
  const inbox = useInbox(tab);
  const counts = inbox.last?.counts ?? {};
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void inbox.reload();
    shown.current = true;
  });

  const notDeputy = inbox.error?.code === 'FORBIDDEN';
  return (
    <View className='page'>
      <View className='chips'>
        {[
          ['接待值班', ROUTES.deputyDuty],
          ['履职活动', ROUTES.deputyActivities],
          ['履职档案', ROUTES.deputyRecord],
          ['我的资料', ROUTES.deputyProfile],
        ].map(([label, url]) => (
          <Chip key={url} on={false} label={label} onTap={() => void Taro.navigateTo({ url })} />
        ))}
      </View>
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

      {notDeputy ? (
        <ErrorNotice title='还不是代表身份' message='代表请用联络站工作人员发放的邀请码绑定微信。'>
          <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: ROUTES.deputyBind })}>
            输入邀请码绑定
          </Button>
        </ErrorNotice>
      ) : (
        <ListStates list={inbox} empty='这里没有意见'>
          {() => (
            inbox.items.map((o) => (
              <OpinionCard key={o.id} opinion={o} url={ROUTES.deputyDetail(o.id)}>
                <Text className='muted small'>
                  {o.trackingNo} · {o.stationName} · 已{o.ageDays}天
                  {o.chaseCount > 0 ? ` · 催办${o.chaseCount}次` : ''}
                </Text>
                {o.dueAt ? (
                  <Text className={o.overdue ? 'notice' : 'muted small'}>
                    {o.overdue ? '已逾期 · ' : ''}
                    {o.dueKind === 'accept' ? '受理期限' : '办结期限'} {formatTime(o.dueAt)}
                  </Text>
                ) : null}
              </OpinionCard>
            ))
          )}
        </ListStates>
      )}
      {inbox.hasMore ? (
        <Button className='btn btn--plain' loading={flag(inbox.loading)} disabled={flag(inbox.loading)} onClick={inbox.more}>
          加载更多
        </Button>
      ) : null}
      {notDeputy ? null : <RemindersCard role='deputy' />}
    </View>
  );
}
