/**
 * Recomputes every per-deputy oversight row (decision 0033) — with `npm run stats:rebuild`,
 * from the opinions' counted facts, every activity typed in and every check-in, and every
 * deputy's membership — and removes rows nothing supports. The same figures the keepers add
 * up (deputy-rows.ts), so on quiet data the two agree. A row a keeper left at zero (its only
 * case handed over) is removed: its deputy is then listed as having nothing in that period.
 */
import { activityRowChange, buildRows, checkInRowChange, rowChangesOf, type RowChange } from '../../core/stats/deputy-rows';
import type { StatsFacts } from '../../core/stats/opinion-facts';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputyIdsAfter, storedDeputiesByIds } from '../deputies/deputies.repo';
import { activitiesPageAfterId, attendancePageAfterId } from '../deputies/duty.repo';
import { stationsByCodes } from '../stations/stations.repo';
import { membershipScopes } from './deputy-rows';
import { forgetKnownRowIds, removeRow, replaceRow, rowIdsAfter } from './deputystats.repo';

const PAGE = 500;

export async function rebuildDeputyRows(ports: Ports, facts: readonly StatsFacts[]): Promise<{ rows: number; removed: number }> {
  const deputies = await allDeputies(ports);
  const byId = new Map(deputies.map((d) => [d._id, d]));
  const changes: RowChange[] = facts.flatMap((f) => rowChangesOf(null, f));
  for (let after = ''; ; ) {
    const page = await activitiesPageAfterId(ports, after, PAGE);
    // Check-ins land in the activities by themselves (`automatic`): they count as check-ins only. A withdrawn one counts nowhere.
    for (const a of page) {
      const c = activityRowChange(a);
      if (c) changes.push(c);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]._id;
  }
  for (let after = ''; ; ) {
    const page = await attendancePageAfterId(ports, after, PAGE);
    const paths = new Map((await stationsByCodes(ports, [...new Set(page.map((a) => a.stationCode))])).map((s) => [s._id, s.regionPath]));
    for (const a of page) changes.push(checkInRowChange(a, paths.get(a.stationCode) ?? [], byId.get(a.deputyId)?.level ?? 'none'));
    if (page.length < PAGE) break;
    after = page[page.length - 1]._id;
  }
  const members = new Map<string, { level: string; scope: string[] }>();
  for (let i = 0; i < deputies.length; i += 100) {
    const slice = deputies.slice(i, i + 100);
    for (const [id, scope] of await membershipScopes(ports, slice)) members.set(id, { level: byId.get(id)!.level, scope });
  }
  const rows = buildRows(changes, members);
  for (const row of rows.values()) await replaceRow(ports, { ...row, w: 0 });

  let removed = 0;
  forgetKnownRowIds(ports);
  for (let after = ''; ; ) {
    const ids = await rowIdsAfter(ports, after, PAGE);
    for (const id of ids) {
      if (rows.has(id)) continue;
      await removeRow(ports, id);
      removed++;
    }
    if (ids.length < PAGE) break;
    after = ids[ids.length - 1];
  }
  return { rows: rows.size, removed };
}

async function allDeputies(ports: Ports): Promise<DeputyDoc[]> {
  const out: DeputyDoc[] = [];
  for (let after = ''; ; ) {
    const ids = await deputyIdsAfter(ports, after, 100);
    if (ids.length) out.push(...(await storedDeputiesByIds(ports, ids)));
    if (ids.length < 100) break;
    after = ids[ids.length - 1];
  }
  return out;
}
