/**
 * Spherical geometry for the geo query operators of the local store (`$geoWithin`,
 * `$geoIntersects`: emulator/operators.ts). The cloud database answers them with MongoDB's
 * 2dsphere rules: coordinates are [longitude, latitude] on a sphere and the edges of lines
 * and polygons are great-circle arcs, not straight lines on a map.
 *
 * Every test here is exact for that model: the shapes are seen through a gnomonic projection
 * centred inside the query's shape, which maps every great circle of the hemisphere around
 * its centre to a straight line, so the planar tests of points, segments and rings decide the
 * spherical question. A shape that does not fit in one hemisphere (which the cloud only
 * allows with a custom coordinate system) is refused loudly rather than answered by a guess.
 */
import { StoreError } from './sqlite-store';

type Vec = [number, number, number];
type P2 = [number, number];

/** A GeoJSON geometry as unit vectors: its points, its lines and its polygons (rings, outer first, each closed). */
export interface Shape {
  points: Vec[];
  lines: Vec[][];
  polygons: Vec[][][];
}

const refuse = (message: string): never => {
  throw new StoreError('DATABASE_REQUEST_FAILED', message);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const rad = (deg: number) => (deg * Math.PI) / 180;
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec) => Math.hypot(a[0], a[1], a[2]);
const unit = (a: Vec): Vec => {
  const n = norm(a);
  return [a[0] / n, a[1] / n, a[2] / n];
};

