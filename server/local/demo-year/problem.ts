/**
 * What a resident writes about, and everything said about it afterwards: one entry of the
 * demo year's text bank keeps a problem's words together (the resident's text, the deputy's
 * question and reply, the resident's added information, the department's answer, the
 * 办结说明 and the showcase wording), so every conversation reads as one case.
 */
import type { Category, Scope } from '../../../core/vocabulary';

export type StationCode = 'YL01' | 'WYH01' | 'XJH01';
export type ResultKind = 'solved' | 'partly' | 'explained';

/**
 * A department of the directory by a name of the demo year's own: the seeded ids
 * (`dept-…`), the departments the district office adds at the start of the year (`new:…`),
 * or `street` for the station's own 街道社区建设办公室.
 */
export type DepartmentRef = 'street' | `dept-${string}` | `new:${string}`;

export interface Problem {
  key: string;
  category: Category;
  /** The scope the resident picks (routing rule 4); community when absent. */
  scope?: Scope;
  stations: readonly StationCode[];
  /** Places filled into `{place}`: areas and landmarks, never a precise address. */
  places: readonly string[];
  texts: readonly string[];
  /** What the deputy asks when information is missing, and what the resident adds. */
  question: string;
  addition: string;
  /** The deputy's reply while the case is handled (never boilerplate). */
  reply: string;
  /** How it ended: the first is the usual outcome, the second one for a case that went otherwise. */
  results: readonly [{ kind: ResultKind; text: string }, ...{ kind: ResultKind; text: string }[]];
  /** The department it is forwarded to, the deputy's note on the 转办函, and the department's answer. */
  forward?: { to: DepartmentRef; note: string; answer: string };
  /** The staff's wording when the outcome is published (redacted again by the product). */
  showcase?: { title: string; summary: string };
  /** Months (1–12) it comes up in; all year when absent. */
  months?: readonly number[];
}

/** A case only station staff handle (restricted categories, opinions about a deputy, out of scope). */
export interface StaffOnlyProblem {
  key: string;
  category: Category;
  stations: readonly StationCode[];
  places: readonly string[];
  texts: readonly string[];
  /** The reason staff give when they decline it, naming the proper channel. */
  rejectReason: string;
}

export const fill = (text: string, place: string): string => text.replaceAll('{place}', place);

/** Place names that belong to a street's own area; the district's 总站 (YL01) hears from everywhere. */
const AREA: Record<Exclude<StationCode, 'YL01'>, RegExp> = { WYH01: /望月|溁湾|银盆南路|望城坡/, XJH01: /咸嘉|枫林|桐梓坡|西湖/ };

/** The places a resident of the station's area names: none of the other street's. */
export function placesAt(places: readonly string[], station: StationCode): readonly string[] {
  if (station === 'YL01') return places;
  const elsewhere = AREA[station === 'WYH01' ? 'XJH01' : 'WYH01'];
  const here = places.filter((p) => !elsewhere.test(p));
  return here.length ? here : places;
}
