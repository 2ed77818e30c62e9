import { ERRORS, type ErrorCode } from '@core/errors';
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { currentOpenid } from './local-personas';
import type { StoredPhoto } from './upload.d';

const API_BASE = process.env.TARO_APP_API_BASE ?? '';
const MAX_SIDE = 1280;
const MAX_BYTES = 2 * 1024 * 1024;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new ApiError('INVALID_PAYLOAD', '无法读取这张图片，请换一张 JPG 或 PNG 照片'));
    img.src = src;
  });
}

/** A canvas downscale to at most 1280 px on the long side, as JPEG; smaller quality until ≤ 2 MB. */
async function compress(src: string): Promise<Blob> {
  const img = await loadImage(src);
  const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight, 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ApiError('INTERNAL', '浏览器无法处理图片');
  ctx.fillStyle = '#fff'; // transparent PNG areas become white, not black
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  for (const quality of [0.8, 0.6, 0.4]) {
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', quality));
    if (blob && blob.size <= MAX_BYTES) return blob;
  }
  throw new ApiError('INVALID_PAYLOAD', '照片太大，请换一张');
}

/** Local run: POST the compressed bytes to /api/storage/upload as the current persona. */
export async function uploadPhoto(localPath: string): Promise<StoredPhoto> {
  const body = await compress(localPath);
  const headers: Record<string, string> = { 'content-type': 'image/jpeg' };
  const openid = await currentOpenid();
  if (openid) headers['X-WX-OPENID'] = openid;
  let answer: { ok?: boolean; data?: StoredPhoto; code?: ErrorCode; message?: string };
  try {
    const res = await fetch(`${API_BASE}/api/storage/upload`, { method: 'POST', headers, body });
    answer = await res.json();
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE);
  }
  if (answer.ok && answer.data) return { fileId: answer.data.fileId, url: answer.data.url };
  throw new ApiError(answer.code ?? 'INTERNAL', answer.message || ERRORS.INTERNAL);
}
