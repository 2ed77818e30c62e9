/**
 * A migration step several counter changes share (0003, 0007): reconcile every month that has
 * counters, oldest first, one month per checkpoint — each counter moved to the sum of its
 * month's counted facts (dashboard/reconcile.ts) in the layout the code keeps now, so nothing a
 * keeper counts meanwhile is lost. A month with changes still in the quiet period is left to
 * the scheduler's nightly reconcile.
 */
import { beijingDate } from '../../core/beijing-time';
import { monthsBetween } from '../../core/stats/months';
import type { Migration } from '../platform/migrations';
import { reconcileMonth } from '../dashboard/reconcile';
import { earliestCounterMonth } from '../dashboard/stats.repo';

export const reconcileEveryMonth: Migration['run'] = async (ports, resume) => {
  const first = await earliestCounterMonth(ports);
  if (!first) return 'done';
  const months = monthsBetween(first, beijingDate(ports.clock.now()).slice(0, 7)).filter((m) => !resume.after || m > resume.after);
  for (const [i, month] of months.entries()) {
    const r = await reconcileMonth(ports, month);
    const goOn = await resume.checkpoint(month, { processed: r.opinions, changed: r.corrected });
    if (!goOn && i < months.length - 1) return 'paused';
  }
  return 'done';
};
