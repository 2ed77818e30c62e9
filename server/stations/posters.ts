/**
 * Posters: the data each poster shows (the weekly schedule in words, deputies, region), the
 * code from wxacode.getUnlimited, one PDF (one page per station), stored in cloud storage. A
 * poster hangs for months: it prints the weekly sessions only, never a dated one-off session
 * or a cancellation (those are on the station page the code opens).
 */
import { beijingDate, beijingParts } from '../../core/beijing-time';
import { POSTER_BATCH_MAX } from '../../core/contract/actions/documents';
import { AppError } from '../../core/errors';
import { isOnLeave } from '../../core/reception-schedule';
import { withinRegion } from '../../core/region-scope';
import { LEVELS } from '../../core/vocabulary';
import { deputyTitle } from '../../core/deputy-title';
import type { Actor } from '../users/actor';
import { pdfPath } from '../documents/pdf';
import { stationPostersPdf, type PosterData } from '../documents/station-poster';
import type { DeputyDoc, RegionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { fullName, regionsOnPath } from './regions.repo';
import { activeStationsInRegion, countActiveStationsInRegion } from './stations.repo';
import { adminRegion, requireMyStation } from './scope';
import { renderStationQr } from './qr';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** Printed under the weekly sessions: the poster hangs for months, across holidays. */
export const HOLIDAY_NOTE = '法定节假日暂停接待';

const names = (ids: readonly string[], deputies: readonly DeputyDoc[]) =>
  ids.map((id) => deputies.find((d) => d._id === id)?.name).filter(Boolean).join('、');

/** What a station's poster prints: the weekly sessions only (a cancelled week is still the same weekly session). */
export function posterData(station: StationDoc, regions: RegionDoc[], deputies: DeputyDoc[], qrImage: Buffer, now: Date): PosterData {
  const today = beijingParts(now).date;
  const weekly = [...station.schedule.weekly].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  const sessions = weekly.map((s) => ({ when: `每${WEEKDAYS[s.weekday]} ${s.start}-${s.end}`, who: names(s.deputyIds, deputies) }));
  const active = deputies
    .filter((d) => d.status === 'active')
    .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return {
    code: station._id,
    name: station.name,
    address: station.address,
    regionFullName: fullName(regions),
    qrImage,
    sessions,
    ...(weekly.length ? { holidayNote: HOLIDAY_NOTE } : {}),
    // Named as residents know them (岳麓区人大代表), from the station's regions.
    deputies: active.map((d) => ({ name: d.name, levelLabel: deputyTitle(d, regions), onLeave: isOnLeave(d.leaves, today) })),
    printedOn: beijingDate(now),
  };
}

async function postersFor(ports: Ports, stations: StationDoc[]): Promise<PosterData[]> {
  const now = ports.clock.now();
  const regions = await regionsOnPath(ports, [...new Set(stations.flatMap((s) => s.regionPath))]);
  const deputies = await deputiesByIds(ports, [...new Set(stations.flatMap((s) => s.deputyIds))]);
  const out: PosterData[] = [];
  for (const s of stations) {
    const qr = await renderStationQr(ports, s);
    const path = s.regionPath.map((c) => regions.find((r) => r._id === c)).filter((r): r is RegionDoc => Boolean(r));
    out.push(posterData(s, path, deputies.filter((d) => s.deputyIds.includes(d._id)), qr.image, now));
  }
  return out;
}

async function store(ports: Ports, pdf: Buffer, folder: string, name: string, fileName: string, pages: number) {
  const fileId = await ports.storage.saveGenerated(pdfPath(folder, name, ports.clock.now()), pdf, 'application/pdf');
  return { fileId, url: await ports.storage.urlOf(fileId), fileName, pages, bytes: pdf.length };
}

export async function stationPoster(ports: Ports, actor: Actor, code: string) {
  const station = await requireMyStation(ports, actor, code);
  if (station.status === 'retired') {
    throw new AppError('STATION_RETIRED', `这个联络站已撤并${station.movedTo ? `到 ${station.movedTo}` : ''}，不再印制海报`);
  }
  const pdf = await stationPostersPdf(await postersFor(ports, [station]));
  return store(ports, pdf, 'posters', station._id, `${station.name}-海报.pdf`, 1);
}

/** Every active station of a region, one page each; refused above the batch limit before any work. */
export async function regionPosters(ports: Ports, actor: Actor, regionCode: string) {
  const scope = await adminRegion(ports, actor);
  const [region] = await regionsOnPath(ports, [regionCode]);
  if (!region) throw new AppError('REGION_NOT_FOUND');
  if (!withinRegion(region.path, scope._id)) throw new AppError('OUT_OF_REGION');
  const count = await countActiveStationsInRegion(ports, regionCode);
  if (count === 0) throw new AppError('STATION_NOT_FOUND', '这个地区还没有在用的联络站');
  if (count > POSTER_BATCH_MAX) {
    throw new AppError('BATCH_TOO_LARGE', `${region.name}共有 ${count} 个联络站，一次最多生成 ${POSTER_BATCH_MAX} 个，请按下级地区分批生成`);
  }
  const stations = (await activeStationsInRegion(ports, regionCode, POSTER_BATCH_MAX)).sort((a, b) => a._id.localeCompare(b._id));
  const pdf = await stationPostersPdf(await postersFor(ports, stations));
  return store(ports, pdf, 'posters', `region-${regionCode}`, `${region.name}-联络站海报.pdf`, stations.length);
}

