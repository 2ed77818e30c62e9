/**
 * Routing — never a silent drop (PRODUCT.md, "Routing"). Pure: the caller gathers the facts,
 * this decides, and the rule that fired plus why are stored on the opinion.
 */
import {
  ABOUT_DEPUTY_CATEGORY,
  CATEGORY_GUIDANCE,
  LEVEL_LABELS,
  LEVELS_FOR_SCOPE,
  SCOPE_LABELS,
  goesToStaffOnly,
  type Level,
  type Scope,
} from './vocabulary';

export const ROUTING_RULES = ['restricted', 'chosen', 'on_duty', 'specialty', 'triage'] as const;
export type RoutingRule = (typeof ROUTING_RULES)[number];

/** A deputy attached to the station, with what routing needs to know now. */
export interface RoutingCandidate {
  id: string;
  name: string;
  level: Level;
  specialties: readonly string[];
  active: boolean;
  bound: boolean;
  onLeave: boolean;
  termEnded: boolean;
  onDuty: boolean;
  openCount: number;
  /** ms since epoch of the last assignment; 0 when never assigned (round-robin on ties). */
  lastAssignedAt: number;
}

export interface RoutingInput {
  category: string;
  scope: Scope;
  chosenDeputyId?: string;
  /** Deputies attached to the station. */
  candidates: readonly RoutingCandidate[];
  stationHasStaff: boolean;
  /** The nearest region above the station that has an admin, when the station has no staff. */
  adminRegion?: { code: string; name: string };
}

export type TriageTarget =
  | { kind: 'staff' }
  | { kind: 'admin'; regionCode: string }
  | { kind: 'none' };

export interface RoutingDecision {
  status: 'assigned' | 'triage';
  rule: RoutingRule;
  reason: string;
  /** Why earlier rules did not fire (e.g. the chosen deputy is on leave). */
  notes: string[];
  deputyId?: string;
  triage?: TriageTarget;
  /** For the resident: where restricted matters properly go. */
  guidance?: string;
  /** For staff: a restricted category or an opinion about a deputy. */
  flagged: boolean;
}

/** Why a deputy cannot take an opinion now, or undefined when they can. */
export function unavailability(d: RoutingCandidate): string | undefined {
  if (!d.active) return '代表已不在任';
  if (d.termEnded) return '代表任期已届满';
  if (!d.bound) return '代表尚未绑定微信';
  if (d.onLeave) return '代表正在请假';
  return undefined;
}

/** Fewest open opinions; on a tie the one assigned longest ago (round-robin), then by id. */
export function pickLeastLoaded(ds: readonly RoutingCandidate[]): RoutingCandidate | undefined {
  return [...ds].sort(
    (a, b) =>
      a.openCount - b.openCount || a.lastAssignedAt - b.lastAssignedAt || a.id.localeCompare(b.id),
  )[0];
}

function toTriage(input: RoutingInput, notes: string[], lead: string): RoutingDecision {
  if (input.stationHasStaff) {
    return {
      status: 'triage',
      rule: 'triage',
      reason: `${lead}，交联络站工作人员分派`,
      notes,
      triage: { kind: 'staff' },
      flagged: false,
    };
  }
  if (input.adminRegion) {
    return {
      status: 'triage',
      rule: 'triage',
      reason: `${lead}；联络站暂无工作人员，交${input.adminRegion.name}分派`,
      notes,
      triage: { kind: 'admin', regionCode: input.adminRegion.code },
      flagged: false,
    };
  }
  return {
    status: 'triage',
    rule: 'triage',
    reason: `${lead}；联络站及上级均无工作人员，待管理员认领`,
    notes,
    triage: { kind: 'none' },
    flagged: false,
  };
}

export function routeOpinion(input: RoutingInput): RoutingDecision {
  const notes: string[] = [];

  // 1. Restricted categories and opinions about a deputy go to staff, never to a deputy.
  if (goesToStaffOnly(input.category)) {
    const lead =
      input.category === ABOUT_DEPUTY_CATEGORY
        ? '对代表的意见由工作人员处理'
        : `“${input.category}”属于代表不得干预的事项`;
    const d = toTriage(input, notes, lead);
    return {
      ...d,
      rule: 'restricted',
      flagged: true,
      guidance: CATEGORY_GUIDANCE[input.category],
    };
  }

  const available = input.candidates.filter((d) => unavailability(d) === undefined);

  // 2. The deputy the resident chose, if this station's and able to take it.
  if (input.chosenDeputyId) {
    const chosen = input.candidates.find((d) => d.id === input.chosenDeputyId);
    const why = chosen ? unavailability(chosen) : '所选代表不在本联络站';
    if (chosen && why === undefined) {
      return {
        status: 'assigned',
        rule: 'chosen',
        reason: `居民选择了${chosen.name}代表`,
        notes,
        deputyId: chosen.id,
        flagged: false,
      };
    }
    notes.push(`居民所选代表无法办理：${why}`);
  }

  // 3. A deputy on duty at the station now.
  const onDuty = available.filter((d) => d.onDuty);
  const duty = pickLeastLoaded(onDuty);
  if (duty) {
    return {
      status: 'assigned',
      rule: 'on_duty',
      reason:
        onDuty.length > 1
          ? `${duty.name}代表正在接待值班，在值班代表中待办最少`
          : `${duty.name}代表正在接待值班`,
      notes,
      deputyId: duty.id,
      flagged: false,
    };
  }
  if (input.candidates.some((d) => d.onDuty)) notes.push('值班代表当前无法接收');

  // 4. Specialty and a level that fits the scope; least open load, ties round-robin.
  const levels = LEVELS_FOR_SCOPE[input.scope];
  const fit = available.filter(
    (d) => d.specialties.includes(input.category) && levels.includes(d.level),
  );
  const best = pickLeastLoaded(fit);
  if (best) {
    return {
      status: 'assigned',
      rule: 'specialty',
      reason: `${best.name}代表（${LEVEL_LABELS[best.level]}级）关注“${input.category}”，适合${SCOPE_LABELS[input.scope]}范围的问题，待办最少`,
      notes,
      deputyId: best.id,
      flagged: false,
    };
  }

  // 5. Staff triage, or the admin of the nearest region above.
  return toTriage(input, notes, `没有在岗代表专长“${input.category}”且层级适合${SCOPE_LABELS[input.scope]}`);
}
