/**
 * Queries the handlers make most — equality on scalars, `$in` of scalars, `$exists`, ranges
 * (`$gt/$gte/$lt/$lte`) between values of one type (numbers, strings, dates), on plain dotted
 * paths — matched directly. Compiling a mingo Query costs ~0.2 ms, more than matching a
 * handful of candidates. Anything else (other operators, arrays on either side, regexes,
 * objects) answers `undefined` and the caller asks mingo, as before.
 */
type Doc = Record<string, unknown>;
type Test = (doc: Doc) => boolean | undefined;

const SEGMENT = /^(?!\$)(?!\d+$)[^.\u0000]+$/u;
const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

const COMPARE = {
  $gt: (a: number | string, b: number | string) => a > b,
  $gte: (a: number | string, b: number | string) => a >= b,
  $lt: (a: number | string, b: number | string) => a < b,
  $lte: (a: number | string, b: number | string) => a <= b,
};
/** A number, a string, or a date as its time; undefined for anything else. */
const comparable = (v: unknown): number | string | undefined =>
  v instanceof Date ? (Number.isNaN(v.getTime()) ? undefined : v.getTime()) : (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' ? v : undefined;

/** The value at a dotted path; `blocked` when the path crosses an array (mingo decides those). */
function valueAt(doc: Doc, segments: string[]): { value: unknown } | 'blocked' {
  let cur: unknown = doc;
  for (const seg of segments) {
    if (Array.isArray(cur)) return 'blocked';
    if (!isPlainObject(cur)) return { value: undefined };
    cur = cur[seg];
  }
  return Array.isArray(cur) ? 'blocked' : { value: cur };
}

/** A predicate for `query` when it is in the simple subset; undefined otherwise. */
export function simpleMatcher(query: Doc): Test | undefined {
  const tests: Test[] = [];
  for (const [path, cond] of Object.entries(query)) {
    if (!path.split('.').every((s) => SEGMENT.test(s))) return undefined;
    const segments = path.split('.');
    const at = (doc: Doc) => valueAt(doc, segments);
    if (isScalar(cond)) {
      tests.push((doc) => {
        const v = at(doc);
        return v === 'blocked' ? undefined : v.value === cond;
      });
    } else if (cond === null) {
      tests.push((doc) => {
        const v = at(doc);
        return v === 'blocked' ? undefined : v.value === null || v.value === undefined;
      });
    } else if (isPlainObject(cond) && Object.keys(cond).length > 0 && Object.keys(cond).every((k) => k in COMPARE)) {
      // A range ($gte/$lt …): decided when the stored value has the argument's type (number,
      // string or date); anything else (missing, null, another type, an array) goes to mingo.
      const checks = Object.entries(cond).map(([op, arg]) => ({ cmp: COMPARE[op as keyof typeof COMPARE], arg: comparable(arg), isDate: arg instanceof Date }));
      if (checks.some((c) => c.arg === undefined)) return undefined;
      tests.push((doc) => {
        const v = at(doc);
        if (v === 'blocked') return undefined;
        const value = comparable(v.value);
        if (value === undefined) return undefined;
        for (const c of checks) {
          if (typeof value !== typeof c.arg || (v.value instanceof Date) !== c.isDate) return undefined;
          if (!c.cmp(value, c.arg!)) return false;
        }
        return true;
      });
    } else if (isPlainObject(cond) && Object.keys(cond).length === 1) {
      const [op, arg] = Object.entries(cond)[0];
      if (op === '$in' && Array.isArray(arg) && arg.every(isScalar)) {
        const set = new Set<unknown>(arg);
        tests.push((doc) => {
          const v = at(doc);
          return v === 'blocked' ? undefined : set.has(v.value);
        });
      } else if (op === '$exists' && typeof arg === 'boolean') {
        tests.push((doc) => {
          const v = at(doc);
          return v === 'blocked' ? undefined : (v.value !== undefined) === arg;
        });
      } else return undefined;
    } else return undefined;
  }
  return (doc) => {
    for (const t of tests) {
      const r = t(doc);
      if (r !== true) return r;
    }
    return true;
  };
}
