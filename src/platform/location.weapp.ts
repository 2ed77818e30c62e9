import Taro from '@tarojs/taro';

export async function currentPosition(): Promise<{ latitude: number; longitude: number }> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02' });
    return { latitude: res.latitude, longitude: res.longitude };
  } catch {
    throw new Error('没有获取到位置：请在设置中允许使用位置信息，或从列表中选择联络站');
  }
}

export const canChoosePlace = true;

export async function choosePlaceName(): Promise<string | undefined> {
  try {
    const res = await Taro.chooseLocation({});
    const name = (res.name || res.address || '').trim();
    return name === '' ? undefined : name;
  } catch {
    return undefined; // cancelled
  }
}

export async function chooseStationLocation(): Promise<{ latitude: number; longitude: number; address?: string } | undefined> {
  try {
    const res = await Taro.chooseLocation({});
    return { latitude: res.latitude, longitude: res.longitude, ...(res.address ? { address: res.address } : {}) };
  } catch {
    return undefined; // cancelled
  }
}

export function openMap(place: { latitude: number; longitude: number; name: string; address: string }): void {
  void Taro.openLocation({ latitude: place.latitude, longitude: place.longitude, name: place.name, address: place.address, scale: 16 });
}
