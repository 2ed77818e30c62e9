/**
 * The operators of the cloud database as the local store answers them. mingo runs every
 * query, expression and pipeline of the store; this module is the one place where its
 * operators are set against the cloud's documented answers (the WeChat cloud database
 * reference: Command.*, AggregateCommand.*, Aggregate.*), and where each difference is
 * either answered as the cloud answers it or refused loudly:
 *
 * - `$elemMatch` with field conditions only matches elements that are objects (mingo also
 *   matched plain values); `$mod` truncates the field's number, as the cloud does, and never
 *   matches a non-number.
 * - `$geoWithin` (Polygon, MultiPolygon, `$centerSphere`) and `$geoIntersects` are answered
 *   with spherical geometry (emulator/geometry.ts); `$near`/`$nearSphere` anywhere but the
 *   top level of a query, and `$geoNear` anywhere but the first stage, are refused as the
 *   cloud refuses them (the transport answers them there: emulator/geo.ts).
 * - Expression comparisons (`$eq`, `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$cmp`) compare any
 *   two values in BSON order (a missing field below null, null below numbers, numbers below
 *   strings…) and never look inside arrays, as the aggregation framework does.
 * - `$week` counts weeks from the year's first Sunday; `$substr`/`$substrBytes`/`$substrCP`
 *   answer "" for a negative start and the rest of the string for a negative length, clamp a
 *   length past the end and take numbers and dates as their text; `$indexOfBytes` counts
 *   UTF-8 bytes and `$indexOfCP` (absent from mingo) code points.
 * - Date parts of a null or missing date are null; `$trunc` takes one number; `$switch`
 *   without a matching branch or default, `$ln`/`$log`/`$log10` of a non-positive number and
 *   `$split` by "" fail as the cloud fails them; `$dateFromParts` takes ISO week dates.
 * - An operator of one argument also takes it as a list of one (`$.sqrt([x])`, as documented);
 *   `$sum`, `$avg`, `$max`, `$min`, `$stdDevPop`, `$stdDevSamp` in a projection take one value,
 *   the elements of one array (`$.sum(['$sales'])`) or a list of values.
 * - The `$count` stage answers no document at all when no document reaches it.
 * - Refused: `$meta` (text search is not emulated), the `$out` and `$merge` stages (they write
 *   collections outside the store).
 */
import { Aggregator as BaseAggregator } from 'mingo/aggregator';
import { Context, evalExpr } from 'mingo/core';
import * as accumulatorOps from 'mingo/operators/accumulator';
import * as expressionOps from 'mingo/operators/expression';
import * as pipelineOps from 'mingo/operators/pipeline';
import { Lazy } from 'mingo/lazy';
import * as projectionOps from 'mingo/operators/projection';
import * as queryOps from 'mingo/operators/query';
import * as windowOps from 'mingo/operators/window';
import { Query as BaseQuery } from 'mingo/query';
import type { AnyObject, Options } from 'mingo/types';
import { resolve } from 'mingo/util';
import { geoIntersects, geoWithin } from './geometry';
import { StoreError } from './sqlite-store';

const fail = (message: string): never => {
  throw new StoreError('DATABASE_REQUEST_FAILED', message);
};

/* eslint-disable @typescript-eslint/no-explicit-any -- mingo hands operators their arguments untyped */
type QueryOperator = (selector: string, value: any, options: Options) => (doc: AnyObject) => boolean;
type ExpressionOperator = (obj: any, expr: any, options: Options) => unknown;
type PipelineOperator = (collection: any, expr: any, options: Options) => never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** mingo's own expression operators, by name. */
const mingo = expressionOps as unknown as Record<string, ExpressionOperator>;

const isPlainObject = (v: unknown): v is AnyObject =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const isNil = (v: unknown): v is null | undefined => v === null || v === undefined;
const isNumber = (v: unknown): v is number => typeof v === 'number';

// ---------------------------------------------------------------- query operators

/** `$and`, `$or`, `$nor` at the top of an `$elemMatch` make it a condition on element objects. */
const LOGICAL = new Set(['$and', '$or', '$nor']);

