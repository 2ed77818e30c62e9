import { AppError } from '../../core/errors';
import { findById } from '../platform/db';
import type { StationDoc } from '../model';
import type { Ports } from '../platform/ports';

export const getStation = (ports: Ports, code: string) => findById<StationDoc>(ports.db, 'stations', code);

export async function requireStation(ports: Ports, code: string): Promise<StationDoc> {
  const station = await getStation(ports, code);
  if (!station) throw new AppError('STATION_NOT_FOUND');
  return station;
}

export async function stationHasStaff(ports: Ports, code: string): Promise<boolean> {
  // An array field equal to a scalar matches documents whose array contains it.
  const res = await ports.db.collection('users').where({ staffStationCodes: code }).count();
  return res.total > 0;
}
