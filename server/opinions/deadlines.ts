/**
 * Deadline fields that change with a status change (accept due on assignment, result due on
 * acceptance, paused by need_info, restarted by a reopen). Applied inside the same atomic
 * opinion update as the change itself (change-opinion.ts, and the submit's insert); the rules
 * are pure, in core/deadlines.ts. `ports` only to log a missing holiday table.
 */
import { deadlinePatch } from '../../core/deadlines';
import type { Status } from '../../core/opinion-status';
import { calendarGap } from '../../core/working-calendar';
import { beijingDate } from '../../core/beijing-time';
import { deadlineSettingsFor } from '../config/deadlines';
import { CALENDAR } from '../config/holidays';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';

export function deadlineFields(
  ports: Ports,
  doc: Pick<OpinionDoc, 'status' | 'regionPath'> & Partial<OpinionDoc>,
  to: Status,
  at: Date,
): Partial<OpinionDoc> {
  // The table has no self-transitions, so `status === to` is the submit: the document is
  // built with its routed status already, and it came from `submitted`.
  const from: Status = doc.status === to ? 'submitted' : doc.status;
  const patch = deadlinePatch(doc, from, to, at, deadlineSettingsFor(doc.regionPath ?? []), CALENDAR);
  const gap = calendarGap(CALENDAR, beijingDate(at));
  if (gap && patch.nextDueAt) ports.log.error('holiday table missing or provisional', { year: beijingDate(at).slice(0, 4), gap });
  return patch as Partial<OpinionDoc>;
}