/**
 * `$elemMatch`: an array field holding at least one element that meets every condition. With
 * operators only (`_.elemMatch(_.gt(3))`) the conditions apply to each element itself; with
 * fields (`_.elemMatch({ area: _.gt(100) })`) they apply to the fields of elements that are
 * objects, so an array of plain values never matches them.
 */
const $elemMatch: QueryOperator = (selector, criteria, options) => {
  if (!isPlainObject(criteria)) return fail('$elemMatch needs an object');
  const keys = Object.keys(criteria);
  const onValues = keys.length > 0 && keys.every((k) => k.startsWith('$') && !LOGICAL.has(k));
  const query = new BaseQuery(onValues ? { v: criteria } : criteria, options);
  const test = onValues ? (x: unknown) => query.test({ v: x }) : (x: unknown) => isPlainObject(x) && query.test(x);
  return (doc: AnyObject) => {
    const v = resolve(doc, selector, { unwrapArray: true });
    return Array.isArray(v) && v.some(test);
  };
};

/** `$mod: [divisor, remainder]`: the field's number, truncated to an integer, leaves that remainder. */
const $mod: QueryOperator = (selector, spec) => {
  if (!Array.isArray(spec) || spec.length !== 2 || !spec.every((x) => isNumber(x) && Number.isFinite(x))) {
    return fail('malformed mod, needs to be an array of a divisor and a remainder');
  }
  const divisor = Math.trunc(spec[0]);
  const remainder = Math.trunc(spec[1]);
  if (divisor === 0) return fail('divisor cannot be 0');
  const matches = (x: unknown) => isNumber(x) && Number.isFinite(x) && Math.trunc(x) % divisor === remainder;
  return (doc: AnyObject) => {
    const v = resolve(doc, selector, { unwrapArray: true });
    return Array.isArray(v) ? v.some(matches) : matches(v);
  };
};

/** A field holding geometries: one GeoJSON object or legacy pair, or an array of them. */
const geometries = (v: unknown): unknown[] =>
  Array.isArray(v) && !(v.length === 2 && isNumber(v[0]) && isNumber(v[1])) ? v : [v];

const geoOperator =
  (test: (stored: unknown, spec: unknown) => boolean): QueryOperator =>
  (selector, spec) => {
    test(undefined, spec); // a malformed query is refused even when no document holds the field
    return (doc: AnyObject) => geometries(resolve(doc, selector)).some((g) => test(g, spec));
  };

const nearElsewhere: QueryOperator = () =>
  fail('geoNear ($near, $nearSphere) is only allowed as a top-level condition of a query (not inside $or, $not or $elemMatch)');

const QUERY = {
  $elemMatch,
  $mod,
  $geoWithin: geoOperator(geoWithin),
  $geoIntersects: geoOperator(geoIntersects),
  $near: nearElsewhere,
  $nearSphere: nearElsewhere,
};

// ---------------------------------------------------------------- comparison in BSON order

interface BsonLike {
  _bsontype?: string;
  toHexString?: () => string;
  toString(): string;
}

/** The rank of a value's type in BSON comparison order (a missing field first). */
function rank(v: unknown): number {
  if (v === undefined) return 0;
  if (v === null) return 1;
  if (isNumber(v) || typeof v === 'bigint') return 2;
  if (typeof v === 'string') return 3;
  if (Array.isArray(v)) return 5;
  if (typeof v === 'boolean') return 8;
  if (v instanceof Date) return 9;
  if (v instanceof RegExp) return 11;
  switch ((v as BsonLike)._bsontype) {
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return 2;
    case 'Binary':
      return 6;
    case 'ObjectId':
    case 'ObjectID':
      return 7;
    case 'Timestamp':
      return 10;
    default:
      return 4;
  }
}

