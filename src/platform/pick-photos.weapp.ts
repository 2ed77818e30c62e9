import Taro from '@tarojs/taro';

/** WeChat's picker (album or camera), already compressed by WeChat when possible. */
export async function pickPhotos(max: number): Promise<string[]> {
  if (max <= 0) return [];
  try {
    const res = await Taro.chooseMedia({
      count: max,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    return res.tempFiles.map((f) => f.tempFilePath).slice(0, max);
  } catch {
    return []; // cancelled, or the privacy agreement was refused
  }
}
