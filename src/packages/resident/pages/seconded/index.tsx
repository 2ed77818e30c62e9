import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { relativeDayTime } from '@core/friendly-time';
import { call } from '../../../../api/client';
import { toApiError } from '../../../../api/api-error';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { PageRoot } from '../../../../components/page-root';
import { ResolutionCard } from '../../../../components/resolution-card';
import { SecondBadge } from '../../../../components/second-badge';
import { StatusBadge } from '../../../../components/status-badge';
import { Timeline } from '../../../../components/timeline';
import { confirm } from '../../../../components/ui/feedback';
import { ResultPage } from '../../../../components/ui/result-page';
import { useRemote } from '../../../../hooks/use-remote';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import '../../../../styles/seconds.css';

/**
 * 我附议的意见 (decision 0036): a case of another resident the resident joined — its words
 * redacted, where it stands, its steps and its result; never its resident's contact, photos or
 * conversation. 取消附议 leaves it (no more messages about it).
 */
export default function SecondedPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const detail = useRemote(id ? `seconded-${id}` : undefined, () => call('opinion', 'secondedDetail', { id: id! }));
  const [leaving, setLeaving] = useState(false);
  const [left, setLeft] = useState(false);
  const [error, setError] = useState<string>();
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void detail.reload();
    shown.current = true;
  });

  if (id === undefined) return <ErrorNotice message='没有指定要查看的意见' />;
  if (left) {
    return (
      <PageRoot>
        <ResultPage
          icon='success'
          title='已取消附议'
          description='不再收到这件意见的办理进展通知。'
          primary={{ text: '返回办理进度', onClick: () => void Taro.switchTab({ url: ROUTES.mine }) }}
        />
      </PageRoot>
    );
  }
  if (detail.status === 'error' && !detail.data) return <ErrorNotice message={detail.error.message} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  const o = detail.data;
  const now = new Date();

  const leave = async () => {
    if (!(await confirm('取消附议', '取消后不再收到这件意见的办理进展通知。', { confirmText: '取消附议' }))) return;
    setLeaving(true);
    setError(undefined);
    try {
      await call('opinion', 'unsecond', { id });
      setLeft(true);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setLeaving(false);
    }
  };

  return (
    <PageRoot>
      <View className='card' data-testid='seconded-case'>
        <View className='row row--between'>
          <Text className='list-item__title'>{o.category}</Text>
          <View className='row__badges'>
            <SecondBadge count={o.secondCount} />
            <StatusBadge status={o.status} label={o.statusLabel} />
          </View>
        </View>
        <Text className='muted small'>
          {o.stationName} · 提交于 <Text className='nowrap'>{relativeDayTime(o.createdAt, now)}</Text>
        </Text>
        {o.text ? <Text className='body-text'>{o.text}</Text> : <Text className='muted'>这件意见的内容已不再公开。</Text>}
        {o.place ? <Text>地点：{o.place}</Text> : null}
        {o.secondedAt ? (
          <Text className='muted small'>
            您于 <Text className='nowrap'>{relativeDayTime(o.secondedAt, now)}</Text> 附议，有办理进展时会通知您
          </Text>
        ) : null}
      </View>
      {o.mine ? (
        <View className='notice row row--between'>
          <Text>这是您提交的意见</Text>
          <Button className='btn btn--small' onClick={() => void Taro.redirectTo({ url: ROUTES.opinion(o.id) })}>
            查看全部
          </Button>
        </View>
      ) : null}
      {o.resolution ? <ResolutionCard resolution={o.resolution} /> : null}
      {o.nextStep ? (
        <View className='card next-step'>
          <Text className='card__title'>下一步</Text>
          <Text>{o.nextStep}</Text>
        </View>
      ) : null}
      <Timeline entries={o.timeline} />
      {error ? (
        <View className='error-box' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}
      {o.canLeave ? (
        <Button className='btn btn--plain' data-testid='second-leave' disabled={flag(leaving)} loading={flag(leaving)} onClick={() => void leave()}>
          取消附议
        </Button>
      ) : null}
    </PageRoot>
  );
}
