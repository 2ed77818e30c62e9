import Taro from '@tarojs/taro';
import { beijingDateKey } from '@core/beijing-time';
import { uploadCloudPath } from '@core/uploads';
import { ApiError } from './api-error';
import { call } from './client';
import type { StoredPhoto } from './upload.d';

const random = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
/** The Beijing date, for the folder name only. */
const today = () => beijingDateKey(new Date());

/**
 * WeChat: compress, then cloud storage under uploads/image/<date>/<random>.jpg; fileID shows in
 * <Image>. Then registered: the server checks that it is a whole image and records it as this
 * user's, and only then may it be attached (decision 0015).
 */
export async function uploadPhoto(localPath: string): Promise<StoredPhoto> {
  let filePath = localPath;
  try {
    filePath = (await Taro.compressImage({ src: localPath, quality: 70 })).tempFilePath;
  } catch {
    // Some images cannot be recompressed (already small, odd format): send them as picked.
  }
  let fileId: string;
  try {
    fileId = (await Taro.cloud.uploadFile({ cloudPath: uploadCloudPath('image', today(), random(), 'jpg'), filePath })).fileID;
  } catch {
    throw new ApiError('NETWORK', '照片上传失败，请检查网络后重试');
  }
  await call('user', 'registerUpload', { fileId, kind: 'image' });
  return { fileId, url: fileId };
}
