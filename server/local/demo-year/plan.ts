/**
 * The demo year's plan, made before anything runs: opinions arriving day by day at the three
 * stations (more on working days, few on holidays), each with what will become of it; plus
 * the cases placed just before now so every state shows (designs.ts), the suggestions, the
 * activities and a leave. Pure and seeded: the same `now` always gives the same plan.
 */
import { addDays, beijingDate, fromBeijing, weekdayOf } from '../../../core/beijing-time';
import type { Leave } from '../../../core/reception-schedule';
import type { Channel } from '../../../core/vocabulary';
import { isHoliday } from '../../../core/working-calendar';
import { CALENDAR } from '../../config/holidays';
import { demoStations } from '../demo-data';
import type { CasePlan, RatingValue, Route } from './case-plan';
import { designedCases, suggestionGroups, personaLeave } from './designs';
import { activityDate } from './duty-scripts';
import type { GroupPlan } from './group-script';
import { fill, placesAt, type Problem, type StaffOnlyProblem, type StationCode } from './problem';
import { Rng } from './prng';
import { claimerOpenid, phoneOf, pickResident } from './residents';
import { ACTIVITIES, type ActivityText } from './texts-activities';
import { PROBLEMS, STAFF_ONLY } from './bank';
import { atDay, isWorkday } from './timing';
import { boundDeputiesOf } from './world';

export const STATIONS: readonly StationCode[] = ['WYH01', 'XJH01', 'YL01'];

/** Opinions a station receives on an ordinary working day, on average. */
const DAILY_RATE: Record<StationCode, number> = { WYH01: 0.36, XJH01: 0.27, YL01: 0.25 };
/** Cases older than this may have gone late (accepted or resolved after the deadline); newer ones run on time. */
const LATE_ONLY_BEFORE_DAYS = 70;

export interface YearPlan {
  /** The first Beijing day of the year (the first of the month eleven months back) and the last (yesterday). */
  from: string;
  to: string;
  cases: CasePlan[];
  groups: GroupPlan[];
  activities: { text: ActivityText; date: string; n: number }[];
  leaves: { deputyId: string; leave: Required<Leave> }[];
}

export function planYear(now: Date): YearPlan {
  const today = beijingDate(now);
  const from = firstOfMonthBefore(today, 11);
  const to = addDays(today, -1);
  const cases: CasePlan[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const factor = (isHoliday(CALENDAR, day) ? 0.3 : isWorkday(day) ? 1 : 0.55) * recentShare(daysBetween(day, today));
    for (const station of STATIONS) {
      const rng = Rng.from(`demo-year:day:${day}:${station}`);
      const rate = DAILY_RATE[station] * factor;
      const n = (rng.chance(rate) ? 1 : 0) + (rng.chance(rate / 4) ? 1 : 0);
      for (let i = 0; i < n; i++) cases.push(ordinaryCase(`${day.replaceAll('-', '')}-${station}-${i}`, day, station, today));
    }
  }
  const leaves = personaLeave(now);
  return {
    from,
    to,
    cases: [...cases, ...designedCases(now)],
    groups: suggestionGroups(now),
    activities: ACTIVITIES.flatMap((text, n) => {
      const date = activityDate(text, from, to);
      return date ? [{ text, date, n }] : [];
    }),
    leaves,
  };
}

/**
 * The share of the ordinary flow in the last weeks: the cases placed there on purpose
 * (designs.ts) make up the rest, so the months before now do not swell.
 */
const recentShare = (ageDays: number): number => (ageDays < 20 ? 0.3 : ageDays < 45 ? 0.8 : 1);

function firstOfMonthBefore(today: string, months: number): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1 - months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

const daysBetween = (a: string, b: string) => Math.round((fromBeijing(b).getTime() - fromBeijing(a).getTime()) / 86_400_000);

