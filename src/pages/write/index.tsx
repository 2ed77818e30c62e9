import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { EmptyNotice, ErrorNotice, Loading } from '../../components/page-states';
import { useOpinionDraft } from '../../hooks/use-opinion-draft';
import { useStation } from '../../hooks/use-station';
import { getLastStation } from '../../lib/last-station';
import { stationCodeFrom } from '../../lib/scene';
import { ROUTES } from '../../routes';
import { OpinionForm } from './opinion-form';
import { SubmitResult } from './submit-result';

/** 写意见: for the station the resident opened last (a tab page cannot take a query). */
export default function WritePage() {
  const router = useRouter();
  const [stationCode, setStationCode] = useState<string | undefined>(
    () => stationCodeFrom(router.params) ?? getLastStation(),
  );
  useDidShow(() => setStationCode(getLastStation() ?? stationCodeFrom(router.params)));
  const station = useStation(stationCode);
  const state = useOpinionDraft(stationCode);
  const chooseStation = () => void Taro.switchTab({ url: ROUTES.station });

  if (stationCode === undefined) {
    return (
      <View className='page'>
        <EmptyNotice text='请先扫描联络站的二维码,或选择一个联络站'>
          <Button className='btn btn--primary' onClick={chooseStation}>
            选择联络站
          </Button>
        </EmptyNotice>
      </View>
    );
  }
  if (state.result) {
    return (
      <View className='page'>
        <SubmitResult result={state.result} onAgain={state.startOver} />
      </View>
    );
  }
  if (station.status === 'error') {
    return (
      <View className='page'>
        <ErrorNotice message={station.error.message} onRetry={station.reload}>
          <Button className='btn btn--plain' onClick={chooseStation}>
            选择其他联络站
          </Button>
        </ErrorNotice>
      </View>
    );
  }
  if (!station.data) return <Loading />;
  if (station.data.retired) {
    return (
      <View className='page'>
        <ErrorNotice title='该联络站已撤并' message={`${station.data.name}已不再接收意见,请到新的联络站反映。`}>
          <Button className='btn btn--primary' onClick={chooseStation}>
            查看联络站
          </Button>
        </ErrorNotice>
      </View>
    );
  }

  return (
    <View className='page'>
      <View className='card row row--between'>
        <View className='column'>
          <Text className='muted'>写给</Text>
          <Text className='card__title'>{station.data.name}</Text>
        </View>
        <Button className='btn btn--small' onClick={chooseStation}>
          更换
        </Button>
      </View>
      <OpinionForm station={station.data} state={state} />
    </View>
  );
}
