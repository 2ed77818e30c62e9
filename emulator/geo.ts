/**
 * `geoNear` in the local store. The genuine client sends `_.geoNear({ geometry, maxDistance,
 * minDistance })` on a field as `{field: {$nearSphere: {$geometry: {type: 'Point',
 * coordinates: [longitude, latitude]}, $maxDistance, $minDistance}}}` (metres), and a
 * `db.Geo.Point` written into a document is stored as that same GeoJSON object. The cloud
 * answers it from the field's 2dsphere index, nearest first, and refuses it without one;
 * so does this: the documents inside a box of latitudes and longitudes are read through the
 * index SQLite keeps of the coordinates (sqlite-store.ts), matched against the rest of the
 * query, measured exactly (great circle on MongoDB's sphere) and sorted by distance.
 *
 * Without `$maxDistance` the box grows (doubling its radius) until it holds as many matching
 * documents as the page needs: every document outside a circle is farther than every one in it.
 *
 * The `$geoNear` stage of an aggregate (`aggregate().geoNear({ near, distanceField, … })`) is
 * answered the same way (`geoNearStage`); `$geoWithin` and `$geoIntersects` are query
 * operators (emulator/operators.ts, emulator/geometry.ts).
 */
import { setValue } from 'mingo/util';
import { conditionsOf } from './keyset';
import { Query } from './operators';
import { StoreError, type Doc, type GeoBox, type SqliteStore } from './sqlite-store';

/** MongoDB measures spherical distances on a sphere of this radius (kRadiusOfEarthInMeters). */
export const EARTH_RADIUS_M = 6378.1 * 1000;
const HALF_CIRCUMFERENCE_M = Math.PI * EARTH_RADIUS_M;
/** The first radius tried when no maximum is given. */
const FIRST_RADIUS_M = 2000;
/** Degrees added to every side of a box: rounding must never leave a document out (the distance decides). */
const SLACK_DEG = 1e-9;

