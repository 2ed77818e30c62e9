/** Every collection the product uses. The setup step creates them; nothing else may. */
import indexes from './indexes.json';

export const COLLECTIONS = [
  'regions',
  'stations',
  'deputies',
  'users',
  'counters',
  'stats',
  'opinions',
  'mediachecks',
  'outbox',
  'subscriptions',
  'jobs',
  'invites',
  'departments',
  'replytemplates',
  'suggestions',
  'activities',
  'attendance',
  'showcase',
  'rosterbatches',
  'campaigns',
  'uploads',
  'identityaccess',
  // Which data migrations are done, and where a running one stopped (platform/migrations.ts).
  'migrations',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface IndexSpec {
  fields: string[];
  unique?: boolean;
  /** `2dsphere`: a geo index on its one field, a GeoJSON point (`db.Geo.Point`), for `geoNear`; absent: ascending on every field. */
  type?: '2dsphere';
}

/** The indexes each collection needs, as listed in `server/platform/indexes.json`. */
export function indexesOf(collection: string): IndexSpec[] {
  const all = indexes.collections as Record<string, IndexSpec[]>;
  return all[collection] ?? [];
}