/** A [longitude, latitude] position as a unit vector, or undefined when it is not one. */
function position(p: unknown): Vec | undefined {
  if (!Array.isArray(p) || p.length < 2 || !finite(p[0]) || !finite(p[1])) return undefined;
  const [lng, lat] = p as [number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return undefined;
  const phi = rad(lat);
  const lambda = rad(lng);
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

const positions = (v: unknown, min: number): Vec[] | undefined => {
  if (!Array.isArray(v) || v.length < min) return undefined;
  const out = v.map(position);
  return out.every((x): x is Vec => x !== undefined) ? out : undefined;
};

const sameVec = (a: Vec, b: Vec) => Math.abs(a[0] - b[0]) < 1e-15 && Math.abs(a[1] - b[1]) < 1e-15 && Math.abs(a[2] - b[2]) < 1e-15;

/** A polygon's rings: each closed (first position repeated last) with at least four positions. */
function rings(v: unknown): Vec[][] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out: Vec[][] = [];
  for (const ring of v) {
    const r = positions(ring, 4);
    if (!r) return undefined;
    if (!sameVec(r[0], r[r.length - 1])) refuse('Loop is not closed: the first and last positions of a polygon ring must be the same');
    out.push(r);
  }
  return out;
}

/**
 * The shape of a stored value or a query's GeoJSON: Point, MultiPoint, LineString,
 * MultiLineString, Polygon, MultiPolygon, or a legacy [longitude, latitude] pair (a point).
 * Undefined for anything else (a document whose field holds no geometry matches nothing).
 */
export function shapeOf(v: unknown): Shape | undefined {
  const legacy = Array.isArray(v) && v.length === 2 ? position(v) : undefined;
  if (legacy) return { points: [legacy], lines: [], polygons: [] };
  if (!isObject(v) || typeof v.type !== 'string') return undefined;
  const c = v.coordinates;
  const shape: Shape = { points: [], lines: [], polygons: [] };
  switch (v.type) {
    case 'Point': {
      const p = position(c);
      if (!p) return undefined;
      shape.points.push(p);
      return shape;
    }
    case 'MultiPoint': {
      const ps = positions(c, 1);
      if (!ps) return undefined;
      shape.points.push(...ps);
      return shape;
    }
    case 'LineString': {
      const line = positions(c, 2);
      if (!line) return undefined;
      shape.lines.push(line);
      return shape;
    }
    case 'MultiLineString': {
      if (!Array.isArray(c) || c.length === 0) return undefined;
      for (const l of c) {
        const line = positions(l, 2);
        if (!line) return undefined;
        shape.lines.push(line);
      }
      return shape;
    }
    case 'Polygon': {
      const r = rings(c);
      if (!r) return undefined;
      shape.polygons.push(r);
      return shape;
    }
    case 'MultiPolygon': {
      if (!Array.isArray(c) || c.length === 0) return undefined;
      for (const p of c) {
        const r = rings(p);
        if (!r) return undefined;
        shape.polygons.push(r);
      }
      return shape;
    }
    default:
      return undefined;
  }
}

/** The shape a query names: refused loudly when it is not valid GeoJSON. */
function queryShape(v: unknown, what: string): Shape {
  return shapeOf(v) ?? refuse(`${what}: not a valid GeoJSON geometry`);
}

const verticesOf = (s: Shape): Vec[] => [...s.points, ...s.lines.flat(), ...s.polygons.flat(2)];

/** A gnomonic projection centred on `c`: great circles of its hemisphere become straight lines. */
class Plane {
  private readonly e1: Vec;
  private readonly e2: Vec;
  constructor(readonly c: Vec) {
    const axis: Vec = Math.abs(c[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0];
    this.e1 = unit(cross(axis, c));
    this.e2 = cross(c, this.e1);
  }
  /** The point's image, or undefined when it lies outside the open hemisphere around the centre. */
  project(v: Vec): P2 | undefined {
    const d = dot(v, this.c);
    if (d <= 1e-9) return undefined;
    return [dot(v, this.e1) / d, dot(v, this.e2) / d];
  }
}

/** A plane centred among `vertices`, holding all of them; refused when they span a hemisphere. */
function planeFor(vertices: Vec[], what: string): Plane {
  const sum = vertices.reduce<Vec>((s, v) => [s[0] + v[0], s[1] + v[1], s[2] + v[2]], [0, 0, 0]);
  if (norm(sum) < 1e-9) refuse(`${what}: a geometry as large as a hemisphere is not emulated by the local store`);
  const plane = new Plane(unit(sum));
  if (vertices.some((v) => dot(v, plane.c) <= 1e-6)) refuse(`${what}: a geometry as large as a hemisphere is not emulated by the local store`);
  return plane;
}

interface Flat {
  points: P2[];
  segments: [P2, P2][];
  polygons: P2[][][];
}

const segmentsOf = (line: P2[]): [P2, P2][] => line.slice(1).map((p, i) => [line[i], p]);

function flatten(s: Shape, plane: Plane): Flat | undefined {
  const map = (vs: Vec[]) => {
    const out = vs.map((v) => plane.project(v));
    return out.every((p): p is P2 => p !== undefined) ? out : undefined;
  };
  const points = map(s.points);
  const lines = s.lines.map(map);
  const polygons = s.polygons.map((p) => p.map(map));
  if (!points || lines.some((l) => !l) || polygons.some((p) => p.some((r) => !r))) return undefined;
  const ls = lines as P2[][];
  const ps = polygons as P2[][][];
  return {
    points,
    segments: [...ls.flatMap(segmentsOf), ...ps.flatMap((p) => p.flatMap(segmentsOf))],
    polygons: ps,
  };
}

const EPS = 1e-12;
const orient = (a: P2, b: P2, c: P2) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
const sign = (x: number) => (Math.abs(x) < EPS ? 0 : x > 0 ? 1 : -1);
const between = (p: P2, a: P2, b: P2) =>
  Math.min(a[0], b[0]) - EPS <= p[0] && p[0] <= Math.max(a[0], b[0]) + EPS && Math.min(a[1], b[1]) - EPS <= p[1] && p[1] <= Math.max(a[1], b[1]) + EPS;
const onSegment = (p: P2, a: P2, b: P2) => sign(orient(a, b, p)) === 0 && between(p, a, b);
const samePoint = (a: P2, b: P2) => Math.abs(a[0] - b[0]) < EPS && Math.abs(a[1] - b[1]) < EPS;

/** Whether two closed segments share a point. */
function segmentsMeet(a: P2, b: P2, c: P2, d: P2): boolean {
  const o1 = sign(orient(a, b, c));
  const o2 = sign(orient(a, b, d));
  const o3 = sign(orient(c, d, a));
  const o4 = sign(orient(c, d, b));
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && between(c, a, b)) || (o2 === 0 && between(d, a, b)) || (o3 === 0 && between(a, c, d)) || (o4 === 0 && between(b, c, d));
}

/** Whether two segments cross at a point inside both (neither touches the other's line at an end). */
const segmentsCross = (a: P2, b: P2, c: P2, d: P2) =>
  sign(orient(a, b, c)) * sign(orient(a, b, d)) < 0 && sign(orient(c, d, a)) * sign(orient(c, d, b)) < 0;

/** 1 inside the ring, 0 on it, -1 outside (even-odd rule). */
function inRing(p: P2, ring: P2[]): 1 | 0 | -1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (onSegment(p, a, b)) return 0;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside ? 1 : -1;
}

