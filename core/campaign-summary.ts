/**
 * The campaign summary (活动总结) of one region, counted without I/O: sessions held, deputies
 * taking part by level, opinions received / forwarded / converted into suggestions / resolved,
 * satisfaction, check-ins, activities by kind — and the same figures per region one level down
 * (乡镇/街道 of a county) with the region's own stations as one more row (区本级). The same
 * numbers feed the app, the xlsx and the PDF.
 *
 * Opinion figures come from the statistics counters' day cells (`y.<DD>`,
 * core/stats/counter-cells.ts): the opinions received on the counted days, as they stand now —
 * resolved by now, their latest rating — never from reading the opinions. Check-ins and
 * activities come from the region's check-ins and its deputies' activities (withdrawn ones
 * left out), each placed in one row, so the rows add up to the totals.
 */
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, type ActivityKind } from './duty-record';
import type { Metrics } from './stats/opinion-facts';
import { LEVELS, LEVEL_LABELS, type Level, type RegionKind } from './vocabulary';

/** One row of the breakdown: a region one level down, or the region's own stations (`own`). */
export interface SummaryPart {
  code: string;
  name: string;
  own?: boolean;
  /** Its day cells over the counted days, summed (the own row: the region's less the others'). */
  opinions: Metrics;
}

export interface SummaryInput {
  levels: readonly Level[];
  /** The region's day cells over the counted days, summed. */
  opinions: Metrics;
  /** The rows of the breakdown; empty when the region has none below it. */
  parts: readonly SummaryPart[];
  /** Check-ins at the region's stations on the counted days, each with the row (`part`, a code) its station is in. */
  attendance: readonly { deputyId: string; stationCode: string; date: string; sessionId: string; part?: string }[];
  /** Activities on the counted days of the deputies of the region's stations, not withdrawn, each with its row. */
  activities: readonly { deputyId: string; kind: ActivityKind; part?: string }[];
  /** Deputies of the region who accepted a case received on the counted days. */
  accepting: readonly string[];
  /** Level of every deputy mentioned above. */
  deputyLevels: ReadonlyMap<string, Level>;
}

export interface RegionFigures {
  code: string;
  name: string;
  own: boolean;
  received: number;
  resolved: number;
  rated: number;
  satisfiedPercent: number | null;
  activities: number;
  checkIns: number;
}

