import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { INBOX_TABS } from '@core/contract/functions';
import { ErrorNotice, ListStates } from '../../../../components/page-states';
import { OpinionCard } from '../../../../components/opinion-card';
import { Grid, GridItem } from '../../../../components/ui/grid';
import { type InboxTab, useInbox } from '../../../../hooks/use-inbox';
import { formatTime } from '../../../../lib/time';
import { ROUTES } from '../../../../routes';
import { flag } from '../../../../lib/flag';
import { RemindersCard } from '../../../../components/reminders-card';
import { COUNTED_TABS, INBOX_TAB_LABELS, receivedAgo, URGENT_TABS } from '../../lib/inbox-tabs';
import { useMyCaseSearch } from '../../hooks/use-my-case-search';
import '../../../../styles/deputy.css';
import '../../../../styles/search.css';

/** The deputy's other work, one tap away: an icon grid, not chips that look like filters. */
const TOOLS = [
  { label: '接待值班', icon: '值', tone: 'blue', url: ROUTES.deputyDuty },
  { label: '履职活动', icon: '活', tone: 'green', url: ROUTES.deputyActivities },
  { label: '履职档案', icon: '档', tone: 'orange', url: ROUTES.deputyRecord },
  { label: '代表建议', icon: '议', tone: 'red', url: ROUTES.deputySuggestions },
  { label: '我的资料', icon: '我', tone: 'purple', url: ROUTES.deputyProfile },
] as const;

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
  const found = useMyCaseSearch();
  const [box, setBox] = useState('');
  return (
    <View className='page'>
      {notDeputy ? null : (
        <View className='deputy-tools'>
          <Grid>
            {TOOLS.map((x) => (
              <GridItem key={x.url} label={x.label} icon={x.icon} tone={x.tone} url={x.url} />
            ))}
          </Grid>
        </View>
      )}
      {notDeputy ? null : (
        <View className='row search-box'>
          <Input
            className='input search-box__input'
            value={box}
            placeholder='查找我办理的意见：查询编号或内容中的词'
            ariaLabel='查找我办理的意见'
            confirmType='search'
            onInput={(e) => setBox(e.detail.value)}
            onConfirm={() => void found.search(box)}
          />
          <Button className='btn btn--primary btn--small' onClick={() => void found.search(box)}>
            查找
          </Button>
        </View>
      )}
      {found.searching ? (
        <SearchResults found={found} onClose={() => (found.clear(), setBox(''))} />
      ) : (
        <>
          <View className='inbox-tabs' role='tablist'>
            {INBOX_TABS.map((t) => {
              const n = counts[t];
              const label = INBOX_TAB_LABELS[t];
              const hot = URGENT_TABS.includes(t) && (n ?? 0) > 0;
              return (
                <View
                  key={t}
                  className={`inbox-tab${t === tab ? ' inbox-tab--on' : ''}`}
                  role='tab'
                  aria-selected={t === tab ? 'true' : 'false'}
                  ariaLabel={n !== undefined ? `${label} ${n}` : label}
                  onClick={() => setTab(t)}
                >
                  <Text>{label}</Text>
                  {n && COUNTED_TABS.includes(t) ? <Text className={`inbox-tab__count${hot ? ' inbox-tab__count--hot' : ''}`}>{n}</Text> : null}
                </View>
              );
            })}
          </View>

          {notDeputy ? (
            <ErrorNotice title='还不是代表身份' message='代表请用联络站工作人员发放的邀请码绑定微信。'>
              <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: ROUTES.deputyBind })}>
                输入邀请码绑定
              </Button>
            </ErrorNotice>
          ) : (
            <ListStates list={inbox} empty='这里没有意见'>
              {() =>
                inbox.items.map((o) => (
                  <OpinionCard key={o.id} opinion={o} url={ROUTES.deputyDetail(o.id)}>
                    <Text className='muted small'>
                      {o.trackingNo} · {o.stationName} · {receivedAgo(o.ageDays)}
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
              }
            </ListStates>
          )}
          {inbox.hasMore ? (
            <Button className='btn btn--plain' loading={flag(inbox.loading)} disabled={flag(inbox.loading)} onClick={inbox.more}>
              加载更多
            </Button>
          ) : null}
        </>
      )}
      {notDeputy ? null : <RemindersCard role='deputy' />}
    </View>
  );
}

/** What the search box found among the deputy's cases, newest first; 返回收件箱 goes back to the tabs. */
function SearchResults({ found, onClose }: { found: ReturnType<typeof useMyCaseSearch>; onClose: () => void }) {
  return (
    <View className='search-results'>
      <View className='row row--between'>
        <Text className='muted small'>查找结果，新收到的在前</Text>
        <Button className='btn btn--plain btn--small' onClick={onClose}>
          返回收件箱
        </Button>
      </View>
      <ListStates list={found.list} empty='没有找到符合条件的意见'>
        {() =>
          found.list.items.map((o) => (
            <OpinionCard key={o.id} opinion={o} url={ROUTES.deputyDetail(o.id)}>
              <Text className='muted small'>
                {o.trackingNo} · {o.stationName} · {formatTime(o.createdAt)} 收到
              </Text>
            </OpinionCard>
          ))
        }
      </ListStates>
      {found.list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(found.list.loading)} disabled={flag(found.list.loading)} onClick={() => void found.list.more()}>
          加载更多
        </Button>
      ) : null}
    </View>
  );
}
