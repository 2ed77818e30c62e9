/** Reception duty (sessions, check-in, leave), activities and the duty record. */
import { addDays, beijingDate } from '../../core/beijing-time';
import { checkIn, sessionsOfDeputy, type StationSchedule } from '../../core/deputy-duty';
import { ACTIVITY_KIND_LABELS } from '../../core/duty-record';
import { AppError } from '../../core/errors';
import { byLeaveStart, sameLeave, type Leave } from '../../core/reception-schedule';
import type { Actor } from '../users/actor';
import { CALENDAR } from '../config/holidays';
import { findAll, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import { requestKey } from '../platform/request-key';
import type { ActivityDoc, AttendanceDoc, DeputyDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { requireStation } from '../stations/stations.repo';
import { listAsRead, updateAsRead } from '../platform/update-as-read';
import { checkDeputyText, newId } from '../opinions/deputy-work';
import { gatherDutyRecord } from '../deputies/duty-record';
import { dutyRecordXlsx, XLSX_MIME } from '../deputies/duty-record-xlsx';
import { requireOwnImages } from '../users/uploads';
import type { HandlersOf } from './define';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const weekdayLabel = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];

const asSchedule = (s: StationDoc): StationSchedule => ({ code: s._id, name: s.name, schedule: s.schedule });

async function stationsOf(ports: Ports, deputy: DeputyDoc): Promise<StationDoc[]> {
  if (deputy.stationCodes.length === 0) return [];
  const found = await findAll<StationDoc>(ports.db, 'stations', { _id: ports.db.command.in(deputy.stationCodes) });
  return found.filter((s) => s.status === 'active');
}

const leaveView = (l: Leave) => ({ from: l.from, to: l.to, ...(l.reason ? { reason: l.reason } : {}) });

/**
 * Changes the deputy's leaves as they are now: `change` is applied to the list read (first
 * the one read with the caller's identity), written on the condition that it is still as
 * read, and applied again to a fresh read when a staff edit or another tap got there first.
 */
async function changeLeaves(ports: Ports, actor: Actor, change: (leaves: Leave[]) => Leave[]) {
  let saved: Leave[] = [];
  await updateAsRead<DeputyDoc>(
    ports,
    'deputies',
    actor.deputy!._id,
    (fresh) => {
      if (!fresh) throw new AppError('NOT_FOUND');
      const current = fresh.leaves ?? [];
      saved = change(current);
      if (saved.length === current.length && saved.every((l, i) => sameLeave(l, current[i]))) return undefined;
      return { where: listAsRead(ports, 'leaves', fresh.leaves), data: { leaves: saved } };
    },
    { conflict: '请假记录刚刚被修改,请稍后重试', first: actor.deputy! },
  );
  return { items: saved.map(leaveView) };
}

async function activityView(ports: Ports, a: ActivityDoc) {
  const photos = [];
  for (const [i, fileId] of a.photos.entries()) {
    photos.push({ fileId, url: await ports.storage.urlOf(fileId), alt: `活动照片${i + 1}` });
  }
  return {
    id: a._id,
    kind: a.kind,
    kindLabel: ACTIVITY_KIND_LABELS[a.kind],
    date: a.date,
    place: a.place,
    people: a.people,
    summary: a.summary,
    photos,
    automatic: Boolean(a.automatic),
  };
}

export const deputyDutyHandlers: Pick<
  HandlersOf<'deputy'>,
  | 'sessions'
  | 'checkIn'
  | 'leaves'
  | 'addLeave'
  | 'cancelLeave'
  | 'activities'
  | 'recordActivity'
  | 'dutyRecord'
  | 'exportDutyRecord'
> = {
  async sessions({ days }, { actor, ports }) {
    const deputy = actor.deputy!;
    const today = beijingDate(ports.clock.now());
    const stations = await stationsOf(ports, deputy);
    const sessions = sessionsOfDeputy(stations.map(asSchedule), deputy._id, deputy.leaves ?? [], today, days, CALENDAR);
    const attended = await findAll<AttendanceDoc>(ports.db, 'attendance', { deputyId: deputy._id, date: ports.db.command.gte(today) }, 500);
    return {
      items: sessions.map((s) => ({
        stationCode: s.stationCode,
        stationName: s.stationName,
        sessionId: s.sessionId,
        date: s.date,
        weekdayLabel: weekdayLabel(s.date),
        start: s.start,
        end: s.end,
        cancelled: s.cancelled,
        ...(s.cancelReason ? { cancelReason: s.cancelReason } : {}),
        onLeave: s.onLeave,
        attended: attended.some((a) => a.stationCode === s.stationCode && a.sessionId === s.sessionId && a.date === s.date),
      })),
    };
  },

  /** The scanned station code (the QR scene) must be where one of my sessions runs now. */
  async checkIn({ stationCode }, { actor, ports }) {
    const deputy = actor.deputy!;
    const now = ports.clock.now();
    const station = await requireStation(ports, stationCode);
    const mine = await stationsOf(ports, deputy);
    const all = [...mine.filter((s) => s._id !== station._id), station].map(asSchedule);
    const verdict = checkIn(all, deputy._id, station._id, now, CALENDAR);
    if (!verdict.ok) {
      if (verdict.reason === 'wrong_station') throw new AppError('CHECKIN_WRONG_STATION');
      if (verdict.reason === 'cancelled') throw new AppError('CHECKIN_OUTSIDE_SESSION', `本次接待已取消(${verdict.cancelReason}),不能签到`);
      throw new AppError('CHECKIN_OUTSIDE_SESSION');
    }
    const s = verdict.session;
    const id = `${deputy._id}_${station._id}_${s.date}_${s.sessionId}`.replace(/[^A-Za-z0-9_-]/g, '-');
    const attendance: AttendanceDoc = {
      _id: id,
      deputyId: deputy._id,
      stationCode: station._id,
      stationName: station.name,
      sessionId: s.sessionId,
      date: s.date,
      start: s.start,
      end: s.end,
      at: now,
    };
    let already = false;
    try {
      await ports.db.collection('attendance').add({ data: attendance });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      already = true;
    }
    {
      // The reception lands in the activities by itself (履职活动·接待), keyed like the
      // attendance: a repeat is a no-op, and a check-in stopped before this write is
      // completed by checking in again.
      const activity: ActivityDoc = {
        _id: id,
        deputyId: deputy._id,
        kind: 'reception',
        date: s.date,
        place: station.name,
        people: '到站群众',
        summary: `联络站接待日(${s.start}-${s.end})签到`,
        photos: [],
        automatic: true,
        createdAt: now,
      };
      try {
        await ports.db.collection('activities').add({ data: activity });
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
    }
    return { stationName: station.name, date: s.date, start: s.start, end: s.end, already };
  },

  async leaves(_p, { actor }) {
    return { items: (actor.deputy!.leaves ?? []).map(leaveView) };
  },

  async addLeave({ from, to, reason }, { actor, ports }) {
    const today = beijingDate(ports.clock.now());
    if (to < from || to < today || from > addDays(today, 366)) throw new AppError('LEAVE_INVALID');
    if (reason) await checkDeputyText(ports, actor, reason);
    const leave: Leave = { from, to, ...(reason ? { reason } : {}) };
    // The same leave twice (a double tap) is kept once.
    return changeLeaves(ports, actor, (leaves) =>
      leaves.some((l) => sameLeave(l, leave)) ? leaves : [...leaves, leave].sort(byLeaveStart),
    );
  },

  async cancelLeave({ from, to }, { actor, ports }) {
    return changeLeaves(ports, actor, (leaves) => {
      const kept = leaves.filter((l) => !(l.from === from && l.to === to));
      if (kept.length === leaves.length) throw new AppError('NOT_FOUND');
      return kept;
    });
  },

  async activities({ offset, limit }, { actor, ports }) {
    const q = () => ports.db.collection<ActivityDoc>('activities').where({ deputyId: actor.deputy!._id });
    const [page, count] = await Promise.all([
      q().orderBy('date', 'desc').orderBy('createdAt', 'desc').skip(offset).limit(limit).get(),
      q().count(),
    ]);
    const items = [];
    for (const a of page.data) items.push(await activityView(ports, a));
    const next = offset + page.data.length;
    return { items, total: count.total, ...(next < count.total ? { nextOffset: next } : {}) };
  },

  async recordActivity({ kind, date, place, people, summary, photos, requestId }, { actor, ports }) {
    const now = ports.clock.now();
    const id = requestId ? `ac${requestKey(actor.openid!, requestId)}` : newId();
    const earlier = requestId ? await findById<ActivityDoc>(ports.db, 'activities', id) : undefined;
    if (earlier) return activityView(ports, earlier); // the same form sent again
    if (date > beijingDate(now)) throw new AppError('INVALID_PAYLOAD', '活动日期不能晚于今天');
    await requireOwnImages(ports, actor.openid!, photos);
    await checkDeputyText(ports, actor, place, people, summary);
    const doc: ActivityDoc = { _id: id, deputyId: actor.deputy!._id, kind, date, place, people, summary, photos, createdAt: now };
    try {
      await ports.db.collection('activities').add({ data: doc });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      const landed = await findById<ActivityDoc>(ports.db, 'activities', id);
      if (!landed) throw e;
      return activityView(ports, landed);
    }
    return activityView(ports, doc);
  },

  async dutyRecord({ from, to }, { actor, ports }) {
    const data = await gatherDutyRecord(ports, actor.deputy!, from, to);
    return { deputy: data.deputy, ...data.record, rows: data.rows };
  },

  async exportDutyRecord({ from, to }, { actor, ports }) {
    const data = await gatherDutyRecord(ports, actor.deputy!, from, to);
    const bytes = await dutyRecordXlsx(data);
    return { fileName: `履职档案-${data.deputy.name}-${from}至${to}.xlsx`, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
  },
};
