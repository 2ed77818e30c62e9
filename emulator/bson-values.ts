/**
 * The values of the cloud database's wire format, as the local store keeps and matches them.
 * The genuine client sends every query, document and update as canonical extended JSON
 * (bson's EJSON); the cloud reads it into BSON values. Here it is read into the values the
 * matcher and updater (mingo) and the stored text (relaxed extended JSON) work with:
 *
 * - a regular expression (`/abc/i`, `db.RegExp({ regexp, options })`, `{ $regex, $options }`)
 *   becomes a JavaScript RegExp, so it matches as the cloud's does; options and escapes that
 *   JavaScript cannot honour (`x`, `\A`, `\Z`, inline `(?i)`…) are refused, never ignored;
 * - an ObjectId (`db.ObjectId({ id })`) stays an ObjectId: an `_id` keeps its value (its row key
 *   is `ObjectId("<hex>")`, sqlite-store.ts `rowId`) and equals only the same ObjectId; a read
 *   answers it as its 24 hex digits (`encodeReply`), as the cloud does;
 * - `{ $timestamp: seconds }` is stored as the date it names, as the cloud stores it;
 * - `db.serverDate({ offset })` is the store's clock plus the offset;
 * - an invalid date, and the BSON types the cloud database does not document (Decimal128,
 *   Binary, Timestamp, MinKey, MaxKey, Code, DBRef, Symbol), are refused with the cloud's code
 *   (DATABASE_REQUEST_FAILED) rather than kept as values nothing here compares as the cloud does.
 */
import { EJSON, type BSONRegExp } from 'bson';
import { StoreError } from './sqlite-store';

const refuse = (message: string) => new StoreError('DATABASE_REQUEST_FAILED', message);

/** Parses the SDK's extended JSON, resolving server dates against the given clock. */
export function decode(s: unknown, now: () => Date): unknown {
  if (typeof s !== 'string') return s;
  // `{ $timestamp: n }` is not extended JSON's timestamp ({ t, i }): bson refuses it.
  const parsed = s.includes('"$timestamp"')
    ? EJSON.deserialize(timestampsAsDates(JSON.parse(s)) as Record<string, unknown>, { relaxed: true })
    : EJSON.parse(s, { relaxed: true });
  return resolve(parsed, now);
}

/** The value the store keeps for one decoded value (see the file comment). */
export function resolve(v: unknown, now: () => Date): unknown {
  if (Array.isArray(v)) return v.map((x) => resolve(x, now));
  if (v === null || typeof v !== 'object' || v instanceof RegExp) return v;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw refuse('invalid date');
    return v;
  }
  const bsonType = (v as { _bsontype?: unknown })._bsontype;
  if (typeof bsonType === 'string') return bsonValue(v, bsonType);
  const o = v as Record<string, unknown>;
  if ('$tcb_server_date' in o) {
    const offset = Number((o.$tcb_server_date as { offset?: number })?.offset ?? 0);
    return new Date(now().getTime() + offset);
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = resolve(x, now);
  return out;
}

/** A BSON value as the store keeps it, or a refusal for a type the cloud database does not document. */
function bsonValue(v: object, type: string): unknown {
  if (type === 'BSONRegExp') return regExpOf(v as BSONRegExp);
  if (type === 'ObjectId') return v;
  throw refuse(`values of type ${type} are not supported (the cloud database documents String, Number, Object, Array, Bool, Date, Geo and Null)`);
}

/** The regular expression options JavaScript honours as MongoDB's do (`u` is implied by MongoDB's UTF-8 matching). */
const OPTIONS = new Set(['i', 'm', 's', 'u']);

/**
 * Escapes that a JavaScript RegExp reads otherwise than the cloud's regular expressions (PCRE):
 * `\A` as "A", `\h` as "h"…, and `\u0041`, which PCRE refuses. Refused, since the match would
 * silently differ.
 */
const PCRE_ONLY_ESCAPES = new Set(['A', 'Z', 'z', 'G', 'h', 'H', 'R', 'K', 'Q', 'E', 'X', 'C', 'N', 'p', 'P', 'e', 'a', 'g', 'o', 'u', 'U', 'L', 'l']);

function regExpOf(r: BSONRegExp): RegExp {
  const options = [...r.options];
  const unsupported = options.filter((o) => !OPTIONS.has(o));
  if (unsupported.length) throw refuse(`regular expression option ${unsupported.join('')} is not supported by the local store`);
  for (let i = 0; i < r.pattern.length; i++) {
    if (r.pattern[i] !== '\\') continue;
    const next = r.pattern[i + 1] ?? '';
    if (PCRE_ONLY_ESCAPES.has(next) || (next === 'x' && r.pattern[i + 2] === '{')) {
      throw refuse(`regular expression escape \\${next} is not supported by the local store`);
    }
    i++; // the escaped character
  }
  try {
    return new RegExp(r.pattern, options.filter((o) => o !== 'u').join(''));
  } catch (e) {
    // PCRE syntax JavaScript does not know ((?i), possessive quantifiers…), or a bad pattern.
    throw refuse(`invalid regular expression /${r.pattern}/: ${(e as Error).message}`);
  }
}

/** Seconds as the SDK sends a plain number (`5`, `{"$numberInt": "5"}`…), or undefined. */
function secondsOf(v: unknown): number | undefined {
  let n: unknown = v;
  if (n !== null && typeof n === 'object') {
    const entries = Object.entries(n);
    if (entries.length !== 1 || !['$numberInt', '$numberLong', '$numberDouble'].includes(entries[0][0])) return undefined;
    n = Number(entries[0][1]);
  }
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** Parsed JSON with every `{ $timestamp: seconds }` written as the extended JSON of its date. */
function timestampsAsDates(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(timestampsAsDates);
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v);
  if (entries.length === 1 && entries[0][0] === '$timestamp') {
    const seconds = secondsOf(entries[0][1]);
    if (seconds !== undefined) return { $date: { $numberLong: String(Math.round(seconds * 1000)) } };
  }
  return Object.fromEntries(entries.map(([k, x]) => [k, timestampsAsDates(x)]));
}

const isObjectIdJson = (v: unknown): v is { $oid: string } =>
  v !== null && typeof v === 'object' && Object.keys(v).length === 1 && typeof (v as { $oid?: unknown }).$oid === 'string';

/**
 * A document as a read answers it: relaxed extended JSON, with an ObjectId as its 24 hex digits.
 * The cloud answers ObjectIds so (the CloudBase SDK's own tests read a field stored as
 * `db.ObjectId({ id })` back `=== id`, and `add` answers an ObjectId `_id` as that text); the
 * client's reader would make `{ $oid }` an empty object.
 */
export function encodeReply(doc: unknown): string {
  const text = EJSON.stringify(doc, { relaxed: true });
  if (!text.includes('"$oid"')) return text;
  return EJSON.stringify(doc, (_key: string, v: unknown) => (isObjectIdJson(v) ? v.$oid : v), undefined, { relaxed: true });
}
