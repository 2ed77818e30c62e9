/** A station's public page: who, where, when. */
import type { z } from 'zod';
import type { SessionView, StationView } from '../../core/contract';
import { beijingParts } from '../../core/beijing-time';
import { deputyTitle } from '../../core/deputy-title';
import { deputiesOnDutyNow, isOnLeave, occurrences, type Occurrence } from '../../core/reception-schedule';
import type { WorkingCalendar } from '../../core/working-calendar';
import { regionCategories } from '../../core/categories';
import type { CategoryDoc, DeputyDoc, RegionDoc, StationDoc } from '../model';
import { fullName } from './regions.repo';
import { toDeputyCard } from '../deputies/deputy-card';

export const UPCOMING_DAYS = 14;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function sessionView(o: Occurrence, deputies: readonly DeputyDoc[]): z.infer<typeof SessionView> {
  return {
    date: o.date,
    weekdayLabel: WEEKDAYS[new Date(`${o.date}T00:00:00Z`).getUTCDay()],
    start: o.start,
    end: o.end,
    cancelled: o.cancelled,
    ...(o.cancelReason ? { cancelReason: o.cancelReason } : {}),
    deputies: o.deputyIds
      .map((id) => deputies.find((d) => d._id === id))
      .filter((d): d is DeputyDoc => Boolean(d))
      .map((d) => ({ id: d._id, name: d.name, onLeave: isOnLeave(d.leaves, o.date) })),
  };
}

export function toStationView(input: {
  station: StationDoc;
  regions: RegionDoc[];
  deputies: DeputyDoc[];
  movedTo?: StationDoc;
  now: Date;
  /** Holidays: weekly sessions on them are not held (docs/decisions/0013). */
  calendar: WorkingCalendar;
  /** Displayable photo URLs by deputy id (stored photos need a URL); default: the photo as stored. */
  photoUrls?: Record<string, string>;
  /** The categories the regions on the station's path added (read with the station). */
  categories?: readonly CategoryDoc[];
}): z.infer<typeof StationView> {
  const { station, regions, deputies, movedTo, now, calendar, photoUrls, categories = [] } = input;
  const today = beijingParts(now).date;
  const all = occurrences(station.schedule, today, UPCOMING_DAYS, calendar);
  const onDuty = new Set(
    deputiesOnDutyNow(station.schedule, (id) => deputies.find((d) => d._id === id)?.leaves ?? [], now, calendar),
  );
  const region = regions[regions.length - 1];
  return {
    code: station._id,
    name: station.name,
    address: station.address,
    ...(station.location ? { location: { latitude: station.location.latitude, longitude: station.location.longitude } } : {}),
    region: { code: station.regionCode, name: region?.name ?? '', fullName: fullName(regions) },
    retired: station.status === 'retired',
    ...(movedTo ? { movedTo: { code: movedTo._id, name: movedTo.name, address: movedTo.address } } : {}),
    today: all.filter((o) => o.date === today).map((o) => sessionView(o, deputies)),
    upcoming: all.filter((o) => o.date !== today).map((o) => sessionView(o, deputies)),
    deputies: deputies
      .filter((d) => d.status === 'active')
      .map((d) =>
        toDeputyCard(d, {
          photoUrl: photoUrls?.[d._id] ?? d.photo,
          onLeave: isOnLeave(d.leaves, today),
          onDutyNow: onDuty.has(d._id),
          // Named from the regions on the station's path, read with it (no request more).
          title: deputyTitle(d, regions),
        }),
      ),
    categories: regionCategories(station.regionPath, categories).map((c) => ({
      name: c.name,
      ...(c.hint ? { hint: c.hint } : {}),
      common: c.common,
      staffOnly: c.staffOnly,
    })),
  };
}