/** Whether a polygon (outer ring, then holes) holds the point, its boundary included. */
function inPolygon(p: P2, polygon: P2[][]): boolean {
  const [outer, ...holes] = polygon;
  if (inRing(p, outer) < 0) return false;
  return holes.every((h) => inRing(p, h) <= 0);
}

/** Whether the stored shape lies within one polygon of the region (the polygon's boundary counts as within). */
function withinPolygon(s: Flat, polygon: P2[][]): boolean {
  const rings = polygon.flatMap(segmentsOf);
  const vertices = [...s.points, ...s.segments.flat(), ...s.polygons.flat(2)];
  if (!vertices.every((v) => inPolygon(v, polygon))) return false;
  if (s.segments.some(([a, b]) => rings.some(([c, d]) => segmentsCross(a, b, c, d)))) return false;
  // A stored polygon must not cover one of the region's holes.
  const holes = polygon.slice(1);
  return !s.polygons.some((sp) => holes.some((h) => h.some((v) => inRing(v, sp[0]) > 0)));
}

/** The `$geoWithin` of a stored value: inside a Polygon or MultiPolygon (`$geometry`), or a circle on the sphere (`$centerSphere`). */
export function geoWithin(stored: unknown, region: unknown): boolean {
  if (!isObject(region)) return refuse('$geoWithin needs a $geometry or a $centerSphere');
  const s = shapeOf(stored);
  if ('$centerSphere' in region) {
    const cs = region.$centerSphere;
    const centre = Array.isArray(cs) ? position(cs[0]) : undefined;
    const radius = Array.isArray(cs) ? cs[1] : undefined;
    if (!centre || !finite(radius) || radius < 0) return refuse('$centerSphere needs [[longitude, latitude], radius in radians]');
    if (!s) return false;
    // A cap no larger than a hemisphere is convex: it holds every arc between two of its points.
    return verticesOf(s).every((v) => Math.atan2(norm(cross(centre, v)), dot(centre, v)) <= radius + 1e-15);
  }
  if (!('$geometry' in region)) {
    return refuse(`$geoWithin with ${Object.keys(region).join(', ') || 'nothing'} is not emulated by the local store (the cloud documents $geometry and $centerSphere)`);
  }
  const g = queryShape(region.$geometry, '$geoWithin');
  if (g.polygons.length === 0 || g.points.length || g.lines.length) return refuse('$geoWithin: $geometry must be a Polygon or MultiPolygon');
  if (!s) return false;
  return g.polygons.some((polygon) => {
    const plane = planeFor(polygon.flat(), '$geoWithin');
    const flat = flatten(s, plane);
    const [p] = flatten({ points: [], lines: [], polygons: [polygon] }, plane)!.polygons;
    return flat !== undefined && withinPolygon(flat, p);
  });
}

/** Whether two flattened shapes share at least one point. */
function meet(a: Flat, b: Flat): boolean {
  if (a.segments.some(([p, q]) => b.segments.some(([r, s]) => segmentsMeet(p, q, r, s)))) return true;
  const touches = (x: Flat, y: Flat) => {
    const vertices = [...x.points, ...x.segments.flat()];
    return vertices.some(
      (v) => y.polygons.some((p) => inPolygon(v, p)) || y.segments.some(([r, s]) => onSegment(v, r, s)) || y.points.some((w) => samePoint(v, w)),
    );
  };
  return touches(a, b) || touches(b, a);
}

/** The `$geoIntersects` of a stored value with the query's `$geometry` (any GeoJSON geometry). */
export function geoIntersects(stored: unknown, spec: unknown): boolean {
  if (!isObject(spec) || !('$geometry' in spec)) return refuse('$geoIntersects needs a $geometry');
  const g = queryShape(spec.$geometry, '$geoIntersects');
  const s = shapeOf(stored);
  if (!s) return false;
  const plane = planeFor(verticesOf(g), '$geoIntersects');
  const sv = verticesOf(s);
  const near = sv.filter((v) => plane.project(v) !== undefined).length;
  // The query lies in the open hemisphere around the plane's centre; a stored shape wholly
  // outside it cannot meet it.
  if (near === 0) return false;
  const flat = flatten(s, plane);
  if (!flat || near < sv.length) return refuse('$geoIntersects: a stored geometry reaching more than a quarter of the globe away is not emulated by the local store');
  return meet(flatten(g, plane)!, flat);
}
