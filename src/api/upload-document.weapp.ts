import Taro from '@tarojs/taro';
import { uploadCloudPath } from '@core/uploads';
import { ApiError } from './api-error';
import { call } from './client';

const random = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');

/**
 * WeChat: cloud storage under uploads/file/<date>/<random>.<ext>, registered as this user's
 * document (decision 0015); the admin function reads it by its fileID.
 */
export async function uploadDocument(localPath: string, fileName: string): Promise<{ fileId: string }> {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1]?.toLowerCase() ?? 'bin';
  let fileId: string;
  try {
    fileId = (await Taro.cloud.uploadFile({ cloudPath: uploadCloudPath('file', today(), random(), ext), filePath: localPath })).fileID;
  } catch {
    throw new ApiError('NETWORK', '文件上传失败，请检查网络后重试');
  }
  await call('user', 'registerUpload', { fileId, kind: 'file' });
  return { fileId };
}
