/**
 * The deputy's duty record (代表履职档案) for a period, computed from what is stored:
 * sessions attended, opinions received and handled, suggestions and activities. Pure: the
 * server reads the documents, this counts them. Dates are Beijing `YYYY-MM-DD`, inclusive.
 */
import { beijingDate } from './beijing-time';

export const ACTIVITY_KINDS = ['reception', 'research', 'inspection', 'group', 'visit'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  reception: '接待',
  research: '专题调研',
  inspection: '集中视察',
  group: '代表小组活动',
  visit: '走访',
};

/**
 * A deputy may correct or withdraw an activity they typed in for this many days after they
 * recorded it (a year's record is compiled in the first weeks of the next): long enough to
 * notice a mistake, short enough that a record already reported stays as reported.
 */
export const ACTIVITY_CHANGE_DAYS = 60;

export const RESOLVE_KINDS = ['solved', 'partly', 'explained'] as const;
type ResolveKind = (typeof RESOLVE_KINDS)[number];
const RATING_KEYS = ['satisfied', 'basic', 'unsatisfied'] as const;
type RatingKey = (typeof RATING_KEYS)[number];

type When = Date | string;

export interface RecordOpinion {
  createdAt: When;
  assignedAt?: When;
  acceptedAt?: When;
  acceptDueAt?: When | null;
  resolvedAt?: When;
  resultKind?: ResolveKind;
  forwardedAt?: When;
  replies: { at: When; deputyId?: string; countsAsResponse?: boolean }[];
  ratings?: { at: When; result: string }[];
}

export interface RecordInput {
  deputyId: string;
  from: string;
  to: string;
  opinions: readonly RecordOpinion[];
  attendance: readonly { date: string }[];
  /** The deputy's suggestions; `answer` and `rating` once the office or the deputy recorded them (decision 0034). */
  suggestions: readonly { createdAt: When; answer?: { at: When }; rating?: { result: string } }[];
  /** A withdrawn activity counts nowhere. */
  activities: readonly { kind: ActivityKind; date: string; withdrawn?: unknown }[];
}

export interface DutyRecord {
  from: string;
  to: string;
  sessionsAttended: number;
  opinionsReceived: number;
  accepted: number;
  acceptedOnTime: number;
  replies: number;
  /** Replies that count as a response (not boilerplate, long enough). */
  responses: number;
  forwarded: number;
  resolved: Record<ResolveKind, number> & { total: number };
  satisfaction: Record<RatingKey, number> & { rated: number; satisfiedPercent: number | null };
  suggestionsMade: number;
  /** Of the suggestions made in the period: those answered by now, and those whose answer the deputy rated 满意 or 基本满意. */
  suggestionsAnswered: number;
  suggestionsSatisfied: number;
  activities: Record<ActivityKind, number> & { total: number };
}

const dayOf = (w: When | null | undefined): string | undefined => (w ? beijingDate(new Date(w)) : undefined);

export function dutyRecord(input: RecordInput): DutyRecord {
  const inPeriod = (w: When | null | undefined) => {
    const d = dayOf(w);
    return d !== undefined && input.from <= d && d <= input.to;
  };
  const inRange = (date: string) => input.from <= date && date <= input.to;
  const ops = input.opinions;

  const accepted = ops.filter((o) => inPeriod(o.acceptedAt));
  const acceptedOnTime = accepted.filter((o) => !o.acceptDueAt || new Date(o.acceptedAt!) <= new Date(o.acceptDueAt));
  const myReplies = ops.flatMap((o) => o.replies).filter((r) => r.deputyId === input.deputyId && inPeriod(r.at));

  const resolved = Object.fromEntries(RESOLVE_KINDS.map((k) => [k, 0])) as Record<ResolveKind, number>;
  for (const o of ops) if (o.resultKind && inPeriod(o.resolvedAt)) resolved[o.resultKind] += 1;

  const ratings = Object.fromEntries(RATING_KEYS.map((k) => [k, 0])) as Record<RatingKey, number>;
  for (const o of ops) {
    const last = [...(o.ratings ?? [])].reverse().find((r) => inPeriod(r.at));
    if (last && (RATING_KEYS as readonly string[]).includes(last.result)) ratings[last.result as RatingKey] += 1;
  }
  const rated = RATING_KEYS.reduce((n, k) => n + ratings[k], 0);

  const made = input.suggestions.filter((s) => inPeriod(s.createdAt));

  const activities = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, 0])) as Record<ActivityKind, number>;
  for (const a of input.activities) if (inRange(a.date) && !a.withdrawn) activities[a.kind] += 1;

  return {
    from: input.from,
    to: input.to,
    sessionsAttended: input.attendance.filter((a) => inRange(a.date)).length,
    opinionsReceived: ops.filter((o) => inPeriod(o.assignedAt ?? o.createdAt)).length,
    accepted: accepted.length,
    acceptedOnTime: acceptedOnTime.length,
    replies: myReplies.length,
    responses: myReplies.filter((r) => r.countsAsResponse !== false).length,
    forwarded: ops.filter((o) => inPeriod(o.forwardedAt)).length,
    resolved: { ...resolved, total: RESOLVE_KINDS.reduce((n, k) => n + resolved[k], 0) },
    satisfaction: {
      ...ratings,
      rated,
      satisfiedPercent: rated ? Math.round(((ratings.satisfied + ratings.basic) / rated) * 1000) / 10 : null,
    },
    suggestionsMade: made.length,
    suggestionsAnswered: made.filter((s) => s.answer).length,
    suggestionsSatisfied: made.filter((s) => s.rating?.result === 'satisfied' || s.rating?.result === 'basic').length,
    activities: { ...activities, total: ACTIVITY_KINDS.reduce((n, k) => n + activities[k], 0) },
  };
}

/** The rows every export shows (xlsx, PDF, the app), label and value, in this order. */
export function dutyRecordRows(r: DutyRecord): [string, number | string][] {
  return [
    ['参加接待（次）', r.sessionsAttended],
    ['收到意见（件）', r.opinionsReceived],
    ['受理（件）', r.accepted],
    ['按时受理（件）', r.acceptedOnTime],
    ['答复（次）', r.replies],
    ['有效答复（次）', r.responses],
    ['转交部门（件）', r.forwarded],
    ['办结·已解决（件）', r.resolved.solved],
    ['办结·部分解决（件）', r.resolved.partly],
    ['办结·已解释说明（件）', r.resolved.explained],
    ['办结合计（件）', r.resolved.total],
    ['评价·满意', r.satisfaction.satisfied],
    ['评价·基本满意', r.satisfaction.basic],
    ['评价·不满意', r.satisfaction.unsatisfied],
    ['满意率（%）', r.satisfaction.satisfiedPercent ?? '—'],
    ['提出代表建议（件）', r.suggestionsMade],
    ['代表建议·已获答复（件）', r.suggestionsAnswered],
    ['代表建议·对答复满意或基本满意（件）', r.suggestionsSatisfied],
    ...ACTIVITY_KINDS.map((k): [string, number] => [`履职活动·${ACTIVITY_KIND_LABELS[k]}（次）`, r.activities[k]]),
    ['履职活动合计（次）', r.activities.total],
  ];
}
