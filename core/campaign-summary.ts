/**
 * The campaign summary (活动总结) of one region, counted from the stored documents without
 * I/O: sessions held, deputies taking part by level, opinions received / forwarded /
 * converted into suggestions / resolved, satisfaction. The same numbers feed the app, the
 * xlsx and the PDF.
 */
import { LEVELS, LEVEL_LABELS, type Level } from './vocabulary';

type When = Date | string;
const ms = (w: When) => new Date(w).getTime();

export interface SummaryOpinion {
  createdAt: When;
  assigneeDeputyId?: string;
  acceptedAt?: When;
  forward?: unknown;
  suggestionId?: string;
  resolvedAt?: When;
  ratings?: { at: When; result: string }[];
}

export interface SummaryInput {
  /** Instants bounding the counted days: [start, end). */
  start: Date;
  end: Date;
  levels: readonly Level[];
  opinions: readonly SummaryOpinion[];
  /** Check-ins at the region's stations in the period. */
  attendance: readonly { deputyId: string; stationCode: string; date: string; sessionId: string }[];
  /** Activities recorded in the period by deputies of the region. */
  activities: readonly { deputyId: string }[];
  /** Level of every deputy mentioned above. */
  deputyLevels: ReadonlyMap<string, Level>;
}

export interface CampaignNumbers {
  sessionsHeld: number;
  deputies: { total: number; byLevel: { level: Level; label: string; count: number }[] };
  opinions: { received: number; forwarded: number; converted: number; resolved: number };
  satisfaction: { satisfied: number; basic: number; unsatisfied: number; rated: number; satisfiedPercent: number | null };
}

const RATING_KEYS = ['satisfied', 'basic', 'unsatisfied'] as const;

export function campaignNumbers(input: SummaryInput): CampaignNumbers {
  const inPeriod = (w: When | undefined) => w !== undefined && ms(w) >= input.start.getTime() && ms(w) < input.end.getTime();
  const received = input.opinions.filter((o) => inPeriod(o.createdAt));
  const ratings = { satisfied: 0, basic: 0, unsatisfied: 0 };
  for (const o of received) {
    const last = [...(o.ratings ?? [])].reverse().find((r) => inPeriod(r.at));
    if (last && (RATING_KEYS as readonly string[]).includes(last.result)) ratings[last.result as (typeof RATING_KEYS)[number]] += 1;
  }
  const rated = ratings.satisfied + ratings.basic + ratings.unsatisfied;

  const sessions = new Set(input.attendance.map((a) => `${a.stationCode}|${a.date}|${a.sessionId}`));
  const taking = new Set<string>([
    ...input.attendance.map((a) => a.deputyId),
    ...input.activities.map((a) => a.deputyId),
    ...received.filter((o) => o.assigneeDeputyId && o.acceptedAt).map((o) => o.assigneeDeputyId!),
  ]);
  const wanted = new Set(input.levels);
  const byLevel = LEVELS.filter((l) => wanted.has(l)).map((level) => ({
    level,
    label: LEVEL_LABELS[level],
    count: [...taking].filter((id) => input.deputyLevels.get(id) === level).length,
  }));
  return {
    sessionsHeld: sessions.size,
    deputies: { total: byLevel.reduce((n, l) => n + l.count, 0), byLevel },
    opinions: {
      received: received.length,
      forwarded: received.filter((o) => o.forward).length,
      converted: received.filter((o) => o.suggestionId).length,
      resolved: received.filter((o) => o.resolvedAt).length,
    },
    satisfaction: { ...ratings, rated, satisfiedPercent: rated ? Math.round(((ratings.satisfied + ratings.basic) / rated) * 1000) / 10 : null },
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
  ];
}
