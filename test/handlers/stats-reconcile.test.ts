/**
 * The counters' repair in the cloud (docs/concurrency.md, stats): a keeper stopped between
 * its claim and its increments leaves the counters short; the scheduler's reconcile finds
 * it once the month is quiet and corrects it exactly, never counting twice, even with a
 * keeper incrementing between its read and its correction.
 */
import { aggregate } from '../../core/stats/counter-cells';
import { cellsDifference, storedCells } from '../../core/stats/counter-diff';
import type { OpinionDoc } from '../../server/model';
import { runTick } from '../../server/scheduler/tick';
import { currentFacts, type CountedOpinion } from '../../server/dashboard/keep';
import { reconcileMonth } from '../../server/dashboard/reconcile';
import { hooked, once } from '../support/db-hooks';
import { COUNTY_DEPUTY, TOWNSHIP_DEPUTY, startLocal, type Local } from '../support/local';

jest.setTimeout(60_000);

const MINUTE = 60_000;
const MONTH = '2026-11';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
});
afterEach(() => t.close());

/** Counter cells that differ from what the stored opinions add up to: + short, − counted twice. */
function disagreements(): { id: string; diff: Record<string, Record<string, number>> }[] {
  const expected = aggregate(t.docs<CountedOpinion>('opinions').map((d) => currentFacts(d)));
  const stored = new Map(t.store.scan('stats', []).map((d) => [d._id, storedCells(d)]));
  const out = [];
  for (const id of new Set([...expected.keys(), ...stored.keys()])) {
    const diff = cellsDifference(expected.get(id), stored.get(id) ?? {});
    if (Object.keys(diff).length) out.push({ id, diff });
  }
  return out;
}

const signs = (ds: ReturnType<typeof disagreements>) => new Set(ds.flatMap((d) => Object.values(d.diff).flatMap((m) => Object.values(m).map(Math.sign))));

/** The next `n` counter updates fail (as if the function stopped right after its claim). */
function stopCounterWrites(n: number) {
  const replace = t.store.replace.bind(t.store);
  let left = n;
  t.store.replace = (coll, doc) => {
    if (coll === 'stats' && left-- > 0) throw new Error('function stopped');
    return replace(coll, doc);
  };
}

const holderOpenid = (id: string) =>
  ({ 'd-county-1': COUNTY_DEPUTY, 'd-town-1': TOWNSHIP_DEPUTY })[t.doc<OpinionDoc>('opinions', id).assigneeDeputyId!]!;

async function twoOpinions() {
  const a = await t.submit({ text: '小区电梯经常故障，物业维修不及时，请代表帮助协调。' }, 'rec-res-1');
  const b = await t.submit({ text: '学校门口早晚高峰拥堵，建议增设护学岗。', category: '教育' }, 'rec-res-2');
  await t.relay(); // the keeper runs in the relay's after-write step
  expect(disagreements()).toEqual([]);
  return { a: a.id, b: b.id };
}

test('a keeper stopped after its claim: counters short until the month is quiet, then exact', async () => {
  const { a } = await twoOpinions();
  stopCounterWrites(1);
  await t.ok('deputy', 'accept', { id: a }, holderOpenid(a));
  await t.relay(); // the relay claims, its increments fail
  const short = disagreements();
  expect(short.length).toBeGreaterThan(0);
  expect(signs(short)).toEqual(new Set([1])); // short, never over

  // The relay's sweep does not mend it: the facts are claimed, so it sees nothing to count.
  t.clock.advance(3 * MINUTE);
  const soon = await runTick(t.ports);
  expect(soon.stats).toMatchObject({ months: 1, corrected: 0, waiting: 1 }); // the claim is younger than 5 min
  expect(disagreements()).toEqual(short);

  t.clock.advance(3 * MINUTE);
  const later = await runTick(t.ports);
  expect(later.stats.corrected).toBe(short.length);
  expect(later.stats.waiting).toBe(0);
  expect(disagreements()).toEqual([]);

  // Done for the day; and a month that agrees is left as it is.
  expect((await runTick(t.ports)).stats.months).toBe(0);
  const before = JSON.stringify(t.store.scan('stats', []));
  expect(await reconcileMonth(t.ports, MONTH)).toMatchObject({ corrected: 0, settled: 0, waiting: false });
  expect(JSON.stringify(t.store.scan('stats', []))).toBe(before);
});

test('a change whose keeper never ran (an overdue mark) is counted by the reconcile, once', async () => {
  const { b } = await twoOpinions();
  const stored = t.store.get('opinions', b)!;
  t.store.replace('opinions', { ...stored, overdue: true, version: Number(stored.version) + 1 }); // marked, its keeper never ran
  expect(disagreements().length).toBeGreaterThan(0);

  t.clock.advance(6 * MINUTE);
  const first = await reconcileMonth(t.ports, MONTH);
  expect(first).toMatchObject({ settled: 1, corrected: 0, waiting: true }); // counted now; compared later
  expect(disagreements()).toEqual([]);
  t.clock.advance(6 * MINUTE);
  expect(await reconcileMonth(t.ports, MONTH)).toMatchObject({ settled: 0, corrected: 0, waiting: false });
  expect(disagreements()).toEqual([]);
});

test('a keeper incrementing between the read and the correction: the correction yields, nothing counted twice', async () => {
  const { a } = await twoOpinions();
  stopCounterWrites(1);
  await t.ok('deputy', 'accept', { id: a }, holderOpenid(a));
  await t.relay();
  const short = disagreements();
  t.clock.advance(6 * MINUTE);

  // Just before the reconcile's first correction, a resident submits in the same county.
  const ports = hooked(
    t.ports,
    once((w) => w.collection === 'stats' && w.kind === 'update', async () => {
      await t.submit({ text: '公园路灯坏了好几盏，晚上散步不安全。' }, 'rec-res-3');
      await t.relay(); // its keeper increments the county's counters
    }),
  );
  const r = await reconcileMonth(ports, MONTH);
  expect(r.waiting).toBe(false);
  expect(r.corrected).toBeLessThan(short.length); // the county's counters moved: those corrections yielded
  const left = disagreements();
  expect(left.length).toBeGreaterThan(0);
  expect(signs(left)).toEqual(new Set([1])); // still short there, never counted twice

  t.clock.advance(6 * MINUTE);
  const again = await reconcileMonth(t.ports, MONTH);
  expect(again.corrected).toBe(left.length);
  expect(disagreements()).toEqual([]);
});
