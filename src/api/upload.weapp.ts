import Taro from '@tarojs/taro';
import { ApiError } from './api-error';
import type { StoredPhoto } from './upload.d';

const random = () => Math.random().toString(36).slice(2, 10);
const today = () => {
  const d = new Date(Date.now() + 8 * 3600_000); // Beijing date, for the folder name only
  return d.toISOString().slice(0, 10).replace(/-/g, '');
};

/** WeChat: compress, then cloud storage under opinions/<date>/<random>.jpg; fileID shows in <Image>. */
export async function uploadPhoto(localPath: string): Promise<StoredPhoto> {
  let filePath = localPath;
  try {
    filePath = (await Taro.compressImage({ src: localPath, quality: 70 })).tempFilePath;
  } catch {
    // Some images cannot be recompressed (already small, odd format): send them as picked.
  }
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: `opinions/${today()}/${random()}.jpg`, filePath });
    return { fileId: res.fileID, url: res.fileID };
  } catch {
    throw new ApiError('NETWORK', '照片上传失败,请检查网络后重试');
  }
}
