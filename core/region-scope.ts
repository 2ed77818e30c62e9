/**
 * Region scope (PRODUCT.md: an admin sees their region and everything below, nothing beside
 * it). Regions carry `path`, the codes from the province down to the region itself.
 */
import type { Level, RegionKind } from './vocabulary';

/** Whether something placed at `path` lies in the region `scopeCode` or below it. */
export const withinRegion = (path: readonly string[], scopeCode: string): boolean => path.includes(scopeCode);

/**
 * Whether a deputy whose home region has `homePath` may be attached to stations managed from
 * `scopePath`: deputies elected in the region or below, deputies of the regions above it
 * (a national or provincial deputy elected by the province), and the military node under one
 * of those regions. A deputy of a region beside it (another county or city) is outside.
 */
export function deputyWithinScope(homePath: readonly string[], homeIsMilitary: boolean, scopePath: readonly string[]): boolean {
  const scopeCode = scopePath[scopePath.length - 1];
  if (homePath.includes(scopeCode)) return true;
  const homeCode = homePath[homePath.length - 1];
  if (scopePath.includes(homeCode)) return true;
  if (homeIsMilitary && homePath.length >= 2) return scopePath.includes(homePath[homePath.length - 2]);
  return false;
}

/**
 * The level of a region's own departments (分级): a township's are township-level, a county's
 * county-level …; the province and its military node hold provincial ones. No region holds
 * national departments.
 */
export const DEPARTMENT_LEVEL_OF_REGION: Record<RegionKind, Level> = {
  province: 'provincial',
  military: 'provincial',
  city: 'city',
  county: 'county',
  township: 'township',
};
