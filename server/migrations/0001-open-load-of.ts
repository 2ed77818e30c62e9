/**
 * 0001 — every opinion records whose open load counts it (`openLoadOf`).
 *
 * The after-write step (server/opinions/after-write.ts) records `openLoadOf` when it moves an
 * opinion's open load (server/opinions/open-load.ts); opinions written before it did lack the
 * field, and every reader still has to guess it from the holder. This fills it in with what
 * the counters already count: the assignee while the status is open (core/opinion-status
 * OPEN_STATUSES), '' otherwise. No counter moves.
 *
 * An opinion whose after-write step has not run yet (`notifyPending`) is left alone while its
 * write is recent — the step in flight reads the holder before the write as the counted one,
 * and a value recorded under it would make it skip the move. One pending for longer than
 * PENDING_GRACE_MS is the scheduler sweep's, which counts the holder it finds: the same value
 * recorded here. Each write is conditional on the opinion being as read and still without the
 * field, so running this twice, or concurrently with the app, changes nothing the second time.
 */
import { OPEN_STATUSES } from '../../core/opinion-status';
import type { Migration } from '../platform/migrations';
import { opinionsAfterId, recordOpenLoadOf, type OpenLoadRow } from '../opinions/opinions.repo';

/** Documents per page (one checkpoint each): at most 50 conditional updates, well inside one server-API call. */
export const PAGE_SIZE = 50;
/** Two scheduler ticks: an opinion pending longer than this has no after-write step in flight. */
export const PENDING_GRACE_MS = 10 * 60_000;

/** The deputy whose open load counts the opinion as it stands: its holder while open, else nobody. */
export const countedHolder = (o: Pick<OpenLoadRow, 'status' | 'assigneeDeputyId'>): string =>
  o.assigneeDeputyId && OPEN_STATUSES.includes(o.status) ? o.assigneeDeputyId : '';

export const openLoadOfBackfill: Migration = {
  id: '0001-open-load-of',
  description: '为早先写入的意见补记 openLoadOf（哪位代表的在办量计入这条意见）',
  async run(ports, resume) {
    let after = resume.after;
    for (;;) {
      const page = await opinionsAfterId(ports, after, PAGE_SIZE);
      if (page.length === 0) return 'done';
      const now = ports.clock.now().getTime();
      let changed = 0;
      for (const o of page) {
        if (o.openLoadOf !== undefined) continue;
        if (o.notifyPending && now - new Date(o.updatedAt).getTime() < PENDING_GRACE_MS) continue;
        if (await recordOpenLoadOf(ports, o._id, { version: o.version, notifyPending: o.notifyPending }, countedHolder(o))) changed++;
      }
      after = page[page.length - 1]!._id;
      const goOn = await resume.checkpoint(after, { processed: page.length, changed });
      if (page.length < PAGE_SIZE) return 'done';
      if (!goOn) return 'paused';
    }
  },
};
