/**
 * Region scope (PRODUCT.md: an admin sees their region and everything below, nothing beside
 * it). Regions carry `path`, the codes from the province down to the region itself.
 */

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
