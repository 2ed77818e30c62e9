/**
 * A deputy's duty: reception sessions and check-in (which records the reception as an
 * activity by itself), leaves, activities typed in (corrected or withdrawn in
 * activity-changes.ts), and the duty record. Every write keeps its
 * idempotency: a check-in is keyed by its session, an activity sent with a request id by that
 * id, and a leave list is changed as it is now (compare-and-set).
 */
import { addDays, beijingDate } from '../../core/beijing-time';
import type { Payload } from '../../core/contract';
import { checkIn, sessionsOfDeputy, type StationSchedule } from '../../core/deputy-duty';
import { ACTIVITY_CHANGE_DAYS, ACTIVITY_KIND_LABELS } from '../../core/duty-record';
import { AppError } from '../../core/errors';
import { byLeaveStart, sameLeave, type Leave } from '../../core/reception-schedule';
import { CALENDAR } from '../config/holidays';
import type { ActivityDoc, AttendanceDoc, DeputyDoc, StationDoc } from '../model';
import { asReadPolicy } from '../platform/as-read';
import { compareAndSet } from '../platform/cas';
import { storeGenerated } from '../platform/generated-files';
import type { Ports } from '../platform/ports';
import { requestKey } from '../platform/request-key';
import { checkDeputyText, newId } from '../opinions/deputy-work';
import { requireStation, stationsByCodes } from '../stations/stations.repo';
import type { Actor } from '../users/actor';
import { requireOwnImages } from '../users/uploads';
import { getDeputy, writeDeputyLeavesAsRead } from './deputies.repo';
import { countDuty } from '../dashboard/deputy-rows';
import { gatherDutyRecord } from './duty-record';
import { dutyRecordXlsx } from './duty-record-xlsx';
import { recordCases } from './record-cases';
import {
  activitiesPage,
  addActivityOnce,
  addActivityOrLanded,
  addAttendanceOnce,
  attendanceOfDeputySince,
  getActivity,
} from './duty.repo';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const weekdayLabel = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];

const asSchedule = (s: StationDoc): StationSchedule => ({ code: s._id, name: s.name, schedule: s.schedule });

/** The active stations the deputy sits at. */
async function stationsOf(ports: Ports, deputy: DeputyDoc): Promise<StationDoc[]> {
  if (deputy.stationCodes.length === 0) return [];
  const found = await stationsByCodes(ports, deputy.stationCodes);
  return found.filter((s) => s.status === 'active');
}

/** The reception sessions of the coming `days`, each with whether the deputy checked in. */
export async function dutySessions(ports: Ports, actor: Actor, days: number) {
  const deputy = actor.deputy!;
  const today = beijingDate(ports.clock.now());
  const stations = await stationsOf(ports, deputy);
  const sessions = sessionsOfDeputy(stations.map(asSchedule), deputy._id, deputy.leaves ?? [], today, days, CALENDAR);
  const attended = await attendanceOfDeputySince(ports, deputy._id, today, 500);
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
}

