/**
 * Cases placed on purpose, relative to now, so every screen has its states whatever day the
 * demo starts: each demo deputy has something new and something in progress; some cases wait
 * for the resident's information, a department's answer, a rating or staff (triage, held,
 * 回访); a few are overdue and chased; 李先生 (demo-resident-2) has a year of his own; and the
 * residents' cases that become 闭会期间代表建议. Margins are in calendar days wide enough for
 * any holiday (the longest, 春节, is nine days).
 */
import { addDays, beijingDate } from '../../../core/beijing-time';
import type { Leave } from '../../../core/reception-schedule';
import type { Channel } from '../../../core/vocabulary';
import type { CasePlan, Route, Stop } from './case-plan';
import type { GroupPlan } from './group-script';
import { fill, placesAt, type StationCode } from './problem';
import { problemByKey } from './bank';
import { Rng } from './prng';
import { LI_XIANSHENG, phoneOf, residentOpenid } from './residents';
import { SUGGESTIONS } from './texts-notes';
import { daysBefore, hoursBefore, type Window } from './timing';

interface Design {
  key: string;
  station: StationCode;
  problem: string;
  /** When it came in: days before now (at a time in `window`), or hours before now. */
  daysAgo?: number;
  hoursAgo?: [number, number];
  window?: Window;
  deputy?: string;
  resident?: string;
  channel?: Channel;
  route?: Route;
  stopAt?: Stop;
  chases?: number;
  photoReview?: boolean;
  withdraw?: boolean;
  rating?: CasePlan['rating'];
  publish?: boolean;
  pace?: CasePlan['pace'];
  /** The place its words name (one of the problem's), when several cases are to be about the same spot. */
  place?: string;
}

function build(now: Date, d: Design, n: number): CasePlan {
  const rng = Rng.from(`demo-year:design:${d.key}`);
  const problem = problemByKey(d.problem);
  const channel = d.channel ?? 'qr';
  const resident = channel === 'qr' ? (d.resident ?? residentOpenid(d.station, 200 + n)) : undefined;
  const place = d.place ?? rng.pick(placesAt(problem.places, d.station));
  const phone = channel !== 'qr' ? phoneOf(`design-${d.key}`) : rng.chance(0.4) ? phoneOf(resident!) : undefined;
  return {
    key: `design-${d.key}`,
    start: d.hoursAgo ? hoursBefore(now, rng, ...d.hoursAgo) : daysBefore(now, rng, d.daysAgo ?? 1, d.window ?? 'day'),
    station: d.station,
    channel,
    problem,
    text: fill(rng.pick(problem.texts), place),
    ...(rng.chance(0.4) ? { place } : {}),
    scope: ('scope' in problem && problem.scope) || 'community',
    ...(resident ? { resident } : {}),
    claims: false,
    ...(phone ? { phone } : {}),
    allowContact: Boolean(phone),
    anonymous: channel === 'qr' && rng.chance(0.15),
    consentPublish: d.publish ?? rng.chance(0.4),
    ...(d.deputy ? { chosenDeputyId: d.deputy } : {}),
    photos: d.photoReview ? 1 : 0,
    photoReview: Boolean(d.photoReview),
    subscribes: channel === 'qr' && rng.chance(0.7),
    pace: d.pace ?? 'brisk',
    route: d.route ?? 'reply',
    acceptLate: false,
    handover: false,
    withdraw: Boolean(d.withdraw),
    ...(d.stopAt ? { stopAt: d.stopAt } : {}),
    chases: d.chases ?? 0,
    rating: d.rating ?? 'none',
    secondRating: 'none',
    publish: Boolean(d.publish),
  };
}

/** Each demo deputy: one case just in (新), one being worked (办理中), at a station of theirs. */
const DEPUTY_CASES: readonly [deputy: string, station: StationCode, fresh: string, working: string][] = [
  ['d-nat-1', 'YL01', 'jobs', 'business-license'],
  ['d-prov-1', 'YL01', 'medical-insurance', 'clinic-hours'],
  ['d-mil-1', 'YL01', 'theft-cameras', 'veteran-service'],
  ['d-city-1', 'WYH01', 'bus-shelter', 'crossing-time'],
  ['d-county-1', 'WYH01', 'roof-leak', 'elevator-fault'],
  ['d-county-2', 'XJH01', 'night-construction', 'bbq-smoke'],
  ['d-town-1', 'WYH01', 'home-care', 'activity-room'],
];

