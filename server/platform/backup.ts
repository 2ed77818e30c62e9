/**
 * Backups: every document of a collection as JSON lines, read page by page in `_id` order
 * until the collection is done (no cap), and written back into an empty store. Generic over
 * collection names, like creating them (setup-collections.ts), so it sits in the platform.
 *
 * A line is the document as JSON with each date written `{"$date": "<ISO time>"}` (the shape
 * MongoDB's extended JSON and the local store use), so a restore gives back dates, not text.
 * A geo point (a station's `geo`) is written as its GeoJSON. A value JSON cannot carry
 * faithfully (anything but plain objects, arrays, text, numbers, booleans, null, dates and geo
 * points) refuses the backup rather than being lost in it.
 *
 * Read by `setup.exportPage` (the cloud, through WeChat's server API) and by `npm run backup`
 * locally through the same action; written by `npm run restore` (local store only).
 */
import { dbOf, idsAfter } from './db';
import type { Ports } from './ports';

export type StoredDocument = Record<string, unknown> & { _id: string };

/** One document as one line of JSON, dates as `{"$date": ISO}`. */
export function encodeDocument(doc: object): string {
  return JSON.stringify(doc, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = key === '' ? value : this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const proto = Object.getPrototypeOf(raw) as unknown;
      // A geo point (db.Geo.Point, as the SDK reads one back) is written as its GeoJSON, which restores it.
      if (proto !== Object.prototype && proto !== null && !isGeoPoint(raw)) {
        throw new Error(`cannot back up field "${key}": a ${(raw as object).constructor?.name ?? 'special'} value`);
      }
    }
    return value;
  });
}

/** A `db.Geo.Point` as the SDK gives it back: its JSON is the stored GeoJSON point. */
const isGeoPoint = (v: object): boolean => {
  const json = (v as { toJSON?: () => unknown }).toJSON?.() as { type?: unknown; coordinates?: unknown } | undefined;
  return json?.type === 'Point' && Array.isArray(json.coordinates) && 'longitude' in v && 'latitude' in v;
};

const isDateTag = (v: unknown): v is { $date: string } =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { $date?: unknown }).$date === 'string';

/** A line of a backup back into the document, with its dates. */
export function decodeDocument(line: string): StoredDocument {
  const doc = JSON.parse(line, (_key, value: unknown) => (isDateTag(value) ? new Date(value.$date) : value)) as StoredDocument;
  if (typeof doc?._id !== 'string') throw new Error(`a backup line without an _id: ${line.slice(0, 80)}`);
  return doc;
}

/**
 * The documents of `collection` after `after` in `_id` order, at most `limit`, as lines; `last`
 * is the id to ask after next, absent when this page was the collection's last.
 */
export async function exportPage(
  ports: Ports,
  collection: string,
  after: string | undefined,
  limit: number,
): Promise<{ lines: string[]; last?: string }> {
  const db = dbOf(ports);
  const page = await db
    .collection<StoredDocument>(collection)
    .where(after === undefined ? {} : { _id: db.command.gt(after) })
    .orderBy('_id', 'asc')
    .limit(limit)
    .get();
  const lines = page.data.map(encodeDocument);
  const lastDoc = page.data[page.data.length - 1];
  return page.data.length === limit && lastDoc ? { lines, last: lastDoc._id } : { lines };
}

/** Whether `collection` holds any document: the first id in _id order (a count of a whole collection would read all of it). */
export async function holdsDocuments(ports: Ports, collection: string): Promise<boolean> {
  return (await idsAfter(dbOf(ports), collection, '', 1)).length > 0;
}

/** Inserts documents as they were backed up (their ids kept); a document already there refuses the restore. */
export async function insertDocuments(ports: Ports, collection: string, docs: readonly StoredDocument[]): Promise<void> {
  const coll = dbOf(ports).collection(collection);
  for (const doc of docs) await coll.add({ data: doc });
}