/** Checks the deputy in: the scanned station code (the QR scene) must be where one of their sessions runs now. */
export async function checkInAt(ports: Ports, actor: Actor, stationCode: string) {
  const deputy = actor.deputy!;
  const now = ports.clock.now();
  const station = await requireStation(ports, stationCode);
  const mine = await stationsOf(ports, deputy);
  const all = [...mine.filter((s) => s._id !== station._id), station].map(asSchedule);
  const verdict = checkIn(all, deputy._id, station._id, now, CALENDAR);
  if (!verdict.ok) {
    if (verdict.reason === 'wrong_station') throw new AppError('CHECKIN_WRONG_STATION');
    if (verdict.reason === 'cancelled') throw new AppError('CHECKIN_OUTSIDE_SESSION', `本次接待已取消（${verdict.cancelReason}），不能签到`);
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
  const already = !(await addAttendanceOnce(ports, attendance));
  // The office's per-deputy table counts the check-in once (a repeat is `already`), listed where the station is.
  if (!already) await countDuty(ports, deputy, s.date, 'chk', station.regionPath);
  // The reception lands in the activities by itself (履职活动·接待), keyed like the
  // attendance: a repeat is a no-op, and a check-in stopped before this write is
  // completed by checking in again.
  await addActivityOnce(ports, {
    _id: id,
    deputyId: deputy._id,
    kind: 'reception',
    date: s.date,
    place: station.name,
    people: '到站群众',
    summary: `联络站接待日（${s.start}-${s.end}）签到`,
    photos: [],
    automatic: true,
    createdAt: now,
  });
  return { stationName: station.name, date: s.date, start: s.start, end: s.end, already };
}

const leaveView = (l: Leave) => ({ from: l.from, to: l.to, ...(l.reason ? { reason: l.reason } : {}) });

const leavesPolicy = (deputyId: string) => asReadPolicy(`deputies/${deputyId}`, '请假记录刚刚被修改，请稍后重试');

/**
 * Changes the deputy's leaves as they are now: `change` is applied to the list read (first
 * the one read with the caller's identity), written on the condition that it is still as
 * read, and applied again to a fresh read when a staff edit or another tap got there first.
 */
async function changeLeaves(ports: Ports, actor: Actor, change: (leaves: Leave[]) => Leave[]) {
  const deputyId = actor.deputy!._id;
  let saved: Leave[] = [];
  await compareAndSet<DeputyDoc | undefined, { asRead: Leave[] | undefined; next: Leave[] }, void>(
    {
      read: (round) => (round === 0 ? Promise.resolve(actor.deputy!) : getDeputy(ports, deputyId)),
      decide: (fresh) => {
        if (!fresh) throw new AppError('NOT_FOUND');
        const current = fresh.leaves ?? [];
        saved = change(current);
        if (saved.length === current.length && saved.every((l, i) => sameLeave(l, current[i]))) return { done: undefined };
        return { change: { asRead: fresh.leaves, next: saved } };
      },
      write: async (_fresh, { asRead, next }) => ((await writeDeputyLeavesAsRead(ports, deputyId, asRead, next)) ? { value: undefined } : undefined),
    },
    leavesPolicy(deputyId),
  );
  return { items: saved.map(leaveView) };
}

/** The deputy's leaves, as read with their identity. */
export const myLeaves = (actor: Actor) => ({ items: (actor.deputy!.leaves ?? []).map(leaveView) });

/** Adds a leave; the same leave twice (a double tap) is kept once. */
export async function addLeave(ports: Ports, actor: Actor, { from, to, reason }: Payload<'deputy', 'addLeave'>) {
  const today = beijingDate(ports.clock.now());
  if (to < from || to < today || from > addDays(today, 366)) throw new AppError('LEAVE_INVALID');
  if (reason) await checkDeputyText(ports, actor, reason);
  const leave: Leave = { from, to, ...(reason ? { reason } : {}) };
  return changeLeaves(ports, actor, (leaves) => (leaves.some((l) => sameLeave(l, leave)) ? leaves : [...leaves, leave].sort(byLeaveStart)));
}

/** Cancels the leave from `from` to `to`. */
export async function cancelLeave(ports: Ports, actor: Actor, { from, to }: Payload<'deputy', 'cancelLeave'>) {
  return changeLeaves(ports, actor, (leaves) => {
    const kept = leaves.filter((l) => !(l.from === from && l.to === to));
    if (kept.length === leaves.length) throw new AppError('NOT_FOUND');
    return kept;
  });
}

/** The last day the deputy may correct or withdraw the activity (Beijing date), or undefined when they may not. */
export function changeableUntil(a: ActivityDoc, today: string): string | undefined {
  if (a.automatic || a.withdrawn) return undefined;
  const until = addDays(beijingDate(a.createdAt), ACTIVITY_CHANGE_DAYS);
  return today <= until ? until : undefined;
}

export async function activityView(ports: Ports, a: ActivityDoc) {
  const photos = [];
  for (const [i, fileId] of a.photos.entries()) {
    photos.push({ fileId, url: await ports.storage.urlOf(fileId), alt: `活动照片${i + 1}` });
  }
  const until = changeableUntil(a, beijingDate(ports.clock.now()));
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
    version: a.version ?? 0,
    corrections: a.edits?.length ?? 0,
    ...(a.withdrawn ? { withdrawn: { at: new Date(a.withdrawn.at).toISOString(), reason: a.withdrawn.reason } } : {}),
    ...(until ? { changeableUntil: until } : {}),
  };
}

/** A page of the deputy's activities, latest first. */
export async function myActivities(ports: Ports, actor: Actor, offset: number, limit: number) {
  const page = await activitiesPage(ports, actor.deputy!._id, offset, limit);
  const items = [];
  for (const a of page.items) items.push(await activityView(ports, a));
  const next = offset + page.items.length;
  return { items, total: page.total, ...(next < page.total ? { nextOffset: next } : {}) };
}

/** Records an activity the deputy typed in; the same form sent again (its request id) answers the first. */
export async function recordActivity(ports: Ports, actor: Actor, p: Payload<'deputy', 'recordActivity'>) {
  const { kind, date, place, people, summary, photos, requestId } = p;
  const now = ports.clock.now();
  const id = requestId ? `ac${requestKey(actor.openid!, requestId)}` : newId();
  const earlier = requestId ? await getActivity(ports, id) : undefined;
  if (earlier) return activityView(ports, earlier); // the same form sent again
  if (date > beijingDate(now)) throw new AppError('INVALID_PAYLOAD', '活动日期不能晚于今天');
  await requireOwnImages(ports, actor.openid!, photos);
  await checkDeputyText(ports, actor, place, people, summary);
  const doc: ActivityDoc = { _id: id, deputyId: actor.deputy!._id, kind, date, place, people, summary, photos, createdAt: now };
  const stored = await addActivityOrLanded(ports, doc);
  // Counted once, by the request that added it (the office's per-deputy table).
  if (stored === doc) await countDuty(ports, actor.deputy!, date, 'act');
  return activityView(ports, stored);
}

/** A page of the cases behind the deputy's record (received in the period, newest first). */
export const myRecordCases = (ports: Ports, actor: Actor, p: { from: string; to: string; limit: number; cursor?: string }) =>
  recordCases(ports, actor.deputy!._id, p.from, p.to, p.limit, p.cursor);

/** The deputy's duty record for the period, counted. */
export async function myDutyRecord(ports: Ports, actor: Actor, from: string, to: string) {
  const data = await gatherDutyRecord(ports, actor.deputy!, from, to);
  return { deputy: data.deputy, ...data.record, rows: data.rows };
}

/** The deputy's duty record for the period, as an xlsx file in storage (beside the PDFs of duty records). */
export async function exportMyDutyRecord(ports: Ports, actor: Actor, from: string, to: string) {
  const data = await gatherDutyRecord(ports, actor.deputy!, from, to);
  const bytes = await dutyRecordXlsx(data);
  const fileName = `履职档案-${data.deputy.name}-${from}至${to}.xlsx`;
  return storeGenerated(ports, { folder: 'duty-records', scope: `${data.deputy.id}-${from}-${to}`, fileName, ext: 'xlsx' }, bytes);
}