export interface CampaignNumbers {
  sessionsHeld: number;
  deputies: { total: number; byLevel: { level: Level; label: string; count: number }[] };
  opinions: { received: number; forwarded: number; converted: number; resolved: number };
  satisfaction: { satisfied: number; basic: number; unsatisfied: number; rated: number; satisfiedPercent: number | null };
  /** Check-ins at the region's stations (a deputy at a session: one). */
  checkIns: number;
  activities: { total: number; byKind: { kind: ActivityKind; label: string; count: number }[] };
  byRegion: RegionFigures[];
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
const satisfiedOf = (m: Metrics) => (m.st_satisfied ?? 0) + (m.st_basic ?? 0);

/**
 * The day cells of one counter document (its `y` group, as stored) for the days of `month`
 * from `from` to `to` (Beijing `YYYY-MM-DD`, inclusive), summed.
 */
export function sumDays(days: Record<string, Metrics> | undefined, month: string, from: string, to: string): Metrics {
  const out: Metrics = {};
  for (const [dd, m] of Object.entries(days ?? {})) {
    const date = `${month}-${dd}`;
    if (date < from || date > to) continue;
    for (const [k, n] of Object.entries(m)) out[k] = (out[k] ?? 0) + n;
  }
  return out;
}

export function campaignNumbers(input: SummaryInput): CampaignNumbers {
  const o = input.opinions;
  const rated = o.rt ?? 0;
  const sessions = new Set(input.attendance.map((a) => `${a.stationCode}|${a.date}|${a.sessionId}`));
  const taking = new Set<string>([...input.attendance.map((a) => a.deputyId), ...input.activities.map((a) => a.deputyId), ...input.accepting]);
  const wanted = new Set(input.levels);
  const byLevel = LEVELS.filter((l) => wanted.has(l)).map((level) => ({
    level,
    label: LEVEL_LABELS[level],
    count: [...taking].filter((id) => input.deputyLevels.get(id) === level).length,
  }));
  const byKind = ACTIVITY_KINDS.map((kind) => ({ kind, label: ACTIVITY_KIND_LABELS[kind], count: input.activities.filter((a) => a.kind === kind).length }));
  const byRegion = input.parts.map((p): RegionFigures => {
    const pr = p.opinions.rt ?? 0;
    return {
      code: p.code,
      name: p.name,
      own: Boolean(p.own),
      received: p.opinions.n ?? 0,
      resolved: p.opinions.res ?? 0,
      rated: pr,
      satisfiedPercent: percent(satisfiedOf(p.opinions), pr),
      activities: input.activities.filter((a) => a.part === p.code).length,
      checkIns: input.attendance.filter((a) => a.part === p.code).length,
    };
  });
  return {
    sessionsHeld: sessions.size,
    deputies: { total: byLevel.reduce((n, l) => n + l.count, 0), byLevel },
    opinions: { received: o.n ?? 0, forwarded: o.fwd ?? 0, converted: o.sug ?? 0, resolved: o.res ?? 0 },
    satisfaction: {
      satisfied: o.st_satisfied ?? 0,
      basic: o.st_basic ?? 0,
      unsatisfied: o.st_unsatisfied ?? 0,
      rated,
      satisfiedPercent: percent(satisfiedOf(o), rated),
    },
    checkIns: input.attendance.length,
    activities: { total: input.activities.length, byKind },
    byRegion,
  };
}

/** Label and value rows, in the order the xlsx and the PDF print them. */
export function campaignRows(n: CampaignNumbers): [string, number | string][] {
  return [
    ['接待活动场次', n.sessionsHeld],
    ['参加活动的代表（人）', n.deputies.total],
    ...n.deputies.byLevel.map((l): [string, number] => [`  其中${l.label}人大代表`, l.count]),
    ['收到群众意见（件）', n.opinions.received],
    ['转交部门办理（件）', n.opinions.forwarded],
    ['转为代表建议（件）', n.opinions.converted],
    ['已办结（件）', n.opinions.resolved],
    ['群众评价（件）', n.satisfaction.rated],
    ['  满意', n.satisfaction.satisfied],
    ['  基本满意', n.satisfaction.basic],
    ['  不满意', n.satisfaction.unsatisfied],
    ['满意率（%）', n.satisfaction.satisfiedPercent ?? '—'],
    ['代表签到（人次）', n.checkIns],
  ];
}

/** 履职活动 by kind, and their total, as label and value rows. */
export function activityKindRows(n: CampaignNumbers): [string, number][] {
  return [...n.activities.byKind.map((k): [string, number] => [k.label, k.count]), ['履职活动合计', n.activities.total]];
}

/** The columns of the breakdown by region, in the order every format shows them. */
export const REGION_COLUMNS = ['地区', '收到意见（件）', '已办结（件）', '评价（件）', '满意率（%）', '履职活动（次）', '签到（人次）'] as const;

/** The breakdown by region as rows of cells (`REGION_COLUMNS`), with the total last; none when the region has nothing below it. */
export function regionRows(n: CampaignNumbers): (string | number)[][] {
  if (n.byRegion.length === 0) return [];
  const cells = (r: Omit<RegionFigures, 'code' | 'own'>) => [r.name, r.received, r.resolved, r.rated, r.satisfiedPercent ?? '—', r.activities, r.checkIns];
  return [
    ...n.byRegion.map(cells),
    cells({
      name: '合计',
      received: n.opinions.received,
      resolved: n.opinions.resolved,
      rated: n.satisfaction.rated,
      satisfiedPercent: n.satisfaction.satisfiedPercent,
      activities: n.activities.total,
      checkIns: n.checkIns,
    }),
  ];
}

/** What the regions one level down are called, for the breakdown's heading (分乡镇（街道）情况). */
export function partsLabel(kind: RegionKind): string {
  const below: Record<RegionKind, string> = { province: '市（州）', city: '县（市区）', county: '乡镇（街道）', township: '下级地区', military: '下级单位' };
  return below[kind];
}
