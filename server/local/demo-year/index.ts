/**
 * The demo year (`npm start` on a fresh data dir; `DEMO_YEAR=0` skips it): a year of a
 * district's liaison stations at work, played through the real handlers with the clock moved
 * back and forward, so that counters, timelines, outbox entries and indexes are what real use
 * would leave. The same `now` always gives the same year; the year is placed relative to now.
 */
import { beijingDate, fromBeijing } from '../../../core/beijing-time';
import type { LocalRuntime } from '../runtime';
import { runTick } from '../../scheduler/tick';
import { DEMO_DEPUTIES } from '../demo-data';
import { opinionCase } from './case-script';
import { activity, checkIns, leave, reminderGrants } from './duty-scripts';
import { suggestionGroup } from './group-script';
import { MERGE_STORIES, mergeStory } from './merge-script';
import { similarSeconds } from './seconds-script';
import { campaign, communityPoint, dailyTicks, departmentDirectory } from './office-scripts';
import { planYear } from './plan';
import { replay, type Script } from './replay';
import { World } from './world';

export interface DemoYearReport {
  from: string;
  to: string;
  opinions: number;
  activities: number;
  checkIns: number;
  photos: number;
  calls: number;
  ms: number;
}

/** Steps are played up to this long before now; the scheduler then runs once at now. */
const END_MARGIN_MS = 10 * 60_000;

export async function seedDemoYear(runtime: LocalRuntime): Promise<DemoYearReport> {
  const started = Date.now();
  const now = runtime.clock.now();
  const plan = planYear(now);
  const w = new World(runtime, plan.leaves);
  const first = fromBeijing(plan.from);
  const at = (steps: Script['steps']): Script => ({ at: first, steps });
  const scripts: Script[] = [
    at(dailyTicks(w, plan.from, plan.to)),
    at(departmentDirectory(w, plan.from)),
    at(campaign(w, plan.from, beijingDate(now))),
    at(communityPoint(w, plan.to)),
    at(reminderGrants(w, plan.from, plan.to)),
    ...plan.leaves.map((l) => at(leave(w, l.deputyId, l.leave))),
    ...DEMO_DEPUTIES.filter((d) => d.openid).map((d) =>
      at(checkIns(w, d._id, plan.from, plan.to, plan.leaves.filter((l) => l.deputyId === d._id).map((l) => l.leave))),
    ),
    ...plan.activities.map((a) => at(activity(w, a.text, a.date, a.n))),
    ...plan.cases.map((c) => ({ at: c.start, steps: opinionCase(w, c) })),
    ...plan.groups.map((g) => ({ at: g.members[0].start, steps: suggestionGroup(w, g) })),
    // 汇总件: one merged, answered, resolved and rated four months back (teaching the county a link), one with its department now.
    ...MERGE_STORIES.map((m) => at(mergeStory(w, m, now))),
    // 附议 on the designed cases of one lift and one stretch of street lights, in the last day.
    at(similarSeconds(w, now)),
  ];
  const delay = runtime.contentSecurity.setDeliveryDelay(0);
  try {
    await replay(w, scripts, new Date(now.getTime() - END_MARGIN_MS));
  } finally {
    // Back to now (and the time the replay took), whatever happened.
    runtime.clock.set(new Date(now.getTime() + (Date.now() - started)));
    runtime.contentSecurity.setDeliveryDelay(delay);
  }
  await w.settle();
  await runTick(runtime.ports);
  const { opinions, activities, checkIns: checked, photos, calls } = w.counts;
  return { from: plan.from, to: plan.to, opinions, activities, checkIns: checked, photos, calls, ms: Date.now() - started };
}
