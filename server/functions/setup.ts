import { COLLECTIONS } from '../platform/collections';
import { isCollectionExisting } from '../platform/db-errors';
import { handlers } from './define';

/** Creates the collections the product needs; safe to run again. Indexes: server/platform/indexes.json. */
export const setupHandlers = handlers('setup', {
  async init(_payload, { ports }) {
    const created: string[] = [];
    const existing: string[] = [];
    for (const name of COLLECTIONS) {
      try {
        await ports.db.createCollection(name);
        created.push(name);
      } catch (e) {
        if (!isCollectionExisting(e)) throw e;
        existing.push(name);
      }
    }
    return { created, existing };
  },
});