const cmp = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
const numberOf = (v: unknown): number => (isNumber(v) ? v : Number((v as BsonLike).toString()));
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** Compares two values as the aggregation framework does: by type in BSON order, then by value. */
export function bsonCompare(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return cmp(ra, rb);
  switch (ra) {
    case 0:
    case 1:
      return 0;
    case 2: {
      const x = numberOf(a);
      const y = numberOf(b);
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
      return cmp(x, y);
    }
    case 3:
      return Math.sign(Buffer.compare(utf8(a as string), utf8(b as string)));
    case 5: {
      const xs = a as unknown[];
      const ys = b as unknown[];
      for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
        const c = bsonCompare(xs[i], ys[i]);
        if (c) return c;
      }
      return cmp(xs.length, ys.length);
    }
    case 8:
      return cmp(Number(a), Number(b));
    case 9:
      return cmp((a as Date).getTime(), (b as Date).getTime());
    case 11:
      return cmp(String(a), String(b));
    case 7: {
      const hex = (v: unknown) => ((v as BsonLike).toHexString?.() ?? String(v));
      return cmp(hex(a), hex(b));
    }
    case 4: {
      if (!isPlainObject(a) || !isPlainObject(b)) return cmp(String(a), String(b));
      const xs = Object.entries(a);
      const ys = Object.entries(b);
      for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
        const [kx, vx] = xs[i];
        const [ky, vy] = ys[i];
        const c = cmp(rank(vx), rank(vy)) || Math.sign(Buffer.compare(utf8(kx), utf8(ky))) || bsonCompare(vx, vy);
        if (c) return c;
      }
      return cmp(xs.length, ys.length);
    }
    default:
      return cmp(String(a), String(b));
  }
}

const comparison =
  (name: string, decide: (c: number) => boolean | number): ExpressionOperator =>
  (obj, expr, options) => {
    if (!Array.isArray(expr) || expr.length !== 2) return fail(`Expression ${name} takes exactly 2 arguments`);
    const [a, b] = evalExpr(obj, expr, options) as [unknown, unknown];
    return decide(bsonCompare(a, b));
  };

// ---------------------------------------------------------------- strings

/** A value as the string operators take it: null and missing as "", numbers and dates as their text. */
function text(v: unknown, op: string): string {
  if (isNil(v)) return '';
  if (typeof v === 'string') return v;
  if (isNumber(v)) return String(v);
  if (v instanceof Date) return v.toISOString();
  return fail(`${op}: can't convert from BSON type ${Array.isArray(v) ? 'array' : typeof v} to String`);
}

/** The three arguments of a substring operator: the string, a start and a length (numbers, truncated). */
function substrArgs(op: string, obj: unknown, expr: unknown, options: Options): [string, number, number] {
  if (!Array.isArray(expr) || expr.length !== 3) return fail(`Expression ${op} takes exactly 3 arguments`);
  const [s, start, length] = evalExpr(obj, expr, options) as unknown[];
  if (!isNumber(start)) return fail(`${op}: starting index must be a numeric type`);
  if (!isNumber(length)) return fail(`${op}: length must be a numeric type`);
  return [text(s, op), Math.trunc(start), Math.trunc(length)];
}

const isContinuation = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;

/** `$substrBytes` (and `$substr`, its alias): bytes of the UTF-8 text from a byte index. */
const substrBytes =
  (op: string): ExpressionOperator =>
  (obj, expr, options) => {
    const [s, start, length] = substrArgs(op, obj, expr, options);
    const bytes = utf8(s);
    if (start < 0 || start >= bytes.length) return '';
    const end = length < 0 ? bytes.length : Math.min(bytes.length, start + length);
    if (isContinuation(bytes[start])) return fail(`${op}: Invalid range, starting index is a UTF-8 continuation byte.`);
    if (isContinuation(bytes[end])) return fail(`${op}: Invalid range, ending index is in the middle of a UTF-8 character.`);
    return bytes.subarray(start, end).toString('utf8');
  };

/** `$substrCP`: code points from a code point index. */
const $substrCP: ExpressionOperator = (obj, expr, options) => {
  const [s, start, length] = substrArgs('$substrCP', obj, expr, options);
  if (start < 0) return '';
  const cps = Array.from(s);
  return cps.slice(start, length < 0 ? undefined : start + length).join('');
};

