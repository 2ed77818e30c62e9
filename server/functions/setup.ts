import { AppError } from '../../core/errors';
import { COLLECTIONS } from '../platform/collections';
import { createCollections } from '../platform/setup-collections';
import { runMigrations } from '../platform/migrations';
import { exportPage } from '../platform/backup';
import { MIGRATIONS } from '../migrations';
import { smokeCheck } from '../opinions/smoke';
import { handlers } from './define';

/**
 * How long one `migrate` call works before it pauses at a page's end: a function triggered
 * through WeChat's server API (`tcb/invokecloudfunction`) is given 5 s by that API whatever
 * its own timeout, so a call stops starting pages after 2.5 s and the caller calls again
 * until `finished`.
 */
export const MIGRATE_BUDGET_MS = 2_500;

/**
 * The platform's own actions (WeChat's server API only, decision 0016): creating the
 * collections (indexes: server/platform/indexes.json), the data migrations
 * (server/migrations/), reading a collection page by page for a backup, and the smoke check
 * after a deploy (server/opinions/smoke.ts).
 */
export const setupHandlers = handlers('setup', {
  async init(_payload, { ports }) {
    return createCollections(ports, COLLECTIONS);
  },
  async migrate(_payload, { ports }) {
    return runMigrations(ports, MIGRATIONS, { budgetMs: MIGRATE_BUDGET_MS });
  },
  smoke: (_payload, { ports, caller }) => smokeCheck(ports, { source: caller?.source, withOpenid: Boolean(caller?.openid) }),
  async exportPage({ collection, after, limit }, { ports }) {
    if (!(COLLECTIONS as readonly string[]).includes(collection)) throw new AppError('NOT_FOUND', undefined, `no collection ${collection}`);
    return exportPage(ports, collection, after, limit);
  },
});
