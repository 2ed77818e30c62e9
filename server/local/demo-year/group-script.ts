/**
 * 闭会期间代表建议: residents write about the same problem to the same deputy over a few
 * days; the deputy accepts each and merges them into one suggestion. When the government's
 * answer comes back within the year, the deputy resolves every case with it and each
 * resident rates; otherwise the cases wait as 已转为代表建议.
 */
import type { CasePlan } from './case-plan';
import { submit, type Steps } from './case-script';
import { Rng } from './prng';
import type { SuggestionTheme } from './texts-notes';
import { afterDays, afterWorkingDays } from './timing';
import { DemoYearError, deputyOpenid, type World } from './world';

export interface GroupPlan {
  theme: SuggestionTheme;
  /** Cases written to the theme's deputy (chosenDeputyId), in order. */
  members: CasePlan[];
}

export async function* suggestionGroup(w: World, g: GroupPlan): Steps {
  const rng = Rng.from(`demo-year:group:${g.theme.key}`);
  const deputy = deputyOpenid(g.theme.deputyId);
  const ids: string[] = [];
  for (const [i, member] of g.members.entries()) {
    if (i > 0) yield afterDays(w.now(), rng, 1, 3, 'day');
    const id = await submit(w, member, rng);
    if (w.opinion(id).assigneeDeputyId !== g.theme.deputyId) throw new DemoYearError(`${member.key} was not routed to ${g.theme.deputyId}`);
    ids.push(id);
  }
  for (const id of ids) {
    yield afterDays(w.now(), rng, 0, 1, 'deputy');
    await w.call('deputy', 'accept', { id }, deputy);
  }
  yield afterDays(w.now(), rng, 1, 2, 'evening');
  const { title, reasons, proposals } = g.theme;
  await w.call('deputy', 'suggest', { title, reasons, proposals, opinionIds: ids, requestId: `demo-year-suggest-${g.theme.key}` }, deputy);
  if (!g.theme.answer) return;

  // The government answers the suggestion; each case is resolved with that answer and rated.
  yield afterWorkingDays(w.now(), rng, 25, 35, 'office');
  for (const id of ids) await w.call('deputy', 'resolve', { id, kind: 'partly', text: g.theme.answer }, deputy);
  for (const [i, member] of g.members.entries()) {
    yield afterDays(w.now(), rng, 0, 4, 'day');
    const result = rng.chance(0.6) ? 'satisfied' : 'basic';
    await w.call('opinion', 'rate', { id: ids[i], result, attitude: 'satisfied' }, member.resident!);
  }
}