const DESIGNS: readonly Design[] = [
  ...DEPUTY_CASES.flatMap(([deputy, station, fresh, working], i): Design[] => [
    { key: `new-${deputy}`, station, problem: fresh, deputy, hoursAgo: [3, 50], stopAt: 'assigned' },
    { key: `working-${deputy}`, station, problem: working, deputy, daysAgo: 5 + ((i * 3) % 8), stopAt: i % 2 ? 'replied' : 'accepted' },
  ]),
  // 待补充: the deputy asked, the resident has not answered yet (李先生 can, in the demo).
  { key: 'waiting-info-1', station: 'WYH01', problem: 'property-service', deputy: 'd-county-1', daysAgo: 6, route: 'need-info', stopAt: 'need_info' },
  { key: 'waiting-info-2', station: 'XJH01', problem: 'water-pressure', deputy: 'd-county-2', resident: LI_XIANSHENG, daysAgo: 5, route: 'need-info', stopAt: 'need_info' },
  { key: 'waiting-info-3', station: 'WYH01', problem: 'ebike-charging', deputy: 'd-town-1', daysAgo: 7, route: 'need-info', stopAt: 'need_info' },
  // The resident added what was asked: back in the deputy's hands.
  { key: 'info-added-1', station: 'YL01', problem: 'shared-bikes', deputy: 'd-city-1', daysAgo: 8, route: 'need-info', stopAt: 'info-added' },
  { key: 'info-added-2', station: 'YL01', problem: 'chronic-meds', deputy: 'd-prov-1', daysAgo: 9, route: 'need-info', stopAt: 'info-added' },
  // 已转交部门: waiting for the department, and answered (the deputy is to resolve).
  { key: 'forwarded-1', station: 'WYH01', problem: 'waterlogging', deputy: 'd-county-1', daysAgo: 9, route: 'forward', stopAt: 'forwarded' },
  { key: 'forwarded-2', station: 'XJH01', problem: 'food-market', deputy: 'd-county-2', daysAgo: 10, route: 'forward', stopAt: 'forwarded' },
  { key: 'answered-1', station: 'WYH01', problem: 'streetlight', deputy: 'd-town-1', daysAgo: 11, route: 'forward', stopAt: 'answered' },
  { key: 'answered-2', station: 'WYH01', problem: 'school-traffic', deputy: 'd-city-1', daysAgo: 12, route: 'forward', stopAt: 'answered' },
  // 已办结, waiting for the resident's rating (or staff's 回访 for a phone call).
  { key: 'resolved-1', station: 'YL01', problem: 'after-school', deputy: 'd-nat-1', daysAgo: 10, stopAt: 'resolved' },
  { key: 'resolved-2', station: 'WYH01', problem: 'elderly-canteen', deputy: 'd-county-1', daysAgo: 9, stopAt: 'resolved', publish: true },
  { key: 'resolved-3', station: 'XJH01', problem: 'courier-station', deputy: 'd-county-2', resident: LI_XIANSHENG, daysAgo: 8, stopAt: 'resolved' },
  { key: 'resolved-4', station: 'WYH01', problem: 'fitness-equipment', deputy: 'd-town-1', daysAgo: 7, stopAt: 'resolved', publish: true },
  { key: 'resolved-5', station: 'YL01', problem: 'pension', deputy: 'd-prov-1', daysAgo: 10, stopAt: 'resolved' },
  { key: 'followup-1', station: 'WYH01', problem: 'road-damage', channel: 'phone', daysAgo: 10, window: 'office', stopAt: 'resolved' },
  { key: 'followup-2', station: 'XJH01', problem: 'garbage-overflow', channel: 'phone', daysAgo: 9, window: 'office', stopAt: 'resolved' },
  // 已逾期: not accepted in time, or no result in time; the residents chase.
  { key: 'overdue-accept-1', station: 'WYH01', problem: 'back-alley', deputy: 'd-county-1', daysAgo: 20, stopAt: 'assigned', chases: 2 },
  { key: 'overdue-accept-2', station: 'YL01', problem: 'bus-shelter', deputy: 'd-city-1', daysAgo: 24, stopAt: 'assigned', chases: 1 },
  { key: 'overdue-result-1', station: 'XJH01', problem: 'road-damage', deputy: 'd-county-2', resident: LI_XIANSHENG, daysAgo: 45, stopAt: 'replied', chases: 3 },
  { key: 'overdue-result-2', station: 'WYH01', problem: 'roof-leak', deputy: 'd-town-1', daysAgo: 50, stopAt: 'replied', chases: 2 },
  { key: 'overdue-result-3', station: 'YL01', problem: 'medical-insurance', deputy: 'd-prov-1', daysAgo: 42, stopAt: 'accepted', chases: 1 },
  // 待处理 at the staff desk: restricted categories, an opinion about a deputy, cases no deputy fits.
  { key: 'triage-court', station: 'WYH01', problem: 'court-enforcement', hoursAgo: [20, 40], stopAt: 'triage' },
  { key: 'triage-appeal', station: 'XJH01', problem: 'court-appeal', daysAgo: 2, stopAt: 'triage' },
  { key: 'triage-bidding', station: 'YL01', problem: 'bidding', daysAgo: 3, stopAt: 'triage' },
  { key: 'triage-about-deputy', station: 'XJH01', problem: 'about-deputy', daysAgo: 1, window: 'evening', stopAt: 'triage' },
  { key: 'triage-unrouted-1', station: 'XJH01', problem: 'after-school', daysAgo: 1, window: 'evening', stopAt: 'triage' },
  { key: 'triage-unrouted-2', station: 'WYH01', problem: 'pension', daysAgo: 2, window: 'evening', stopAt: 'triage' },
  // 审核中: a photo the image check left to a person.
  { key: 'held-1', station: 'WYH01', problem: 'road-damage', hoursAgo: [20, 40], photoReview: true, stopAt: 'held' },
  { key: 'held-2', station: 'XJH01', problem: 'court-lights', daysAgo: 2, photoReview: true, stopAt: 'held' },
  // Lately withdrawn by the resident, and declined by staff.
  { key: 'withdrawn-1', station: 'WYH01', problem: 'courier-station', daysAgo: 3, withdraw: true },
  { key: 'rejected-1', station: 'XJH01', problem: 'neighbour-dispute', daysAgo: 4 },
  // 李先生's earlier cases: one published in the showcase, one asked for more information, one withdrawn.
  { key: 'li-1', station: 'XJH01', problem: 'streetlight', resident: LI_XIANSHENG, daysAgo: 260, pace: 'normal', route: 'forward', rating: 'satisfied', publish: true },
  { key: 'li-2', station: 'XJH01', problem: 'food-market', resident: LI_XIANSHENG, daysAgo: 150, pace: 'normal', route: 'need-info', rating: 'basic' },
  { key: 'li-3', station: 'XJH01', problem: 'fitness-equipment', resident: LI_XIANSHENG, daysAgo: 95, withdraw: true },
  // The category the office added at the start of the year (物业维修基金): one case closed after
  // its department answered, one waiting for that department now.
  { key: 'fund-1', station: 'WYH01', problem: 'maintenance-fund', deputy: 'd-county-1', daysAgo: 120, pace: 'normal', route: 'forward', rating: 'satisfied' },
  { key: 'fund-2', station: 'XJH01', problem: 'maintenance-fund', deputy: 'd-county-2', daysAgo: 8, route: 'forward', stopAt: 'forwarded' },
  // 汇总整理 and 热点问题 (decision 0036): several residents lately about one lift and one stretch of
  // street lights, each still open, so the groups page has cases to merge and the dashboard hot
  // topics; the first of each published, so others join it by 附议 (seconds-script.ts).
  { key: 'same-lift-1', station: 'WYH01', problem: 'elevator-fault', place: '望月湖小区5片2栋', deputy: 'd-county-1', daysAgo: 6, stopAt: 'accepted', publish: true },
  { key: 'same-lift-2', station: 'WYH01', problem: 'elevator-fault', place: '望月湖小区5片2栋', deputy: 'd-county-1', daysAgo: 4, stopAt: 'assigned' },
  { key: 'same-lift-3', station: 'WYH01', problem: 'elevator-fault', place: '望月湖小区5片2栋', deputy: 'd-town-1', daysAgo: 2, stopAt: 'assigned' },
  { key: 'same-lift-4', station: 'WYH01', problem: 'elevator-fault', place: '望月湖小区5片2栋', hoursAgo: [5, 30], stopAt: 'assigned' },
  { key: 'same-lights-1', station: 'XJH01', problem: 'streetlight', place: '咸嘉湖西路', deputy: 'd-county-2', daysAgo: 5, stopAt: 'accepted', publish: true },
  { key: 'same-lights-2', station: 'XJH01', problem: 'streetlight', place: '咸嘉湖西路', deputy: 'd-county-2', daysAgo: 3, stopAt: 'assigned' },
  { key: 'same-lights-3', station: 'XJH01', problem: 'streetlight', place: '咸嘉湖西路', hoursAgo: [10, 40], stopAt: 'assigned' },
];

export function designedCases(now: Date): CasePlan[] {
  return DESIGNS.map((d, n) => build(now, d, n));
}

/** The suggestions: two answered within the year, two converted lately and waiting. */
const GROUP_START_DAYS: Record<string, number> = { medicine: 230, elevators: 190, buses: 22, parking: 17 };

export function suggestionGroups(now: Date): GroupPlan[] {
  return SUGGESTIONS.map((theme) => ({
    theme,
    members: Array.from({ length: theme.cases }, (_, i) =>
      build(now, { key: `suggest-${theme.key}-${i}`, station: theme.station, problem: theme.problem, deputy: theme.deputyId, daysAgo: GROUP_START_DAYS[theme.key] }, 300 + i),
    ),
  }));
}

/** 陈秀英 away at training for twelve days some four months ago. */
export function personaLeave(now: Date): { deputyId: string; leave: Required<Leave> }[] {
  const from = addDays(beijingDate(now), -130);
  return [{ deputyId: 'd-prov-1', leave: { from, to: addDays(from, 11), reason: '参加省人大常委会组织的代表履职学习' } }];
}