/** The arguments of `$indexOfBytes`/`$indexOfCP`, or null when the string is null or missing. */
function indexArgs(op: string, obj: unknown, expr: unknown, options: Options): { s: string; sub: string; start?: number; end?: number } | null {
  if (!Array.isArray(expr) || expr.length < 2 || expr.length > 4) return fail(`Expression ${op} takes at least 2 arguments, and at most 4`);
  const [s, sub, start, end] = evalExpr(obj, expr, options) as unknown[];
  if (isNil(s)) return null;
  if (typeof s !== 'string') return fail(`${op} requires a string as the first argument, found: ${typeof s}`);
  if (typeof sub !== 'string') return fail(`${op} requires a string as the second argument, found: ${isNil(sub) ? 'null' : typeof sub}`);
  for (const [name, v] of [['starting', start], ['ending', end]] as const) {
    if (v === undefined) continue;
    if (!isNumber(v) || !Number.isInteger(v)) return fail(`${op} requires an integral ${name} index, found a value of type: ${typeof v}`);
    if (v < 0) return fail(`${op} requires a nonnegative ${name} index, found: ${v}`);
  }
  return { s, sub, start: start as number | undefined, end: end as number | undefined };
}

/** `$indexOfBytes`: the UTF-8 byte index of the first occurrence at or after `start` and ending by `end`, or -1. */
const $indexOfBytes: ExpressionOperator = (obj, expr, options) => {
  const a = indexArgs('$indexOfBytes', obj, expr, options);
  if (!a) return null;
  const bytes = utf8(a.s);
  const start = a.start ?? 0;
  const end = Math.min(a.end ?? bytes.length, bytes.length);
  if (start > end) return -1;
  const at = bytes.subarray(start, end).indexOf(utf8(a.sub));
  return at < 0 ? -1 : at + start;
};

/** `$indexOfCP`: the code point index of the first occurrence at or after `start` and ending by `end`, or -1. */
const $indexOfCP: ExpressionOperator = (obj, expr, options) => {
  const a = indexArgs('$indexOfCP', obj, expr, options);
  if (!a) return null;
  const cps = Array.from(a.s);
  const sub = Array.from(a.sub);
  const start = a.start ?? 0;
  const end = Math.min(a.end ?? cps.length, cps.length);
  for (let i = start; i + sub.length <= end; i++) {
    if (sub.every((c, k) => cps[i + k] === c)) return i;
  }
  return -1;
};

const $split: ExpressionOperator = (obj, expr, options) => {
  if (Array.isArray(expr) && expr.length === 2 && evalExpr(obj, expr[1], options) === '') return fail('$split requires a non-empty separator');
  return mingo.$split(obj, expr, options);
};

// ---------------------------------------------------------------- dates

/** A date operator that answers null for a null or missing date, as the cloud does. */
const nullableDate =
  (op: ExpressionOperator): ExpressionOperator =>
  (obj, expr, options) => {
    const operand = isPlainObject(expr) && 'date' in expr ? expr.date : expr;
    return isNil(evalExpr(obj, operand, options)) ? null : op(obj, expr, options);
  };

/**
 * `$week`: weeks begin on Sunday, and the year's first Sunday begins week 1 (the days before
 * it are week 0): from the day of the year and the day of the week in the same time zone.
 */
const $week: ExpressionOperator = (obj, expr, options) => {
  const dayOfYear = nullableDate(mingo.$dayOfYear)(obj, expr, options) as number | null;
  const dayOfWeek = nullableDate(mingo.$dayOfWeek)(obj, expr, options) as number | null;
  if (dayOfYear === null || dayOfWeek === null) return null;
  return Math.floor((dayOfYear - dayOfWeek + 7) / 7);
};

const DAY_MS = 86_400_000;

