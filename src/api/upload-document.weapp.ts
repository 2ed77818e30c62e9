import Taro from '@tarojs/taro';
import { ApiError } from './api-error';

const random = () => Math.random().toString(36).slice(2, 10);

/** WeChat: cloud storage under imports/<random>.<ext>; the admin function reads it by its fileID. */
export async function uploadDocument(localPath: string, fileName: string): Promise<{ fileId: string }> {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1]?.toLowerCase() ?? 'bin';
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: `imports/${Date.now()}-${random()}.${ext}`, filePath: localPath });
    return { fileId: res.fileID };
  } catch {
    throw new ApiError('NETWORK', '文件上传失败,请检查网络后重试');
  }
}
