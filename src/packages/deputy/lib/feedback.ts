import Taro from '@tarojs/taro';

/** WeChat's action sheet of `labels` (at most six); resolves with the index tapped, or undefined when cancelled. */
export async function chooseFrom(labels: string[]): Promise<number | undefined> {
  try {
    const r = await Taro.showActionSheet({ itemList: labels });
    return r.tapIndex;
  } catch {
    return undefined;
  }
}
