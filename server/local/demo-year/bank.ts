/** The whole text bank, by problem. */
import type { Problem, StaffOnlyProblem } from './problem';
import { HOUSING } from './texts-housing';
import { SERVICES } from './texts-services';
import { STAFF_ONLY } from './texts-staff-only';
import { STREETS } from './texts-streets';
import { FUND } from './texts-fund';

export const PROBLEMS: readonly Problem[] = [...HOUSING, ...STREETS, ...SERVICES];
export { STAFF_ONLY };

/** By key: the ordinary flow's problems, the staff-only ones, and those of the category the office adds (texts-fund.ts). */
export function problemByKey(key: string): Problem | StaffOnlyProblem {
  const found = PROBLEMS.find((p) => p.key === key) ?? STAFF_ONLY.find((p) => p.key === key) ?? FUND.find((p) => p.key === key);
  if (!found) throw new Error(`no problem "${key}" in the text bank`);
  return found;
}