/** `$dateFromParts`, also from an ISO week date (`isoWeekYear`, `isoWeek`, `isoDayOfWeek`). */
const $dateFromParts: ExpressionOperator = (obj, expr, options) => {
  if (!isPlainObject(expr) || !('isoWeekYear' in expr)) return mingo.$dateFromParts(obj, expr, options);
  const parts = evalExpr(obj, expr, options) as Record<string, unknown>;
  const { isoWeekYear, isoWeek = 1, isoDayOfWeek = 1, timezone, ...time } = parts;
  if ([isoWeekYear, isoWeek, isoDayOfWeek].some(isNil)) return null;
  const jan4 = Date.UTC(Number(isoWeekYear), 0, 4);
  const jan4Iso = ((new Date(jan4).getUTCDay() + 6) % 7) + 1;
  const day = new Date(jan4 - (jan4Iso - 1) * DAY_MS + ((Number(isoWeek) - 1) * 7 + (Number(isoDayOfWeek) - 1)) * DAY_MS);
  const calendar = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), ...time, ...(isNil(timezone) ? {} : { timezone }) };
  return mingo.$dateFromParts(obj, calendar, options);
};

const DATE_PARTS = [
  '$year',
  '$month',
  '$dayOfMonth',
  '$dayOfYear',
  '$dayOfWeek',
  '$hour',
  '$minute',
  '$second',
  '$millisecond',
  '$isoWeek',
  '$isoWeekYear',
  '$isoDayOfWeek',
] as const;

// ---------------------------------------------------------------- arithmetic and conditions

const $trunc: ExpressionOperator = (obj, expr, options) => mingo.$trunc(obj, Array.isArray(expr) ? expr : [expr], options);

const logarithm =
  (op: string, f: (x: number) => number): ExpressionOperator =>
  (obj, expr, options) => {
    const v = evalExpr(obj, Array.isArray(expr) ? expr[0] : expr, options);
    if (isNil(v)) return null;
    if (!isNumber(v)) return fail(`${op} only supports numeric types, not ${typeof v}`);
    if (!(v > 0)) return fail(`${op}'s argument must be a positive number, but is ${v}`);
    return f(v);
  };

const $log: ExpressionOperator = (obj, expr, options) => {
  if (!Array.isArray(expr) || expr.length !== 2) return fail('Expression $log takes exactly 2 arguments');
  const [n, base] = evalExpr(obj, expr, options) as unknown[];
  if (isNil(n) || isNil(base)) return null;
  if (!isNumber(n) || !isNumber(base)) return fail('$log only supports numeric types');
  if (!(n > 0)) return fail(`$log's argument must be a positive number, but is ${n}`);
  if (!(base > 0) || base === 1) return fail(`$log's base must be a positive number not equal to 1, but is ${base}`);
  return Math.log(n) / Math.log(base);
};

/** Truth as the aggregation framework sees it: false, null, missing and 0 are false. */
const truthy = (v: unknown) => !(v === false || isNil(v) || v === 0);

const $switch: ExpressionOperator = (obj, expr, options) => {
  if (!isPlainObject(expr) || !Array.isArray(expr.branches)) return fail('$switch requires at least one branch');
  for (const branch of expr.branches as { case: unknown; then: unknown }[]) {
    if (truthy(evalExpr(obj, branch.case, options))) return evalExpr(obj, branch.then, options);
  }
  if ('default' in expr) return evalExpr(obj, expr.default, options);
  return fail('$switch could not find a matching branch for an input, and no default was specified.');
};

/**
 * An accumulator used as an expression (`$.sum('$n')`, `$.sum(['$a', '$b'])` in a projection):
 * one argument is taken as the list when it is an array, as itself otherwise; a list of
 * several arguments is taken as given. In a `group` stage mingo hands it the group's documents.
 */
const accumulatorExpression =
  (name: string): ExpressionOperator =>
  (obj, expr, options) => {
    const accumulator = (accumulatorOps as unknown as Record<string, ExpressionOperator>)[name];
    if (Array.isArray(obj)) return accumulator(obj, expr, options);
    const single = !Array.isArray(expr) || expr.length === 1;
    const value = evalExpr(obj, Array.isArray(expr) && expr.length === 1 ? expr[0] : expr, options);
    const values = single ? (Array.isArray(value) ? value : [value]) : (value as unknown[]);
    return accumulator(values, null, options);
  };

