/**
 * A station's mini-program code: wxacode.getUnlimited with the station code as `scene`,
 * stored in cloud storage and remembered on the station. WeChat's refusals (40097 bad scene,
 * 41030 bad page, 45009 rate limit) become one clear error; nothing is written then.
 */
import { AppError } from '../../core/errors';
import { SCENE_PATTERN } from '../../core/contract/fields';
import { STATION_QR } from '../config/qrcode';
import type { StationDoc } from '../model';
import { OpenApiError } from '../platform/openapi/port';
import type { Ports } from '../platform/ports';
import type { Actor } from '../users/actor';
import { saveStationQrFile } from './stations.repo';
import { requireMyStation } from './scope';

export interface StationQr {
  scene: string;
  page: string;
  image: Buffer;
  contentType: string;
}

export async function renderStationQr(ports: Ports, station: StationDoc): Promise<StationQr> {
  const scene = station._id;
  if (!SCENE_PATTERN.test(scene)) throw new AppError('QR_CODE_FAILED', `联络站编号 ${scene.slice(0, 40)} 不能用作小程序码参数`);
  try {
    const res = await ports.openapi.getUnlimitedQrCode({
      scene,
      page: STATION_QR.page,
      checkPath: STATION_QR.checkPath(),
      envVersion: STATION_QR.envVersion(),
      width: STATION_QR.width,
    });
    return { scene, page: STATION_QR.page, image: res.buffer, contentType: res.contentType };
  } catch (e) {
    if (e instanceof OpenApiError) {
      ports.log.error('wxacode.getUnlimited refused', { scene, errCode: e.errCode, errMsg: e.errMsg });
      const why = e.errCode === 45009 ? '生成太频繁，请一分钟后再试' : `微信返回错误 ${e.errCode}`;
      throw new AppError('QR_CODE_FAILED', `生成小程序码失败：${why}`, e.message);
    }
    throw e;
  }
}

export async function saveStationQr(ports: Ports, station: StationDoc): Promise<StationQr & { fileId: string; url: string }> {
  if (station.status === 'retired') throw new AppError('STATION_RETIRED', '这个联络站已撤并，不再生成小程序码');
  const qr = await renderStationQr(ports, station);
  const ext = qr.contentType.includes('png') ? 'png' : 'jpg';
  const fileId = await ports.storage.saveGenerated(`qrcodes/${station._id}.${ext}`, qr.image, qr.contentType);
  await saveStationQrFile(ports, station._id, fileId);
  return { ...qr, fileId, url: await ports.storage.urlOf(fileId) };
}

/** Staff make (again) the mini-program code of one of their stations. */
export async function myStationCode(ports: Ports, actor: Actor, code: string) {
  const station = await requireMyStation(ports, actor, code);
  const qr = await saveStationQr(ports, station);
  return { scene: qr.scene, page: qr.page, fileId: qr.fileId, url: qr.url };
}
