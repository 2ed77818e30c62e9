/**
 * Data moves forward: numbered migrations (server/migrations/), run in order, each once.
 *
 * A migration pages through documents in `_id` order and reports each finished page to the
 * runner (`resume.checkpoint`), which records the page's last id in the migration's record
 * (`migrations` collection). A run stopped anywhere — a killed function, the time budget of a
 * cloud function call spent — is started again and goes on after the last recorded id. The
 * work on each document must be idempotent (a page finished but not recorded is done again,
 * and must change nothing the second time). A migration that finishes is recorded done and
 * skipped from then on; one that pauses stops the run there, since a later one may rest on it.
 *
 * Run by `setup.migrate` (WeChat's server API: the deploy, or an operator, calls it until it
 * answers `finished`) and locally by `npm run migrate` (scripts/migrate.ts).
 */
import type { Ports } from './ports';
import { markMigrationDone, migrationRecords, saveMigrationProgress, startMigrationRecord, type MigrationDoc } from './migrations.repo';

/** What a migration is handed to go on from where the last run stopped. */
export interface Resume {
  /** The last id the previous runs finished (absent: start from the first document). */
  readonly after: string | undefined;
  /**
   * Records that every document up to `lastId` is done (`processed` looked at, `changed` of
   * them written, on this page). Answers whether to go on: false when the time budget is
   * spent — the migration returns `paused` and the next run starts after `lastId`.
   */
  checkpoint(lastId: string, page: { processed: number; changed: number }): Promise<boolean>;
}

export interface Migration {
  /** `NNNN-name`, the order migrations run in; never reused or renamed once deployed. */
  id: string;
  description: string;
  run(ports: Ports, resume: Resume): Promise<'done' | 'paused'>;
}

export interface MigrateOptions {
  /** Wall-clock time after which a migration is told to pause at its next page (default: none). */
  budgetMs?: number;
}

export interface MigrateReport {
  finished: boolean;
  alreadyDone: string[];
  ran: { id: string; state: 'done' | 'paused'; processed: number; changed: number }[];
  waiting: string[];
}

/** Another runner moved the same migration's mark: this one stops, the other goes on. */
export class MigrationTaken extends Error {
  constructor(readonly id: string) {
    super(`migration ${id} is being run by another caller`);
  }
}

/** Runs every migration of `migrations` not yet recorded done, in order, each from where it stopped. */
export async function runMigrations(ports: Ports, migrations: readonly Migration[], opts: MigrateOptions = {}): Promise<MigrateReport> {
  const ids = migrations.map((m) => m.id);
  const sorted = [...ids].sort();
  if (ids.some((id, i) => id !== sorted[i]) || new Set(ids).size !== ids.length) {
    throw new Error(`migrations must be listed once each, in id order: ${ids.join(', ')}`);
  }
  const started = Date.now();
  const timeLeft = () => opts.budgetMs === undefined || Date.now() - started < opts.budgetMs;
  const records = new Map((await migrationRecords(ports)).map((r) => [r._id, r] as const));
  const report: MigrateReport = { finished: true, alreadyDone: [], ran: [], waiting: [] };

  for (const [i, m] of migrations.entries()) {
    if (records.get(m.id)?.state === 'done') {
      report.alreadyDone.push(m.id);
      continue;
    }
    const record: MigrationDoc = records.get(m.id) ?? (await startMigrationRecord(ports, m.id, m.description));
    let mark = record.lastId;
    let processed = record.processed;
    let changed = record.changed;
    const resume: Resume = {
      after: mark,
      async checkpoint(lastId, page) {
        const next = { lastId, processed: processed + page.processed, changed: changed + page.changed };
        if (!(await saveMigrationProgress(ports, m.id, mark, next))) throw new MigrationTaken(m.id);
        ({ lastId: mark, processed, changed } = next);
        return timeLeft();
      },
    };
    const state = await m.run(ports, resume);
    if (state === 'done') {
      await markMigrationDone(ports, m.id);
      ports.log.info('migration done', { id: m.id, processed, changed });
    }
    report.ran.push({ id: m.id, state, processed, changed });
    if (state === 'paused') {
      report.finished = false;
      report.waiting = ids.slice(i + 1).filter((id) => records.get(id)?.state !== 'done');
      break;
    }
  }
  return report;
}
