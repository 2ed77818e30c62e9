import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { Chip } from '../../components/chip';
import { EmptyNotice, ErrorNotice, Loading } from '../../components/page-states';
import { PageRoot } from '../../components/page-root';
import { OpinionCard } from '../../components/opinion-card';
import { useMyOpinions } from '../../hooks/use-my-opinions';
import { useMySeconds } from '../../hooks/use-my-seconds';
import { relativeDay } from '@core/friendly-time';
import { ROUTES } from '../../routes';
import { flag } from '../../lib/flag';
import '../../styles/seconds.css';

type Tab = 'own' | 'seconded';

/** 我的意见: every opinion the resident sent, with where it stands; and the cases of others they joined (附议). */
export default function MinePage() {
  const list = useMyOpinions();
  const seconds = useMySeconds();
  const [chosen, setChosen] = useState<Tab>();
  const shown = useRef(false);
  // The first show is the first load; later shows refresh (a status may have changed).
  useDidShow(() => {
    if (shown.current) {
      void list.reload();
      void seconds.reload();
    }
    shown.current = true;
  });

  const secondTotal = seconds.total ?? seconds.items.length;
  // Only someone who joined a case sees the two lists; one who only joined starts on theirs.
  const tabs = secondTotal > 0;
  const tab: Tab = !tabs ? 'own' : (chosen ?? (list.items.length === 0 && !list.loading ? 'seconded' : 'own'));

  if (list.error && list.items.length === 0 && !tabs) {
    return (
      <PageRoot>
        <ErrorNotice message={list.error.message} onRetry={list.reload} />
      </PageRoot>
    );
  }
  if (list.loading && list.items.length === 0 && !tabs) return <Loading />;
  if (list.items.length === 0 && !tabs) {
    return (
      <PageRoot>
        <EmptyNotice text='您还没有提交过意见'>
          <Button className='btn btn--primary' onClick={() => void Taro.switchTab({ url: ROUTES.station })}>
            去联络站写意见
          </Button>
        </EmptyNotice>
      </PageRoot>
    );
  }

  const now = new Date();
  const shownList = tab === 'own' ? list : seconds;
  return (
    <PageRoot>
      {tabs ? (
        <View className='mine-tabs' role='tablist'>
          <Chip on={tab === 'own'} label={`我提交的（${list.total ?? list.items.length}）`} onTap={() => setChosen('own')} />
          <Chip on={tab === 'seconded'} label={`我附议的（${secondTotal}）`} onTap={() => setChosen('seconded')} />
        </View>
      ) : (
        <Text className='muted small'>共 {list.total} 条</Text>
      )}
      {tab === 'own'
        ? list.items.map((o) => (
            <OpinionCard key={o.id} opinion={o} url={ROUTES.opinion(o.id)}>
              <Text className='muted small'>
                {o.stationName} · <Text className='nowrap'>{relativeDay(o.createdAt, now)}提交</Text>
              </Text>
              <Text className='muted small tracking'>查询编号 {o.trackingNo}</Text>
            </OpinionCard>
          ))
        : seconds.items.map((o) => (
            <OpinionCard key={o.id} opinion={{ ...o, excerpt: o.excerpt || '（内容已不再公开）' }} url={ROUTES.seconded(o.id)}>
              <Text className='muted small'>
                <Text className='badge badge--second'>附议</Text> {o.stationName} · <Text className='nowrap'>{relativeDay(o.secondedAt, now)}附议</Text>
              </Text>
            </OpinionCard>
          ))}
      {tab === 'own' && list.items.length === 0 && !list.loading ? <Text className='muted small center'>您还没有提交过意见</Text> : null}
      {shownList.error ? <Text className='error-box'>{shownList.error.message}</Text> : null}
      {shownList.hasMore ? (
        <Button className='btn btn--plain' loading={flag(shownList.loading)} disabled={flag(shownList.loading)} onClick={() => void shownList.more()}>
          加载更多
        </Button>
      ) : (
        <Text className='muted small center'>没有更多了</Text>
      )}
    </PageRoot>
  );
}
