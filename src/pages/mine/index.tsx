import { Button, Text } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { EmptyNotice, ErrorNotice, Loading } from '../../components/page-states';
import { PageRoot } from '../../components/page-root';
import { OpinionCard } from '../../components/opinion-card';
import { useMyOpinions } from '../../hooks/use-my-opinions';
import { relativeDay } from '@core/friendly-time';
import { ROUTES } from '../../routes';
import { flag } from '../../lib/flag';

/** 我的意见: every opinion the resident sent, with where it stands. */
export default function MinePage() {
  const list = useMyOpinions();
  const shown = useRef(false);
  // The first show is the first load; later shows refresh (a status may have changed).
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });

  if (list.error && list.items.length === 0) {
    return (
      <PageRoot>
        <ErrorNotice message={list.error.message} onRetry={list.reload} />
      </PageRoot>
    );
  }
  if (list.loading && list.items.length === 0) return <Loading />;
  if (list.items.length === 0) {
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
  return (
    <PageRoot>
      <Text className='muted small'>共 {list.total} 条</Text>
      {list.items.map((o) => (
        <OpinionCard key={o.id} opinion={o} url={ROUTES.opinion(o.id)}>
          <Text className='muted small'>
            {o.stationName} · <Text className='nowrap'>{relativeDay(o.createdAt, now)}提交</Text>
          </Text>
          <Text className='muted small tracking'>查询编号 {o.trackingNo}</Text>
        </OpinionCard>
      ))}
      {list.error ? <Text className='error-box'>{list.error.message}</Text> : null}
      {list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(list.loading)} disabled={flag(list.loading)} onClick={list.more}>
          加载更多
        </Button>
      ) : (
        <Text className='muted small center'>没有更多了</Text>
      )}
    </PageRoot>
  );
}