/** A case of the ordinary flow: what comes in on `day` at `station`, and what becomes of it. */
function ordinaryCase(key: string, day: string, station: StationCode, today: string): CasePlan {
  const rng = Rng.from(`demo-year:plan:${key}`);
  const month = Number(day.slice(5, 7));
  const history = daysBetween(day, today) > LATE_ONLY_BEFORE_DAYS;
  let channel = rng.weighted<Channel>([['qr', 76], ['walk_in', 9], ['phone', 8], ['letter', 5], ['visit', 2]]);
  if (channel !== 'qr' && !isWorkday(day)) channel = 'qr'; // the desk is closed
  const staffOnly = rng.chance(0.035);
  const problem: Problem | StaffOnlyProblem = staffOnly
    ? rng.pick(STAFF_ONLY.filter((p) => p.stations.includes(station)))
    : rng.pick(PROBLEMS.filter((p) => p.stations.includes(station) && (!p.months || p.months.includes(month))));
  const place = rng.pick(placesAt(problem.places, station));
  const text = fill(rng.pick(problem.texts), place);
  const qr = channel === 'qr';

  let resident: string | undefined;
  let phone: string | undefined;
  let claims = false;
  if (qr) {
    resident = pickResident(rng, station);
    if (rng.chance(0.35)) phone = phoneOf(resident);
  } else if (rng.chance(channel === 'letter' ? 0.4 : 0.75)) {
    claims = rng.chance(0.35);
    resident = claims ? claimerOpenid(station, rng.int(1, 60)) : undefined;
    phone = phoneOf(resident ?? key);
  }
  const rating = ratingFor(rng, qr || claims, Boolean(phone));
  const secondRating = rating === 'unsatisfied' ? rng.weighted<RatingValue | 'none'>([['basic', 40], ['satisfied', 15], ['unsatisfied', 35], ['none', 10]]) : 'none';
  const consentPublish = rng.chance(qr ? 0.45 : 0.35);
  const showcase = 'showcase' in problem && Boolean(problem.showcase);
  const bound = boundDeputiesOf(station);
  const photos = qr && !staffOnly && rng.chance(0.1) ? rng.int(1, 2) : 0;
  return {
    key,
    start: startOf(rng, day, station, channel),
    station,
    channel,
    problem,
    text,
    ...(rng.chance(0.3) ? { place } : {}),
    scope: ('scope' in problem && problem.scope) || 'community',
    ...(resident ? { resident } : {}),
    claims,
    ...(phone ? { phone } : {}),
    allowContact: Boolean(phone) && rng.chance(0.6),
    anonymous: rng.chance(qr ? 0.12 : 0.05),
    consentPublish,
    ...(qr && !staffOnly && rng.chance(station === 'YL01' ? 0.25 : 0.12) ? { chosenDeputyId: chosen(rng, station, problem.category) } : {}),
    photos,
    photoReview: history && photos > 0 && rng.chance(0.15),
    subscribes: qr && rng.chance(0.7),
    pace: 'normal',
    route: history && rng.chance(0.06) ? 'late' : rng.weighted<Route>([['reply', 38], ['resolve', 22], ['need-info', 15], ['forward', 25]]),
    acceptLate: history && rng.chance(0.07),
    handover: bound.length > 1 && rng.chance(0.04),
    withdraw: qr && rng.chance(0.025),
    chases: 0,
    rating,
    secondRating,
    publish: consentPublish && showcase && (rating === 'satisfied' ? rng.chance(0.75) : rating === 'basic' && rng.chance(0.3)),
  };
}

/** In the app: the resident's own rating, or none (closed after 15 days); by phone (回访) for an entry with a number. */
function ratingFor(rng: Rng, inApp: boolean, phone: boolean): RatingValue | 'none' {
  if (inApp) return rng.weighted<RatingValue | 'none'>([['satisfied', 48], ['basic', 24], ['unsatisfied', 4], ['none', 24]]);
  if (!phone) return 'none';
  return rng.weighted<RatingValue | 'none'>([['satisfied', 54], ['basic', 32], ['unsatisfied', 9], ['none', 5]]);
}

/** A deputy the resident picks on the station page: one whose 关注领域 fits, else any bound one. */
function chosen(rng: Rng, station: StationCode, category: string): string {
  const bound = boundDeputiesOf(station);
  const fits = bound.filter((d) => d.specialties.includes(category));
  return rng.pick(fits.length ? fits : bound)._id;
}

/** The weekly reception sessions of the demo stations (their dated sessions lie after now). */
const WEEKLY = Object.fromEntries(demoStations(new Date(0)).map((s) => [s._id, s.schedule.weekly]));

/** When it comes in: residents any time of day; the desk in office hours, a walk-in during the reception session if there is one. */
function startOf(rng: Rng, day: string, station: StationCode, channel: Channel): Date {
  const session = channel === 'walk_in' && !isHoliday(CALENDAR, day) ? WEEKLY[station]?.find((s) => s.weekday === weekdayOf(day)) : undefined;
  if (session) return new Date(fromBeijing(day, session.start).getTime() + rng.int(10, 120) * 60_000);
  return atDay(day, rng, channel === 'qr' ? 'day' : 'office');
}
