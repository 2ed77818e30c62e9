/**
 * The writes the cloud database refuses, refused here before anything is written. The local
 * store writes with mingo's updater, which skips or stores what the cloud's database rejects:
 * a field name starting with `$` is stored, `{ $set: { 'arr.field': … } }` on an array (what the
 * client sends for an update that puts an object where the document holds an array) changes
 * nothing, `$inc` on text or `$push` onto a string answers `updated: 0`. The cloud refuses each
 * request with DATABASE_REQUEST_FAILED (the client's -502001) and MongoDB's message, so does this.
 */
import { EJSON } from 'bson';
import { StoreError } from './sqlite-store';

const refuse = (message: string) => new StoreError('DATABASE_REQUEST_FAILED', message);

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The first field name starting with `$` at any depth of a value (arrays included), with its path. */
function dollarField(v: unknown, path: string): { name: string; path: string } | undefined {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) {
      const found = dollarField(x, at(String(i)));
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(v)) return undefined;
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith('$')) return { name: k, path: at(k) };
    const found = dollarField(x, at(k));
    if (found) return found;
  }
  return undefined;
}

/** A document to insert, or to replace one whole (`doc.set`): no field name may start with `$`. */
export function assertStorableDocument(doc: unknown): void {
  const found = dollarField(doc, '');
  if (found) throw refuse(`Document can't have $ prefixed field names: ${found.name}`);
}

/** A positional segment of an update path (`$`, `$[]`, `$[name]`): resolved by the updater against the query. */
const isPositional = (seg: string) => seg === '$' || /^\$\[[A-Za-z0-9]*\]$/.test(seg);

/** Operators whose values are stored as they are (for `$push`/`$addToSet`, the elements). */
const STORING = new Set(['$set', '$setOnInsert', '$min', '$max', '$push', '$addToSet']);

/** Operators that create the path they name when it is missing. */
const CREATING = new Set(['$set', '$setOnInsert', '$inc', '$mul', '$min', '$max', '$push', '$addToSet', '$currentDate', '$bit']);

function assertPath(path: string): void {
  const segments = path.split('.');
  if (segments.some((s) => s === '')) throw refuse(`The update path '${path}' contains an empty field name, which is not allowed.`);
  const dollar = segments.find((s) => s.startsWith('$') && !isPositional(s));
  if (dollar) throw refuse(`The dollar ($) prefixed field '${dollar}' in '${path}' is not valid for storage.`);
}

/**
 * An operator update (`{ $set: {…}, $inc: {…} }`), before any document is read: every path and
 * every stored value free of field names starting with `$`.
 */
export function assertUpdate(modifier: Record<string, unknown>): void {
  for (const [op, spec] of Object.entries(modifier)) {
    if (!isPlainObject(spec)) continue; // the updater refuses a malformed operator loudly
    for (const [path, value] of Object.entries(spec)) {
      assertPath(path);
      if (op === '$rename' && typeof value === 'string') assertPath(value);
      if (!STORING.has(op)) continue;
      const each = (op === '$push' || op === '$addToSet') && isPlainObject(value) && Array.isArray(value.$each);
      const stored = each ? (value as { $each: unknown[] }).$each : value;
      const found = dollarField(stored, path);
      if (found) throw refuse(`The dollar ($) prefixed field '${found.name}' in '${found.path}' is not valid for storage.`);
    }
  }
}

const show = (v: unknown): string => (v === undefined ? 'undefined' : EJSON.stringify(v, { relaxed: true }));

/** MongoDB's name for a value's type, as its messages give it. */
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (v instanceof RegExp) return 'regex';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'object') return (v as { _bsontype?: string })._bsontype === 'ObjectId' ? 'objectId' : 'object';
  return typeof v;
}

type Found = { found: false } | { found: true; value: unknown } | { positional: true };

/** The value at `path` in `doc`, or why the path cannot be created there (MongoDB's PathNotViable). */
function walk(doc: Record<string, unknown>, path: string): Found | { error: string } {
  let current: unknown = doc;
  let name = '';
  for (const seg of path.split('.')) {
    if (isPositional(seg)) return { positional: true };
    if (Array.isArray(current) && /^\d+$/.test(seg)) current = current[Number(seg)];
    else if (isPlainObject(current)) current = Object.prototype.hasOwnProperty.call(current, seg) ? current[seg] : undefined;
    else return { error: `Cannot create field '${seg}' in element {${name}: ${show(current)}}` };
    if (current === undefined) return { found: false };
    name = seg;
  }
  return { found: true, value: current };
}

/**
 * An operator update against one matched document, before it is applied: each path the update
 * creates must be creatable (no field of an array, of text, of null…), and the value an
 * arithmetic or array operator works on must be of its type.
 */
export function assertUpdatable(doc: Record<string, unknown>, modifier: Record<string, unknown>): void {
  const id = `{_id: ${show(doc._id)}}`;
  for (const [op, spec] of Object.entries(modifier)) {
    if (!isPlainObject(spec)) continue;
    for (const [path, value] of Object.entries(spec)) {
      const target = op === '$rename' && typeof value === 'string' ? value : path;
      const at = walk(doc, target);
      if ('positional' in at) continue;
      if ('error' in at) {
        if (CREATING.has(op) || op === '$rename') throw refuse(at.error);
        continue; // $unset, $pull, $pop… of a path that cannot exist: nothing to do, as in the cloud
      }
      if (!at.found || op === '$rename') continue;
      const v = at.value;
      const field = target.split('.').pop()!;
      if ((op === '$inc' || op === '$mul') && typeof v !== 'number') {
        throw refuse(`Cannot apply ${op} to a value of non-numeric type. ${id} has the field '${field}' of non-numeric type ${typeName(v)}`);
      }
      if (Array.isArray(v)) continue;
      if (op === '$push') throw refuse(`The field '${target}' must be an array but is of type ${typeName(v)} in document ${id}`);
      if (op === '$addToSet') throw refuse(`Cannot apply $addToSet to non-array field. Field named '${field}' has non-array type ${typeName(v)}`);
      if (op === '$pop') throw refuse(`Path '${target}' contains an element of non-array type '${typeName(v)}'`);
      if (op === '$pull' || op === '$pullAll') throw refuse(`Cannot apply ${op} to a non-array value`);
    }
  }
}
