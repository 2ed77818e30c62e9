/**
 * A region's categories (PRODUCT.md: "a starting list; a region can extend it"): the provincial
 * defaults of core/vocabulary.ts, which every region has and nobody removes or renames, and
 * those the region offices on the region's path added (province → … → township). An added
 * category is an ordinary one: routing treats it as any default (a deputy may name it as a
 * specialty); it is never restricted, never 对代表的意见. Retired ones stay on the opinions
 * that carry them but are offered for nothing new. Pure: the server reads the added ones
 * (server/categories) and passes them in.
 */
import { COMMON_CATEGORIES, STAFF_ONLY_CATEGORIES } from './resident-words';
import { CATEGORIES, goesToStaffOnly } from './vocabulary';

/** A category's name: 2 to 12 Chinese characters (the defaults are such names too). */
export const CATEGORY_NAME_PATTERN = /^[\u4e00-\u9fff]{2,12}$/;
export const CATEGORY_NAME_RULE = '应为2到12个汉字';
/** The short hint residents read under an added category once they choose it. */
export const CATEGORY_HINT_MAX = 40;

/** A category a region office added, as the list needs it (server/model.ts CategoryDoc). */
export interface AddedCategory {
  name: string;
  hint: string;
  common: boolean;
  regionCode: string;
  status: 'active' | 'retired';
}

/** One category of a region as the forms show it. */
export interface RegionCategory {
  name: string;
  /** What an added category is about (residents read it once they choose it). */
  hint?: string;
  /** Shown first on the resident's form. */
  common: boolean;
  /** Restricted, or 对代表的意见: set apart, never to a deputy. */
  staffOnly: boolean;
  /** The region that added it; absent for a provincial default. */
  regionCode?: string;
}

const isDefault = (name: string) => (CATEGORIES as readonly string[]).includes(name);

/**
 * The categories of the region whose path (province first) is `path`, in the order the forms
 * show them: the common ones (the defaults residents pick most, then added common ones), the
 * rest (added ones before 其他), and the matters deputies do not take up, set apart last.
 * An added category counts when it is active and its region is on `path`; a name appears
 * once (a default, else the one added highest on the path).
 */
export function regionCategories(path: readonly string[], added: readonly AddedCategory[]): RegionCategory[] {
  const depth = (c: AddedCategory) => path.indexOf(c.regionCode);
  const seen = new Set<string>(CATEGORIES);
  const own: AddedCategory[] = [];
  for (const c of [...added].filter((a) => a.status === 'active' && depth(a) >= 0).sort((a, b) => depth(a) - depth(b))) {
    if (seen.has(c.name)) continue;
    seen.add(c.name);
    own.push(c);
  }
  const addedView = (c: AddedCategory): RegionCategory => ({ name: c.name, ...(c.hint ? { hint: c.hint } : {}), common: c.common, staffOnly: false, regionCode: c.regionCode });
  const defaultView = (name: string): RegionCategory => ({ name, common: (COMMON_CATEGORIES as readonly string[]).includes(name), staffOnly: goesToStaffOnly(name) });
  const others = CATEGORIES.filter((c) => !(COMMON_CATEGORIES as readonly string[]).includes(c) && !goesToStaffOnly(c) && c !== '其他');
  return [
    ...COMMON_CATEGORIES.map(defaultView),
    ...own.filter((c) => c.common).map(addedView),
    ...others.map(defaultView),
    ...own.filter((c) => !c.common).map(addedView),
    defaultView('其他'),
    ...STAFF_ONLY_CATEGORIES.map(defaultView),
  ];
}

/** Whether `name` is one of `list` (a region's categories), offered for a new opinion. */
export const hasCategory = (list: readonly RegionCategory[], name: string): boolean => list.some((c) => c.name === name);

/** The categories a deputy of these regions may name as specialties: all that routing can send to a deputy. */
export const specialtyChoices = (list: readonly RegionCategory[]): string[] => list.filter((c) => !c.staffOnly).map((c) => c.name);

/** Why an added category's name cannot be used, if it cannot: not a name, or a provincial default. */
export function categoryNameProblem(name: string): string | undefined {
  if (!CATEGORY_NAME_PATTERN.test(name)) return `类别名称${CATEGORY_NAME_RULE}`;
  if (isDefault(name)) return `“${name}”是全省统一的类别，无需添加`;
  return undefined;
}