/** An operator of one argument, which the cloud also takes as a list of one (`$.sqrt([x])`). */
const unary =
  (op: ExpressionOperator): ExpressionOperator =>
  (obj, expr, options) =>
    op(obj, Array.isArray(expr) && expr.length === 1 ? expr[0] : expr, options);

const UNARY = ['$abs', '$ceil', '$floor', '$exp', '$sqrt', '$strLenBytes', '$strLenCP', '$toLower', '$toUpper', '$reverseArray', '$size', '$objectToArray'];

const refused =
  (message: string): PipelineOperator =>
  () =>
    fail(message);

const EXPRESSION = {
  ...Object.fromEntries(UNARY.map((op) => [op, unary(mingo[op])])),
  ...Object.fromEntries(['$sum', '$avg', '$max', '$min', '$stdDevPop', '$stdDevSamp'].map((op) => [op, accumulatorExpression(op)])),
  $eq: comparison('$eq', (c) => c === 0),
  $ne: comparison('$ne', (c) => c !== 0),
  $gt: comparison('$gt', (c) => c > 0),
  $gte: comparison('$gte', (c) => c >= 0),
  $lt: comparison('$lt', (c) => c < 0),
  $lte: comparison('$lte', (c) => c <= 0),
  $cmp: comparison('$cmp', (c) => c),
  $substr: substrBytes('$substr'),
  $substrBytes: substrBytes('$substrBytes'),
  $substrCP,
  $indexOfBytes,
  $indexOfCP,
  $split,
  ...Object.fromEntries(DATE_PARTS.map((op) => [op, nullableDate(expressionOps[op])])),
  $week,
  $dateFromParts,
  $trunc,
  $ln: logarithm('$ln', Math.log),
  $log10: logarithm('$log10', Math.log10),
  $log,
  $switch,
  $meta: refused('$meta is not supported by the local store: text search ($text) is not emulated'),
};

/** `$count`: the number of documents, under the given name; no document at all when none came in. */
const $count = (collection: { filter(f: (d: AnyObject) => boolean): unknown }, field: string, options: Options) =>
  (pipelineOps as unknown as Record<string, (c: unknown, e: unknown, o: Options) => { filter(f: (d: AnyObject) => boolean): unknown }>)
    .$count(collection, field, options)
    .filter((d) => d[field] !== 0);

/**
 * `$sample`: `size` distinct documents chosen at random (mingo draws with replacement, so the
 * same document could come twice; the cloud's, like MongoDB's, never does).
 */
const $sample = (collection: { transform(f: (xs: AnyObject[]) => unknown): unknown }, expr: { size: number }) =>
  collection.transform((xs) => {
    const pool = [...xs];
    const n = Math.max(0, Math.min(Math.floor(expr.size), pool.length));
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(Math.random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return Lazy(pool.slice(0, n));
  });

const PIPELINE = {
  $count,
  $sample,
  $geoNear: refused('$geoNear is only valid as the first stage in a pipeline'),
  $out: refused('$out is not emulated by the local store (it writes a collection)'),
  $merge: refused('$merge is not emulated by the local store (it writes a collection)'),
};

/** mingo's operators, with the cloud's answers above in place of its own. */
const CLOUD = Context.init({
  accumulator: { ...accumulatorOps },
  expression: { ...expressionOps, ...EXPRESSION },
  pipeline: { ...pipelineOps, ...PIPELINE },
  projection: { ...projectionOps },
  query: { ...queryOps, ...QUERY },
  window: { ...windowOps },
} as unknown as Parameters<typeof Context.init>[0]);

const cloudOptions = (options?: Partial<Options>): Partial<Options> => ({ ...options, context: CLOUD });

/** A matcher with the cloud's query operators. */
export class Query<T = AnyObject> extends BaseQuery<T> {
  constructor(condition: AnyObject, options?: Partial<Options>) {
    super(condition as never, cloudOptions(options));
  }
}

/** A pipeline with the cloud's stages and expression operators. */
export class Aggregator extends BaseAggregator {
  constructor(pipeline: AnyObject[], options?: Partial<Options>) {
    super(pipeline, cloudOptions(options));
  }
}
