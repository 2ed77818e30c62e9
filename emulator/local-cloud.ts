/**
 * wx-server-sdk running against the embedded store: the genuine SDK and query builder,
 * with only the database transport swapped. wx-server-sdk (through @cloudbase/node-sdk)
 * re-assigns `Db.reqClass` on every `database()` call, so the property is pinned.
 */
import cloud from 'wx-server-sdk';
import type { CloudDb } from '../server/platform/db';
import { createLocalRequestClass, type TransportOptions } from './db-transport';
import type { SqliteStore } from './sqlite-store';

// The copy of @cloudbase/database that wx-server-sdk itself loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Db } = require('@cloudbase/database') as { Db: { reqClass: unknown } };

let current: unknown;
let pinned = false;
let initialised = false;

function pin(): void {
  if (pinned) return;
  Object.defineProperty(Db, 'reqClass', {
    configurable: true,
    get: () => current,
    set: () => undefined,
  });
  pinned = true;
}

/** A cloud database client whose requests are served by `store` (after `latencyMs`, each one told to `onRequest`). */
export function localDatabase(store: SqliteStore, now: () => Date, fidelity: Pick<TransportOptions, 'latencyMs' | 'onRequest' | 'indexCheck'> = {}): CloudDb {
  pin();
  current = createLocalRequestClass({ store, now, ...fidelity });
  if (!initialised) {
    cloud.init({ env: 'local' });
    initialised = true;
  }
  return cloud.database() as unknown as CloudDb;
}