export interface Near {
  field: string;
  longitude: number;
  latitude: number;
  maxDistance?: number;
  minDistance?: number;
  /** The query without the geo condition. */
  rest: Record<string, unknown>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The query's `$nearSphere` (or `$near` with a GeoJSON point), if it has one at its top level. */
export function nearOf(query: Record<string, unknown>): Near | undefined {
  const entries = conditionsOf(query);
  const at = entries.findIndex(([f, c]) => !f.startsWith('$') && isPlainObject(c) && ('$nearSphere' in c || '$near' in c));
  if (at < 0) return undefined;
  const [field, cond] = entries[at] as [string, Record<string, unknown>];
  const spec = (cond.$nearSphere ?? cond.$near) as Record<string, unknown>;
  const geometry = isPlainObject(spec) ? spec.$geometry : undefined;
  const coordinates = isPlainObject(geometry) && geometry.type === 'Point' ? geometry.coordinates : undefined;
  if (!Array.isArray(coordinates) || !finite(coordinates[0]) || !finite(coordinates[1])) {
    throw new StoreError('DATABASE_REQUEST_FAILED', `${field}: geoNear needs a GeoJSON point`);
  }
  const [longitude, latitude] = coordinates as [number, number];
  if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) throw new StoreError('DATABASE_REQUEST_FAILED', `${field}: point out of range`);
  const max = spec.$maxDistance;
  const min = spec.$minDistance;
  if ((max !== undefined && !finite(max)) || (min !== undefined && !finite(min))) {
    throw new StoreError('DATABASE_REQUEST_FAILED', `${field}: distances must be numbers (metres)`);
  }
  const others = Object.keys(cond).filter((k) => k !== '$nearSphere' && k !== '$near');
  const rest: Record<string, unknown> = {};
  const and = entries.filter((_, i) => i !== at).map(([f, c]) => ({ [f]: c }));
  if (others.length) and.push({ [field]: Object.fromEntries(others.map((k) => [k, cond[k]])) });
  if (and.length) rest.$and = and;
  return { field, longitude, latitude, ...(max !== undefined ? { maxDistance: max } : {}), ...(min !== undefined ? { minDistance: min } : {}), rest };
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Great-circle distance in metres (haversine) between two [longitude, latitude] points. */
export function distanceM(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLng = rad(lng2 - lng1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The boxes (two across the antimeridian) holding every point within `radiusM` of the centre. */
export function boxesAround(longitude: number, latitude: number, radiusM: number): GeoBox[] {
  const d = radiusM / EARTH_RADIUS_M; // angular radius
  if (d >= Math.PI) return [{ minLat: -90, maxLat: 90, minLng: -180, maxLng: 180 }];
  const minLat = latitude - deg(d) - SLACK_DEG;
  const maxLat = latitude + deg(d) + SLACK_DEG;
  if (minLat <= -90 || maxLat >= 90) {
    // The circle holds a pole: every longitude.
    return [{ minLat: Math.max(-90, minLat), maxLat: Math.min(90, maxLat), minLng: -180, maxLng: 180 }];
  }
  const dLng = deg(Math.asin(Math.min(1, Math.sin(d) / Math.cos(rad(latitude))))) + SLACK_DEG;
  const minLng = longitude - dLng;
  const maxLng = longitude + dLng;
  if (dLng >= 180) return [{ minLat, maxLat, minLng: -180, maxLng: 180 }];
  if (minLng < -180) return [{ minLat, maxLat, minLng: minLng + 360, maxLng: 180 }, { minLat, maxLat, minLng: -180, maxLng }];
  if (maxLng > 180) return [{ minLat, maxLat, minLng, maxLng: 180 }, { minLat, maxLat, minLng: -180, maxLng: maxLng - 360 }];
  return [{ minLat, maxLat, minLng, maxLng }];
}

/** The point of a document's geo field as stored (GeoJSON), if it is one. */
function pointOf(doc: Doc, field: string): [number, number] | undefined {
  let cur: unknown = doc;
  for (const seg of field.split('.')) cur = isPlainObject(cur) ? cur[seg] : undefined;
  if (!isPlainObject(cur) || cur.type !== 'Point' || !Array.isArray(cur.coordinates)) return undefined;
  const [lng, lat] = cur.coordinates as unknown[];
  return finite(lng) && finite(lat) ? [lng, lat] : undefined;
}

/**
 * The documents of `coll` matching a query with `near`, nearest first: all of them within
 * `$maxDistance` when it is given, else at least the nearest `want` (all, when fewer match).
 */
export function findNear(store: SqliteStore, coll: string, near: Near, want: number): Doc[] {
  return nearest(store, coll, near, want).map((f) => f.doc);
}

/** As `findNear`, with each document's distance in metres. */
function nearest(store: SqliteStore, coll: string, near: Near, want: number): { doc: Doc; m: number }[] {
  if (!store.geoIndexOf(coll, near.field)) {
    throw new StoreError('DATABASE_REQUEST_FAILED', `unable to find index for $geoNear query: no 2dsphere index on ${coll}.${near.field}`);
  }
  const matches = Object.keys(near.rest).length ? new Query(near.rest) : undefined;
  const min = near.minDistance ?? 0;
  let radius = near.maxDistance ?? FIRST_RADIUS_M;
  for (;;) {
    const found: { doc: Doc; m: number }[] = [];
    for (const doc of store.scanGeoBoxes(coll, near.field, boxesAround(near.longitude, near.latitude, radius))) {
      const p = pointOf(doc, near.field);
      if (!p) continue;
      const m = distanceM(near.longitude, near.latitude, p[0], p[1]);
      if (m > radius || m < min) continue;
      if (matches && !matches.test(doc)) continue;
      found.push({ doc, m });
    }
    const whole = near.maxDistance !== undefined || radius >= HALF_CIRCUMFERENCE_M;
    if (whole || found.length >= want) {
      return found.sort((a, b) => a.m - b.m || (a.doc._id < b.doc._id ? -1 : a.doc._id > b.doc._id ? 1 : 0));
    }
    radius = Math.min(radius * 2, HALF_CIRCUMFERENCE_M);
  }
}

const refuse = (message: string): never => {
  throw new StoreError('DATABASE_REQUEST_FAILED', message);
};

/**
 * The `$geoNear` stage (it must be the pipeline's first): the documents nearest first from
 * the 2dsphere index named by `key` (or the collection's only one), each with its distance in
 * metres (times `distanceMultiplier`) under `distanceField` and, with `includeLocs`, the point
 * it was measured to; only those matching `query` and between `minDistance` and `maxDistance`;
 * at most `limit` of them when it is given.
 */
export function geoNearStage(store: SqliteStore, coll: string, spec: unknown): Doc[] {
  if (!isPlainObject(spec)) return refuse('$geoNear requires an object');
  const { near, distanceField, key, query, maxDistance, minDistance, distanceMultiplier, includeLocs, limit } = spec;
  if (typeof distanceField !== 'string' || !distanceField) return refuse("$geoNear requires a 'distanceField' option as a String");
  const coordinates = isPlainObject(near) && near.type === 'Point' ? near.coordinates : near;
  if (!Array.isArray(coordinates) || !finite(coordinates[0]) || !finite(coordinates[1])) return refuse("$geoNear requires a 'near' option as a GeoJSON point");
  const [longitude, latitude] = coordinates as [number, number];
  if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) return refuse('$geoNear: point out of range');
  for (const [name, v] of [['maxDistance', maxDistance], ['minDistance', minDistance], ['distanceMultiplier', distanceMultiplier], ['limit', limit]] as const) {
    if (v !== undefined && (!finite(v) || v < 0)) refuse(`$geoNear: ${name} must be a non-negative number`);
  }
  if (query !== undefined && !isPlainObject(query)) return refuse('$geoNear: query must be an object');
  const fields = store.geoFieldsOf(coll);
  let field: string;
  if (key !== undefined) {
    if (typeof key !== 'string' || !fields.includes(key)) return refuse(`$geoNear: no 2dsphere index on ${coll}.${String(key)} (key)`);
    field = key;
  } else if (fields.length === 1) {
    field = fields[0];
  } else {
    return refuse(
      fields.length === 0
        ? `$geoNear requires a 2d or 2dsphere index, but none were found (${coll})`
        : `There is more than one 2dsphere index on ${coll}; unsure which to use for $geoNear (name one with key)`,
    );
  }
  if (query && nearOf(query)) return refuse('$geoNear: query must not contain $near or $nearSphere');
  const near_: Near = {
    field,
    longitude,
    latitude,
    ...(maxDistance !== undefined ? { maxDistance: maxDistance as number } : {}),
    ...(minDistance !== undefined ? { minDistance: minDistance as number } : {}),
    rest: (query as Record<string, unknown> | undefined) ?? {},
  };
  const found = nearest(store, coll, near_, (limit as number | undefined) ?? Infinity);
  return found.slice(0, (limit as number | undefined) ?? found.length).map(({ doc, m }) => {
    setValue(doc, distanceField, m * ((distanceMultiplier as number | undefined) ?? 1));
    if (typeof includeLocs === 'string' && includeLocs) {
      let at: unknown = doc;
      for (const seg of field.split('.')) at = isPlainObject(at) ? at[seg] : undefined;
      setValue(doc, includeLocs, at);
    }
    return doc;
  });
}
