import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { DeputyCard } from '../../components/deputy-card';
import { EmptyNotice, ErrorNotice, Loading } from '../../components/page-states';
import { SessionList } from '../../components/session-list';
import { StationList } from '../../components/station-list';
import { useStation, useStationList } from '../../hooks/use-station';
import { clearLastStation, getLastStation, setLastStation } from '../../lib/last-station';
import { stationCodeFrom } from '../../lib/scene';
import { ROUTES } from '../../routes';

/** 联络站: opened by the station's QR code (scene), or picked from the list. */
export default function StationPage() {
  const router = useRouter();
  const [code, setCode] = useState<string | undefined>(() => stationCodeFrom(router.params) ?? getLastStation());
  const station = useStation(code);
  const list = useStationList(code === undefined);

  useShareAppMessage(() => ({
    title: station.data ? `${station.data.name} · 给代表写意见` : '代表联络站',
    path: code ? `${ROUTES.station}?scene=${encodeURIComponent(code)}` : ROUTES.station,
  }));

  const pick = (next: string) => setCode(next);
  const backToList = () => {
    clearLastStation();
    setCode(undefined);
  };
  const write = (stationCode: string) => {
    setLastStation(stationCode);
    void Taro.switchTab({ url: ROUTES.write });
  };

  if (code === undefined) {
    if (list.status === 'error') return <ErrorNotice message={list.error.message} onRetry={list.reload} />;
    if (!list.data) return <Loading />;
    return (
      <View className='page'>
        {list.data.items.length === 0 ? (
          <EmptyNotice text='暂时没有可选的联络站' />
        ) : (
          <StationList items={list.data.items} onPick={pick} />
        )}
      </View>
    );
  }

  if (station.status === 'error') {
    const unknown = station.error.code === 'STATION_NOT_FOUND' || station.error.code === 'INVALID_PAYLOAD';
    return (
      <View className='page'>
        <ErrorNotice
          title={unknown ? '没有找到这个联络站' : '联络站信息暂时打不开'}
          message={unknown ? `编号“${code}”不对应任何联络站,请确认二维码是否正确,或从列表中选择。` : station.error.message}
          onRetry={unknown ? undefined : station.reload}
        >
          <Button className='btn btn--primary' onClick={backToList}>
            查看联络站列表
          </Button>
        </ErrorNotice>
      </View>
    );
  }
  if (!station.data) return <Loading />;
  const s = station.data;

  if (s.retired) {
    return (
      <View className='page'>
        <View className='state state--error' role='alert'>
          <Text className='state__title'>该联络站已撤并</Text>
          <Text className='state__message'>{s.name}已不再接收意见。</Text>
          {s.movedTo ? (
            <View className='card card--inner'>
              <Text className='muted'>请到这里反映:</Text>
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
      </View>
    );
  }

  return (
    <View className='page'>
      <View className='card station-head'>
        <Text className='station-head__name'>{s.name}</Text>
        <Text className='muted'>{s.region.fullName}</Text>
        <Text className='muted'>地址:{s.address}</Text>
      </View>

      <Button className='btn btn--primary btn--big' onClick={() => write(s.code)}>
        给代表写意见
      </Button>

      <View className='card'>
        <Text className='card__title'>今日接待</Text>
        <SessionList sessions={s.today} empty='今天没有安排接待,您仍可以写意见,我们会转给代表。' />
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

      <Button className='btn btn--plain' onClick={backToList}>
        切换联络站
      </Button>
    </View>
  );
}
