/**
 * The `migrations` collection: one record per data migration (server/migrations/), keyed by
 * its id — whether it is done, and while it runs the last document it finished (`lastId`), so
 * a run stopped anywhere (a killed function, a spent time budget) goes on from there. Only the
 * runner (platform/migrations.ts) reads and writes it.
 */
import { dbOf, findById } from './db';
import { isDuplicateKey } from './db-errors';
import type { Ports } from './ports';

export interface MigrationDoc {
  _id: string;
  description: string;
  state: 'running' | 'done';
  /** The last document id the migration finished, in its order; absent before the first page. */
  lastId?: string;
  /** Documents looked at and documents changed, over every run. */
  processed: number;
  changed: number;
  startedAt: Date;
  updatedAt: Date;
  doneAt?: Date;
}

/** Every migration record (a handful: one per migration ever written), read page by page in id order. */
export async function migrationRecords(ports: Ports): Promise<MigrationDoc[]> {
  const db = dbOf(ports);
  const out: MigrationDoc[] = [];
  for (;;) {
    const last = out[out.length - 1]?._id;
    const page = await db
      .collection<MigrationDoc>('migrations')
      .where(last === undefined ? {} : { _id: db.command.gt(last) })
      .orderBy('_id', 'asc')
      .limit(100)
      .get();
    out.push(...page.data);
    if (page.data.length < 100) return out;
  }
}

/** The record of `id`, created as running if there is none yet (two runners starting at once share one). */
export async function startMigrationRecord(ports: Ports, id: string, description: string): Promise<MigrationDoc> {
  const at = ports.clock.now();
  const doc: MigrationDoc = { _id: id, description, state: 'running', processed: 0, changed: 0, startedAt: at, updatedAt: at };
  try {
    await dbOf(ports).collection('migrations').add({ data: doc });
    return doc;
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    const there = await findById<MigrationDoc>(dbOf(ports), 'migrations', id);
    if (!there) throw e;
    return there;
  }
}

/**
 * Moves the running migration's mark from `asRead` (its lastId as this runner knows it) to
 * `next`, on the condition that nobody moved it since: true when it moved. A false answer means
 * another runner is on the same migration; this one stops (the work is idempotent either way).
 */
export async function saveMigrationProgress(
  ports: Ports,
  id: string,
  asRead: string | undefined,
  next: { lastId: string; processed: number; changed: number },
): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('migrations')
    .where({ _id: id, state: 'running', lastId: asRead ?? db.command.exists(false) })
    .update({ data: { lastId: next.lastId, processed: next.processed, changed: next.changed, updatedAt: ports.clock.now() } });
  return res.stats.updated === 1;
}

/** Records the migration done; the runner skips it from now on. */
export async function markMigrationDone(ports: Ports, id: string): Promise<void> {
  const at = ports.clock.now();
  await dbOf(ports).collection('migrations').where({ _id: id }).update({ data: { state: 'done', doneAt: at, updatedAt: at } });
}
