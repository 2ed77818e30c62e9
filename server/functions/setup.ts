import { COLLECTIONS } from '../platform/collections';
import { createCollections } from '../platform/setup-collections';
import { handlers } from './define';

/** Creates the collections the product needs; safe to run again. Indexes: server/platform/indexes.json. */
export const setupHandlers = handlers('setup', {
  async init(_payload, { ports }) {
    return createCollections(ports, COLLECTIONS);
  },
});
