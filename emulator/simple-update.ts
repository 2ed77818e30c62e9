/**
 * The update operators the handlers use ($set, $inc, $push with or without $each, $unset) on
 * plain dotted paths, applied directly. Setting up mingo's updater costs ~0.5 ms a call, more
 * than the update itself, and every counter, claim and opinion change pays it. Anything
 * outside this subset — other operators, `$` in paths, a path that reaches into an array or
 * crosses a value of the wrong type, two operators on overlapping paths — answers
 * `undefined`, and the caller hands the update to mingo, which decides as before (errors
 * included). A numeric segment is a field name here: the walk only goes through (or
 * creates) plain objects, as the database does for a missing path (counters are keyed by
 * region codes: `g.430104.n`).
 */
type Doc = Record<string, unknown>;

/** A field name: not an operator, no dot; Chinese names are common (categories), region codes are digits. */
const SEGMENT = /^(?!\$)[^.\u0000]+$/u;
const SIMPLE_OPERATORS = new Set(['$set', '$inc', '$push', '$unset']);

const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

/** The container holding the last segment, creating plain objects on the way; undefined if blocked. */
function parentOf(doc: Doc, segments: string[], create: boolean): Doc | undefined {
  let cur: Doc = doc;
  for (const seg of segments.slice(0, -1)) {
    const next = cur[seg];
    if (next === undefined && create) {
      cur[seg] = {};
      cur = cur[seg] as Doc;
    } else if (isPlainObject(next)) cur = next;
    else return undefined;
  }
  return cur;
}

const clone = <T>(v: T): T => structuredClone(v);

/** Applies `modifier` to `doc` in place when it is in the simple subset; undefined otherwise (doc untouched). */
export function applySimpleUpdate(doc: Doc, modifier: Doc): boolean | undefined {
  const ops = Object.entries(modifier);
  const paths: string[] = [];
  for (const [op, fields] of ops) {
    if (!SIMPLE_OPERATORS.has(op) || !isPlainObject(fields)) return undefined;
    for (const [path, value] of Object.entries(fields)) {
      if (!path.split('.').every((s) => SEGMENT.test(s))) return undefined;
      if (op === '$inc' && (typeof value !== 'number' || !Number.isFinite(value))) return undefined;
      if (op === '$push' && isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        if (Object.keys(value).length !== 1 || !Array.isArray(value.$each)) return undefined;
      }
      paths.push(path);
    }
  }
  // Overlapping paths (a and a.b, or a twice) are an error for the database: let mingo say so.
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1] || sorted[i].startsWith(`${sorted[i - 1]}.`)) return undefined;
  }
  // Check every path before writing anything, so a refusal leaves the document as it was.
  for (const [op, fields] of ops) {
    for (const path of Object.keys(fields as Doc)) {
      const segments = path.split('.');
      let cur: unknown = doc;
      for (const seg of segments.slice(0, -1)) {
        if (cur === undefined) break;
        if (!isPlainObject(cur)) return undefined;
        cur = cur[seg];
      }
      if (cur !== undefined && !isPlainObject(cur)) return undefined;
      const current = isPlainObject(cur) ? cur[segments[segments.length - 1]] : undefined;
      if (op === '$inc' && current !== undefined && typeof current !== 'number') return undefined;
      if (op === '$push' && current !== undefined && !Array.isArray(current)) return undefined;
    }
  }

  let changed = false;
  for (const [op, fields] of ops) {
    for (const [path, value] of Object.entries(fields as Doc)) {
      const segments = path.split('.');
      const key = segments[segments.length - 1];
      if (op === '$unset') {
        const parent = parentOf(doc, segments, false);
        if (parent && key in parent) {
          delete parent[key];
          changed = true;
        }
        continue;
      }
      const parent = parentOf(doc, segments, true)!;
      if (op === '$set') {
        if (!sameValue(parent[key], value)) changed = true;
        parent[key] = clone(value);
      } else if (op === '$inc') {
        const by = value as number;
        if (parent[key] === undefined || by !== 0) changed = true;
        parent[key] = ((parent[key] as number | undefined) ?? 0) + by;
      } else {
        const items = isPlainObject(value) && Array.isArray(value.$each) ? value.$each : [value];
        const list = (parent[key] as unknown[] | undefined) ?? [];
        if (parent[key] === undefined || items.length > 0) changed = true;
        parent[key] = [...list, ...items.map(clone)];
      }
    }
  }
  return changed;
}

/** Deep equality of stored values (JSON-like, with dates). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return Object.is(a, b) || (a === b);
}
