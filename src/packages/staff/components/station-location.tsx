import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Field } from '../../../components/field';
import { flag } from '../../../lib/flag';
import { canChoosePlace, chooseStationLocation } from '../../../platform/location';

type Location = { latitude: number; longitude: number };

/**
 * 地图位置: on weapp picked on WeChat's map (chooseLocation); in the local run typed as
 * latitude and longitude. Residents open it from the station page for directions.
 */
export function StationLocation({ location, busy, onSave, onError }: { location?: Location; busy: boolean; onSave: (l: Location) => void; onError: (m: string) => void }) {
  const [lat, setLat] = useState(location ? String(location.latitude) : '');
  const [lng, setLng] = useState(location ? String(location.longitude) : '');
  const pick = async () => {
    const picked = await chooseStationLocation();
    if (picked) onSave({ latitude: picked.latitude, longitude: picked.longitude });
  };
  const saveTyped = () => {
    const latitude = Number(lat);
    const longitude = Number(lng);
    const ok = lat.trim() !== '' && lng.trim() !== '' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    if (!ok || Number.isNaN(latitude) || Number.isNaN(longitude)) return onError('请填写正确的纬度（-90~90）和经度（-180~180）');
    onSave({ latitude, longitude });
  };
  return (
    <View>
      <Text className='muted'>
        {location ? `已设置：纬度 ${location.latitude}，经度 ${location.longitude}` : '尚未设置地图位置，居民无法在地图上导航到本站'}
      </Text>
      {canChoosePlace ? (
        <Button className='btn btn--plain' disabled={flag(busy)} onClick={() => void pick()}>
          在地图上选择位置
        </Button>
      ) : (
        <>
          <Field label='纬度' value={lat} onChange={setLat} placeholder='如 28.2029' />
          <Field label='经度' value={lng} onChange={setLng} placeholder='如 112.9535' />
          <Button className='btn btn--plain btn--small' disabled={flag(busy)} onClick={saveTyped}>
            保存位置
          </Button>
        </>
      )}
    </View>
  );
}
