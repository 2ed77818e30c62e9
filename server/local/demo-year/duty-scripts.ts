/**
 * Deputies' duty in the demo year: they check in at their reception sessions (scanning the
 * station code), record their activities (专题调研, 集中视察, 代表小组活动, 走访) a day or two
 * after (one corrected later, one saved twice and the second withdrawn), take a leave, and accept their long-term reminders once, as they do when they bind
 * (one deputy later turns them off in WeChat's settings: the staff desk shows who is unreachable).
 */
import { addDays, fromBeijing, minutesOf } from '../../../core/beijing-time';
import { sessionsOfDeputy } from '../../../core/deputy-duty';
import type { Leave } from '../../../core/reception-schedule';
import { CALENDAR } from '../../config/holidays';
import { DEMO_DEPUTIES, demoStations } from '../demo-data';
import type { Steps } from './case-script';
import { demoPhoto } from './photo';
import { Rng } from './prng';
import type { ActivityText } from './texts-activities';
import { afterDays, atDay, isWorkday } from './timing';
import { deputyOpenid, type World } from './world';

const MINUTE = 60_000;

/** A deputy's reception sessions from `from` to `to` (Beijing dates), checked in at most of them. */
export async function* checkIns(w: World, deputyId: string, from: string, to: string, leaves: readonly Leave[]): Steps {
  const rng = Rng.from(`demo-year:checkins:${deputyId}`);
  const stations = demoStations(fromBeijing(to)).map((s) => ({ code: s._id, name: s.name, schedule: s.schedule }));
  const days = Math.round((fromBeijing(to).getTime() - fromBeijing(from).getTime()) / 86_400_000) + 1;
  const sessions = sessionsOfDeputy(stations, deputyId, leaves, from, days, CALENDAR).filter((s) => !s.cancelled && !s.onLeave && s.date <= to);
  const openid = deputyOpenid(deputyId);
  for (const s of sessions) {
    if (!rng.chance(0.8)) continue;
    // From a quarter of an hour early to the first hour of the session.
    const at = fromBeijing(s.date, s.start).getTime() + rng.int(-15, Math.min(60, minutesOf(s.end) - minutesOf(s.start) - 5)) * MINUTE;
    yield new Date(at);
    await w.call('deputy', 'checkIn', { stationCode: s.stationCode }, openid);
    w.counts.checkIns++;
  }
}

/** The Beijing date of an activity of the bank in the year from `from` to `to`, moved to a working day; none outside. */
export function activityDate(a: ActivityText, from: string, to: string): string | undefined {
  const year = Number(from.slice(0, 4)) + (a.month < Number(from.slice(5, 7)) ? 1 : 0);
  let date = `${year}-${String(a.month).padStart(2, '0')}-${String(a.day).padStart(2, '0')}`;
  for (let i = 0; i < 7 && !isWorkday(date); i++) date = addDays(date, 1);
  return date >= from && date <= to ? date : undefined;
}

/** An activity, recorded by each deputy who took part the same evening or a day or two later. */
export async function* activity(w: World, a: ActivityText, date: string, n: number): Steps {
  const rng = Rng.from(`demo-year:activity:${n}`);
  const held = atDay(date, rng, 'office');
  const recorded = new Map<string, { id: string; version: number; photos: string[] }>();
  for (const deputyId of a.deputyIds) {
    yield afterDays(w.now() > held ? w.now() : held, rng, 0, 2, 'evening');
    const openid = deputyOpenid(deputyId);
    const photos = a.photo ? [await w.upload(openid, demoPhoto(rng))] : [];
    const form = { kind: a.kind, date, place: a.place, people: a.people, summary: a.summary, photos };
    const view = await w.call('deputy', 'recordActivity', { ...form, requestId: `demo-year-activity-${n}-${deputyId}` }, openid);
    recorded.set(deputyId, { id: view.id, version: view.version, photos });
    w.counts.activities++;
  }
  yield* activityChanges(w, a, date, n, recorded);
}

/**
 * What a deputy changes afterwards (issue 23): the form saved twice by mistake, the second
 * withdrawn the next morning with the reason; a correction of the people met and the summary a
 * day or two later. Their own random stream, so the recordings above play as before.
 */
async function* activityChanges(w: World, a: ActivityText, date: string, n: number, recorded: Map<string, { id: string; version: number; photos: string[] }>): Steps {
  const rng = Rng.from(`demo-year:activity-changes:${n}`);
  const twice = a.recordedTwice && recorded.get(a.recordedTwice);
  if (a.recordedTwice && twice) {
    const openid = deputyOpenid(a.recordedTwice);
    yield new Date(w.now().getTime() + rng.int(2, 10) * MINUTE);
    const form = { kind: a.kind, date, place: a.place, people: a.people, summary: a.summary, photos: [] };
    const again = await w.call('deputy', 'recordActivity', { ...form, requestId: `demo-year-activity-${n}-${a.recordedTwice}-again` }, openid);
    yield afterDays(w.now(), rng, 1, 1, 'office');
    await w.call('deputy', 'withdrawActivity', { id: again.id, version: again.version, reason: '同一次活动重复保存了两条，撤回这一条' }, openid);
  }
  const fix = a.correction && recorded.get(a.correction.deputyId);
  if (a.correction && fix) {
    yield afterDays(w.now(), rng, 1, 2, 'evening');
    const { people, summary } = a.correction;
    await w.call('deputy', 'updateActivity', { id: fix.id, version: fix.version, kind: a.kind, date, place: a.place, people, summary, photos: fix.photos }, deputyOpenid(a.correction.deputyId));
  }
}

/** A leave the deputy takes in the app a week ahead. */
export async function* leave(w: World, deputyId: string, l: Required<Leave>): Steps {
  const rng = Rng.from(`demo-year:leave:${deputyId}:${l.from}`);
  yield atDay(addDays(l.from, -7), rng, 'evening');
  await w.call('deputy', 'addLeave', { from: l.from, to: l.to, reason: l.reason }, deputyOpenid(deputyId));
}

const DEPUTY_TEMPLATES = ['opinion_new', 'opinion_update', 'deadline_reminder'] as const;
const STAFF_TEMPLATES = ['staff_alert', 'staff_digest'] as const;
/** The deputy who turns reminders off in WeChat's settings near the end of the year. */
export const SWITCHED_OFF_DEPUTY = 'demo-deputy-military';

/**
 * On the year's first working day deputies and staff accept their long-term reminders (one
 * dialog each, as at binding and joining); three weeks before the end one deputy switches them
 * off in WeChat's settings and opens the app again, which tells the server (subscription.sync).
 */
export async function* reminderGrants(w: World, from: string, to: string): Steps {
  const rng = Rng.from('demo-year:reminders');
  let day = from;
  while (!isWorkday(day)) day = addDays(day, 1);
  yield atDay(day, rng, 'desk');
  for (const d of DEMO_DEPUTIES.filter((x) => x.openid)) await w.consent(d.openid!, DEPUTY_TEMPLATES);
  for (const openid of ['demo-staff-wyh', 'demo-staff-xjh']) await w.consent(openid, STAFF_TEMPLATES);
  let off = addDays(to, -21);
  while (!isWorkday(off)) off = addDays(off, 1);
  if (off <= day) return;
  yield atDay(off, rng, 'desk');
  w.runtime.wxSubscriptions.setMainSwitch(SWITCHED_OFF_DEPUTY, false);
  await w.call('subscription', 'sync', { mainSwitch: false, itemSettings: {} }, SWITCHED_OFF_DEPUTY);
}
