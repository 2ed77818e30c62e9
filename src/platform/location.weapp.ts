import Taro from '@tarojs/taro';

export async function currentPosition(): Promise<{ latitude: number; longitude: number }> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02' });
    return { latitude: res.latitude, longitude: res.longitude };
  } catch {
    throw new Error('没有获取到位置:请在设置中允许使用位置信息,或从列表中选择联络站');
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
