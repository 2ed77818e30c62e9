import { useLargeText } from '../../hooks/use-large-text';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { DeputyCard } from '../../components/deputy-card';
import { EmptyNotice, ErrorNotice, Loading } from '../../components/page-states';
import { PageRoot } from '../../components/page-root';
import { PrivacyPopup } from '../../components/privacy-popup';
import { usePrivacy } from '../../hooks/use-privacy';
import { SessionList } from '../../components/session-list';
import { StationList } from '../../components/station-list';
import { useNearestStations, useStation, useStationList } from '../../hooks/use-station';
import { clearLastStation, getLastStation, setLastStation } from '../../lib/last-station';
import { stationCodeFrom } from '../../lib/scene';
import { flag } from '../../lib/flag';
import { openMap } from '../../platform/location';
import { copyLinkTo, nativeShare } from '../../platform/share';
import { showSuccess } from '../../components/ui/feedback';
import { ROUTES } from '../../routes';

/** 联络站: opened by the station's QR code (scene), or picked from the list. */
export default function StationPage() {
  const router = useRouter();
  const [code, setCode] = useState<string | undefined>(() => stationCodeFrom(router.params) ?? getLastStation());
  const station = useStation(code);
  const list = useStationList(code === undefined);
  const nearest = useNearestStations();
  // weapp asks for the privacy agreement when location is first used: answer it here.
  const privacy = usePrivacy({ autoOpen: false });
  const { large, setLarge } = useLargeText();

  const sharePath = code ? `${ROUTES.station}?scene=${encodeURIComponent(code)}` : ROUTES.station;
  useShareAppMessage(() => ({
    title: station.data ? `${station.data.name} · 给代表写意见` : '代表联络站',
    path: sharePath,
  }));
  // No share sheet in a browser: the link is copied, and the resident is told so.
  const copyLink = async () => {
    try {
      await copyLinkTo(sharePath);
      showSuccess('链接已复制');
    } catch {
      void Taro.showToast({ title: '没有复制成功，请复制地址栏的链接', icon: 'none' });
    }
  };

  const pick = (next: string) => {
    nearest.clear();
    setCode(next);
  };
  const backToList = () => {
    clearLastStation();
    setCode(undefined);
  };
  const write = (stationCode: string) => {
    setLastStation(stationCode);
    void Taro.switchTab({ url: ROUTES.write });
  };

  if (code === undefined) {
    if (list.error && list.items.length === 0) return <ErrorNotice message={list.error.message} onRetry={() => void list.reload()} />;
    if (list.loading && list.items.length === 0) return <Loading />;
    return (
      <PageRoot>
        <Button className='btn btn--primary' disabled={flag(nearest.busy)} loading={flag(nearest.busy)} onClick={() => void nearest.find()}>
          查找离我最近的联络站
        </Button>
        <Text className='muted small'>位置只用于查找联络站，不会保存。</Text>
        {nearest.error ? (
          <View className='error-box' role='alert'>
            <Text>{nearest.error}</Text>
          </View>
        ) : null}
        {nearest.items ? (
          nearest.items.length === 0 ? (
            <EmptyNotice text='附近没有找到联络站，请从下面的列表中选择' />
          ) : (
            <StationList items={nearest.items} onPick={pick} title='离我最近' byRegion={false} />
          )
        ) : null}
        {list.items.length === 0 ? (
          <EmptyNotice text='暂时没有可选的联络站' />
        ) : (
          <StationList items={list.items} onPick={pick} />
        )}
        {list.error && list.items.length > 0 ? (
          <View className='error-box' role='alert'>
            <Text>{list.error.message}</Text>
          </View>
        ) : null}
        {list.hasMore ? (
          <Button className='btn btn--plain' loading={flag(list.loading)} disabled={flag(list.loading)} onClick={() => void list.more()}>
            加载更多
          </Button>
        ) : null}
        <PrivacyPopup show={privacy.visible} onAgree={() => void privacy.agree()} onDisagree={privacy.disagree} />
      </PageRoot>
    );
  }

  if (station.status === 'error') {
    const unknown = station.error.code === 'STATION_NOT_FOUND' || station.error.code === 'INVALID_PAYLOAD';
    return (
      <PageRoot>
        <ErrorNotice
          title={unknown ? '没有找到这个联络站' : '联络站信息暂时打不开'}
          message={unknown ? `编号“${code}”不对应任何联络站，请确认二维码是否正确，或从列表中选择。` : station.error.message}
          onRetry={unknown ? undefined : station.reload}
        >
          <Button className='btn btn--primary' onClick={backToList}>
            查看联络站列表
          </Button>
        </ErrorNotice>
      </PageRoot>
    );
  }
  if (!station.data) return <Loading />;
  const s = station.data;

  if (s.retired) {
    return (
      <PageRoot>
        <View className='state state--error' role='alert'>
          <Text className='state__title'>该联络站已撤并</Text>
          <Text className='state__message'>{s.name}已不再接收意见。</Text>
          {s.movedTo ? (
            <View className='card card--inner'>
              <Text className='muted'>请到这里反映：</Text>
              <Text className='card__title'>{s.movedTo.name}</Text>
              <Text className='muted'>{s.movedTo.address}</Text>
              <Button className='btn btn--primary' onClick={() => pick(s.movedTo!.code)}>
                前往{s.movedTo.name}
              </Button>
            </View>
          ) : null}
          <Button className='btn btn--plain' onClick={backToList}>
            查看联络站列表
          </Button>
        </View>
      </PageRoot>
    );
  }

  return (
    <PageRoot>
      <View className='card station-head'>
        <Text className='station-head__name'>{s.name}</Text>
        <Text className='muted'>{s.region.fullName}</Text>
        <Text className='muted'>地址：{s.address}</Text>
        {/* Large text where an older resident first lands (the scan), not only in 我的. */}
        <Button className='btn btn--plain btn--small text-size' aria-pressed={large} onClick={() => setLarge(!large)}>
          {large ? '恢复标准字号' : '字大一点'}
        </Button>
        {s.location ? (
          <Button className='btn btn--plain btn--small' onClick={() => openMap({ ...s.location!, name: s.name, address: s.address })}>
            打开地图/导航
          </Button>
        ) : null}
      </View>

      <Button className='btn btn--primary btn--big' onClick={() => write(s.code)}>
        给代表写意见
      </Button>

      <View className='card'>
        <Text className='card__title'>今日接待</Text>
        <SessionList sessions={s.today} empty='今天没有安排接待，您仍可以写意见，我们会转给代表。' />
      </View>

      <View className='card'>
        <Text className='card__title'>接待安排</Text>
        <SessionList sessions={s.upcoming} empty='近期暂无接待安排' />
      </View>

      <View className='card'>
        <Text className='card__title'>本站代表</Text>
        {s.deputies.length === 0 ? (
          <Text className='muted'>本站暂未登记代表</Text>
        ) : (
          s.deputies.map((d) => <DeputyCard deputy={d} key={d.id} />)
        )}
      </View>

      <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.showcase(s.code, s.region.code) })}>
        办实事成果
      </Button>
      {nativeShare ? (
        <Button className='btn btn--plain' openType='share'>
          分享给邻居
        </Button>
      ) : (
        <Button className='btn btn--plain' onClick={() => void copyLink()}>
          分享给邻居（复制链接）
        </Button>
      )}
      <Button className='btn btn--plain' onClick={backToList}>
        切换联络站
      </Button>
    </PageRoot>
  );
}
