import { ERRORS, type ErrorCode } from '@core/errors';
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { currentOpenid } from './local-personas';

const API_BASE = process.env.TARO_APP_API_BASE ?? '';
const MAX_BYTES = 2 * 1024 * 1024;

/** Local run: POST the bytes to /api/storage/upload?kind=file as the current persona. */
export async function uploadDocument(localPath: string): Promise<{ fileId: string }> {
  let body: Blob;
  try {
    body = await (await fetch(localPath)).blob();
  } catch {
    throw new ApiError('INVALID_PAYLOAD', '无法读取这个文件，请重新选择');
  }
  if (body.size > MAX_BYTES) throw new ApiError('INVALID_PAYLOAD', '文件不能超过 2 MB，请按地区分成几个文件');
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  const openid = await currentOpenid();
  if (openid) headers['X-WX-OPENID'] = openid;
  let answer: { ok?: boolean; data?: { fileId: string }; code?: ErrorCode; message?: string };
  try {
    const res = await fetch(`${API_BASE}/api/storage/upload?kind=file`, { method: 'POST', headers, body });
    answer = await res.json();
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE);
  }
  if (answer.ok && answer.data) return { fileId: answer.data.fileId };
  throw new ApiError(answer.code ?? 'INTERNAL', answer.message || ERRORS.INTERNAL);
}
