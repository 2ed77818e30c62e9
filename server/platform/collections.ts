/** Every collection the product uses. The setup step creates them; nothing else may. */
import indexes from './indexes.json';

export const COLLECTIONS = [
  'regions',
  'stations',
  'deputies',
  'users',
  'counters',
  'stats',
  // Per-deputy oversight rows: figures by deputy and period, and where each deputy is listed (decision 0033).
  'deputystats',
  'opinions',
  'mediachecks',
  'outbox',
  'subscriptions',
  'jobs',
  'invites',
  'departments',
  // The categories region offices added to the provincial defaults (server/categories).
  'categories',
  'replytemplates',
  'suggestions',
  'activities',
  'attendance',
  'showcase',
  // 附议: one document per resident who joined another resident's case (server/similar/seconds.repo.ts, decision 0036).
  'seconds',
  'rosterbatches',
  'campaigns',
  'uploads',
  'identityaccess',
  // Which data migrations are done, and where a running one stopped (platform/migrations.ts).
  'migrations',
  // Groups of similar opinions, with their counts per day: 汇总整理 and 热点问题 (server/similar/simgroups.repo.ts, decision 0036).
  'simgroups',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * One index of a collection, as `server/platform/indexes.json` declares it (and the deploy
 * creates it). Every query the product sends must be served by one of them or by `_id`
 * (emulator/index-check.ts checks it in the local store; decision 0023).
 */
export interface IndexSpec {
  fields: string[];
  unique?: boolean;
  /**
   * A field of the index holds arrays (`regionPath`, `staffStationCodes`…): a multikey index
   * in the cloud, where equality matches an element. The cloud needs nothing more to build it;
   * the local SQLite store builds no expression index for it (its JSON text is not an element).
   */
  multikey?: boolean;
  /** `2dsphere`: a geo index on its one field, a GeoJSON point (`db.Geo.Point`), for `geoNear`; absent: ascending on every field. */
  type?: '2dsphere';
  /** Which action needs it. */
  for?: string;
}

/** The indexes each collection needs, as listed in `server/platform/indexes.json`. */
export function indexesOf(collection: string): IndexSpec[] {
  const all = indexes.collections as Record<string, IndexSpec[]>;
  return all[collection] ?? [];
}

/** The indexes on scalar fields only: those the local store can build as SQL expression indexes. */
export const scalarIndexesOf = (collection: string): IndexSpec[] => indexesOf(collection).filter((ix) => !ix.multikey);
