/**
 * 0006 — the per-deputy oversight rows for the data kept before them (decision 0033).
 *
 * The keepers move a deputy's rows with every event from the release that added them; an
 * opinion, an activity or a check-in recorded before has no row, and an older case handled
 * since moved its holder's row by the change alone. This brings every row to what its facts
 * say (dashboard/deputy-rows-reconcile.ts: the rebuild's computation, each row moved by the
 * difference on the condition that no keeper moved it since it was read — never added to):
 *   1. every month from the first counted one to this one, oldest first, one month per
 *      checkpoint (`month:YYYY-MM`): the opinion figures of its month rows;
 *   2. then every deputy, by pages in id order (`deputy:<last id>`): the membership row, the
 *      activities and check-ins of each month row, the quarter and year rows summed from the
 *      month rows, and the periods the membership row names.
 * A month or a page with something that moved within the quiet period (a keeper's increments
 * may still be on the way) is not recorded: the call pauses there and the next call reads it
 * again. Stopped anywhere, the next run goes on after the last recorded month or page and
 * writes nothing twice; run again when done, it writes nothing.
 */
import { beijingDate } from '../../core/beijing-time';
import { monthsBetween } from '../../core/stats/months';
import type { Migration } from '../platform/migrations';
import { deputyIdsAfter } from '../deputies/deputies.repo';
import { reconcileDeputyRows, reconcileMonthRows } from '../dashboard/deputy-rows-reconcile';
import { forgetKnownRowIds } from '../dashboard/deputystats.repo';
import { earliestCounterMonth } from '../dashboard/stats.repo';

/** Deputies per page of the second pass. */
export const PAGE_SIZE = 20;

type Mark = { phase: 'month'; month: string } | { phase: 'deputy'; id: string };

/** `month:2026-03` / `deputy:d-county-1` → where the last run stopped. */
export function markOf(after: string | undefined): Mark | undefined {
  if (!after) return undefined;
  const at = after.indexOf(':');
  const [kind, rest] = [after.slice(0, at), after.slice(at + 1)];
  if (kind === 'month') return { phase: 'month', month: rest };
  if (kind === 'deputy') return { phase: 'deputy', id: rest };
  throw new Error(`0006-deputy-rows: unknown mark ${after}`);
}

export const deputyRowsBackfill: Migration = {
  id: '0006-deputy-rows',
  description: '代表履职统计行：为部署前已有的意见、履职活动和接待签到补齐每位代表的月、季、年统计行和名单行',
  async run(ports, resume) {
    // Ids of rows known to exist are remembered per process; only a rebuild removes rows, but read them afresh.
    forgetKnownRowIds(ports);
    const mark = markOf(resume.after);

    if (mark?.phase !== 'deputy') {
      const first = await earliestCounterMonth(ports);
      const months = first ? monthsBetween(first, beijingDate(ports.clock.now()).slice(0, 7)).filter((m) => !mark || m > mark.month) : [];
      for (const month of months) {
        const r = await reconcileMonthRows(ports, month);
        if (r.waiting) {
          ports.log.info('deputy rows: a month moved within the quiet period, read again by the next call', { month });
          return 'paused';
        }
        if (!(await resume.checkpoint(`month:${month}`, { processed: r.processed, changed: r.changed }))) return 'paused';
      }
    }

    let last = mark?.phase === 'deputy' ? mark.id : '';
    for (;;) {
      const ids = await deputyIdsAfter(ports, last, PAGE_SIZE);
      if (ids.length === 0) return 'done';
      const r = await reconcileDeputyRows(ports, ids);
      if (r.waiting) {
        ports.log.info('deputy rows: a duty record moved within the quiet period, read again by the next call', { after: last });
        return 'paused';
      }
      last = ids[ids.length - 1];
      const goOn = await resume.checkpoint(`deputy:${last}`, { processed: r.processed, changed: r.changed });
      if (ids.length < PAGE_SIZE) return 'done';
      if (!goOn) return 'paused';
    }
  },
};
