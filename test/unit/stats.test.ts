/** Statistics math (core/stats): buckets, percentiles that combine, facts, counter deltas, rates, periods. */
import { aggregate, deltaOf, placesOf, type Delta } from '../../core/stats/counter-cells';
import { figuresOf, lessMetrics, mergeMetrics, responseRate } from '../../core/stats/figures';
import { bucketOf, mergeCounts, percentile } from '../../core/stats/histogram';
import { monthsBetween, periodProblem } from '../../core/stats/months';
import { factsOf, sameFacts, type StatsSource } from '../../core/stats/opinion-facts';

const EDGES = [1, 2, 4, 8, 24, 48] as const;

describe('histogram', () => {
  test('bucketOf puts a duration under the first edge above it; longer ones in the last bucket', () => {
    expect(bucketOf(EDGES, 0)).toBe(0);
    expect(bucketOf(EDGES, 0.99)).toBe(0);
    expect(bucketOf(EDGES, 1)).toBe(1);
    expect(bucketOf(EDGES, 47.9)).toBe(5);
    expect(bucketOf(EDGES, 48)).toBe(6);
    expect(bucketOf(EDGES, 5000)).toBe(6);
    expect(bucketOf(EDGES, -3)).toBe(0);
  });

  test('percentile interpolates inside its bucket, and is null without data', () => {
    // 10 durations, all in [8, 24): the median is the 5th of 10 → 8 + 16 × 5/10
    const counts = [0, 0, 0, 0, 10, 0, 0];
    expect(percentile(EDGES, counts, 0.5)).toBeCloseTo(16);
    expect(percentile(EDGES, counts, 0.9)).toBeCloseTo(8 + 16 * 0.9);
    expect(percentile(EDGES, [0, 0, 0, 0, 0, 0, 0], 0.5)).toBeNull();
    // the open last bucket answers its lower edge
    expect(percentile(EDGES, [1, 0, 0, 0, 0, 0, 9], 0.9)).toBe(48);
    expect(percentile(EDGES, [9, 0, 0, 0, 0, 0, 1], 0.5)).toBeCloseTo((1 * 5) / 9);
  });

  test('percentiles of merged buckets are those of all durations together, not an average of parts', () => {
    const a = [10, 0, 0, 0, 0, 0, 0]; // 10 quick ones in one county
    const b = [0, 0, 0, 0, 0, 10, 0]; // 10 slow ones in another
    const merged = mergeCounts(a, b);
    expect(merged).toEqual([10, 0, 0, 0, 0, 10, 0]);
    expect(percentile(EDGES, merged, 0.5)).toBeCloseTo(1); // the 10th of 20: top of the first bucket
    expect(percentile(EDGES, merged, 0.9)).toBeCloseTo(24 + 24 * 0.8);
  });
});

const at = (iso: string) => new Date(iso);
const base: StatsSource = {
  createdAt: at('2026-03-04T20:00:00Z'), // Beijing 2026-03-05 04:00
  regionPath: ['430000', '430100', '430104', '430104007'],
  stationCode: 'WYH01',
  category: '住房物业',
  channel: 'qr',
  status: 'assigned',
  assigneeDeputyId: 'd-1',
  assigneeLevelLabel: '县(市区)',
  acceptDueAt: at('2026-03-09T15:59:59Z'),
  replies: [],
  chaseCount: 0,
  reopenCount: 0,
};

describe('opinion facts', () => {
  test('are placed in the Beijing month and day received, with the holder and its level', () => {
    const f = factsOf(base, null, EDGES);
    expect(f.place).toEqual({ m: '2026-03', d: '05', r: base.regionPath, s: 'WYH01', c: '住房物业', ch: 'qr', l: 'county', dep: 'd-1' });
    expect(f.v).toEqual({ n: 1, dn05: 1, asg: 1, da05: 1 });
  });

  test('count acceptance on time, a boilerplate reply not as a response, results, ratings, chases', () => {
    const handled: StatsSource = {
      ...base,
      status: 'closed',
      acceptedAt: at('2026-03-06T02:00:00Z'),
      firstResponseAt: at('2026-03-04T23:00:00Z'), // 3 h after
      replies: [{ countsAsResponse: false }],
      resolvedAt: at('2026-03-06T20:00:00Z'), // 48 h after
      resultDueAt: at('2026-03-20T15:59:59Z'),
      resultKind: 'solved',
      ratings: [{ result: 'basic' }],
      chaseCount: 2,
    };
    const v = factsOf(handled, null, EDGES).v;
    expect(v).toMatchObject({ acc: 1, aot: 1, rsp: 1, frn: 1, fr2: 1, res: 1, rk_solved: 1, rr6: 1, rt: 1, st_basic: 1, chd: 1, chs: 2 });
    expect(v.ovd).toBeUndefined();
    // without the result, only the boilerplate reply: no response
    const boiler = factsOf({ ...base, status: 'replied', replies: [{ countsAsResponse: false }] }, null, EDGES).v;
    expect(boiler.rsp).toBeUndefined();
    expect(factsOf({ ...base, status: 'replied', replies: [{ countsAsResponse: true }] }, null, EDGES).v.rsp).toBe(1);
  });

  test('late acceptance counts as overdue and not on time; once overdue, always counted overdue', () => {
    const late = factsOf({ ...base, status: 'accepted', acceptedAt: at('2026-03-10T01:00:00Z') }, null, EDGES);
    expect(late.v).toMatchObject({ acc: 1, ovd: 1 });
    expect(late.v.aot).toBeUndefined();
    const marked = factsOf({ ...base, overdue: true }, null, EDGES);
    const cleared = factsOf({ ...base, overdue: false }, marked, EDGES);
    expect(cleared.v.ovd).toBe(1);
    expect(factsOf({ ...base, overdue: false }, null, EDGES).v.ovd).toBeUndefined();
  });

  test('a reopened opinion is not resolved until it is resolved again', () => {
    const reopened = factsOf({ ...base, status: 'accepted', resolvedAt: at('2026-03-06T00:00:00Z'), reopenCount: 1 }, null, EDGES);
    expect(reopened.v.res).toBeUndefined();
    expect(reopened.v.rop).toBe(1);
  });

  test('sameFacts ignores the order of metrics', () => {
    const f = factsOf(base, null, EDGES);
    expect(sameFacts(f, { place: { ...f.place }, v: Object.fromEntries(Object.entries(f.v).reverse()) })).toBe(true);
    expect(sameFacts(f, factsOf({ ...base, chaseCount: 1 }, null, EDGES))).toBe(false);
    expect(sameFacts(null, null)).toBe(true);
  });
});

const total = (d: Delta) => {
  const out: Record<string, number> = {};
  for (const [id, cells] of d) for (const [cell, m] of Object.entries(cells)) for (const [k, n] of Object.entries(m)) out[`${id}|${cell}|${k}`] = n;
  return out;
};

describe('counter cells', () => {
  test('an opinion is counted in every region of its path, its station and its deputy, also per level; stations only from the county down', () => {
    const ids = placesOf(factsOf(base, null, EDGES).place).map((p) => p.id);
    expect(ids.filter((id) => !id.startsWith('rl:') && !id.startsWith('sl:'))).toEqual([
      'r:430000:2026-03', 'r:430100:2026-03', 'r:430104:2026-03', 'r:430104007:2026-03', 's:WYH01:2026-03', 'd:d-1:2026-03',
    ]);
    expect(ids).toContain('rl:430104007|county:2026-03');
    const county = placesOf(factsOf(base, null, EDGES).place).find((p) => p.id === 'r:430104:2026-03')!;
    expect(county.cells).toContain('g.430104007'); // the township, in its county
    expect(placesOf(factsOf(base, null, EDGES).place).find((p) => p.id === 'r:430000:2026-03')!.cells).toContain('g.430100');
    // two groups of region documents, each holding the same cells (one update moves a group):
    // the province and the city break down into cities and counties, without stations; the
    // county and the township into townships and stations
    const regionDocs = placesOf(factsOf(base, null, EDGES).place).filter((p) => p.id.startsWith('r'));
    expect(regionDocs).toHaveLength(8);
    const upper = regionDocs.filter((d) => /^rl?:430(000|100)[|:]/.test(d.id));
    const local = regionDocs.filter((d) => !upper.includes(d));
    expect(upper).toHaveLength(4);
    for (const d of upper) expect(d.cells.sort()).toEqual(['a', 'c.住房物业', 'ch.qr', 'g.430000', 'g.430100', 'g.430104', 'l.county', 'y.05']);
    for (const d of local) expect(d.cells.sort()).toEqual(['a', 'c.住房物业', 'ch.qr', 'g.430104', 'g.430104007', 'l.county', 's.WYH01', 'y.05']);
    expect(ids).toContain('sl:WYH01|county:2026-03');
  });

  test('per-day metrics and histograms are kept only in the whole of each scope; breakdowns keep counts', () => {
    const d = total(deltaOf(null, factsOf({ ...base, firstResponseAt: at('2026-03-04T21:00:00Z') }, null, EDGES)));
    expect(d['r:430104:2026-03|a|fr1']).toBe(1);
    expect(d['r:430104:2026-03|c.住房物业|fr1']).toBeUndefined();
    expect(d['r:430104:2026-03|s.WYH01|asg']).toBe(1);
    expect(d['sl:WYH01|county:2026-03|a|fr1']).toBe(1);
    expect(d['r:430104:2026-03|a|dn05']).toBe(1);
    expect(d['rl:430104|county:2026-03|a|da05']).toBe(1);
    expect(d['r:430104:2026-03|l.county|da05']).toBeUndefined();
    expect(d['r:430104:2026-03|c.住房物业|dn05']).toBeUndefined();
    expect(d['rl:430104|county:2026-03|c.住房物业|n']).toBe(1);
    expect(d['r:430104:2026-03|c.住房物业|n']).toBe(1);
  });

  test('every document with an `a` cell has a day cell y.<DD> (the received day) with the few figures a report over days counts', () => {
    const rated = { ...base, status: 'resolved', resolvedAt: at('2026-03-06T02:00:00Z'), resultKind: 'solved', acceptedAt: at('2026-03-05T03:00:00Z'), ratings: [{ result: 'basic' }], forwardedAt: at('2026-03-05T04:00:00Z') };
    const d = total(deltaOf(null, factsOf(rated, null, EDGES)));
    for (const id of ['r:430104:2026-03', 'r:430104007:2026-03', 'rl:430104|county:2026-03', 's:WYH01:2026-03', 'sl:WYH01|county:2026-03', 'd:d-1:2026-03']) {
      const day = Object.fromEntries(Object.entries(d).filter(([k]) => k.startsWith(`${id}|y.05|`)).map(([k, n]) => [k.split('|').pop(), n]));
      expect(day).toEqual({ n: 1, acc: 1, res: 1, rt: 1, st_basic: 1, fwd: 1 });
    }
    // Not the histograms, per-day metrics of the whole, or what only a dashboard shows.
    expect(Object.keys(d).filter((k) => k.includes('|y.') && /\|(fr|rr|dn|da|dr|asg|rsp|aot|rk_)/.test(k))).toEqual([]);
    // The day cells add up to the month's.
    const later = factsOf({ ...base, createdAt: at('2026-03-20T02:00:00Z') }, null, EDGES);
    const both = total(aggregate([factsOf(rated, null, EDGES), later]));
    expect(both['r:430104:2026-03|y.05|n'] + both['r:430104:2026-03|y.20|n']).toBe(both['r:430104:2026-03|a|n']);
  });

  test('a change moves counters by the difference; a hand-over moves the deputy and level cells only', () => {
    const before = factsOf(base, null, EDGES);
    const after = factsOf({ ...base, assigneeDeputyId: 'd-2', assigneeLevelLabel: '乡镇' }, before, EDGES);
    const d = total(deltaOf(before, after));
    expect(d['r:430104:2026-03|a|n']).toBeUndefined(); // still one received
    expect(d['r:430104:2026-03|l.county|n']).toBe(-1);
    expect(d['r:430104:2026-03|l.township|n']).toBe(1);
    expect(d['rl:430104|county:2026-03|a|n']).toBe(-1);
    expect(d['rl:430104|township:2026-03|s.WYH01|n']).toBe(1);
    expect(d['d:d-1:2026-03|a|n']).toBe(-1);
    expect(d['d:d-2:2026-03|a|asg']).toBe(1);
  });

  test('aggregate over many opinions equals adding their deltas one by one', () => {
    const sources: StatsSource[] = [
      base,
      { ...base, category: '教育', channel: 'phone' },
      { ...base, stationCode: 'XJH01', regionPath: ['430000', '430100', '430104', '430104010'], assigneeDeputyId: undefined, assigneeLevelLabel: undefined },
      { ...base, createdAt: at('2026-04-01T01:00:00Z'), chaseCount: 1 },
      base,
    ];
    const facts = sources.map((s) => factsOf(s, null, EDGES));
    const oneByOne: Delta = new Map();
    for (const f of facts) for (const [id, cells] of deltaOf(null, f)) {
      for (const [cell, m] of Object.entries(cells)) mergeInto(oneByOne, id, cell, m);
    }
    expect(total(aggregate(facts))).toEqual(total(oneByOne));
    expect(total(aggregate(facts))['r:430104:2026-03|a|n']).toBe(4);
    expect(total(aggregate(facts))['r:430104010:2026-03|a|asg']).toBeUndefined();
  });
});

function mergeInto(d: Delta, id: string, cell: string, m: Record<string, number>) {
  const doc = d.get(id) ?? {};
  d.set(id, doc);
  const c = (doc[cell] ??= {});
  for (const [k, n] of Object.entries(m)) c[k] = (c[k] ?? 0) + n;
}

describe('figures', () => {
  test('rates, kinds and durations from a merged cell', () => {
    const cell = mergeMetrics([
      { n: 3, acc: 2, aot: 1, res: 2, rk_solved: 1, rk_explained: 1, rt: 2, st_satisfied: 1, st_unsatisfied: 1, frn: 2, fr0: 2, rr4: 2 },
      { n: 1, acc: 2, aot: 2, ovd: 1 },
    ]);
    const f = figuresOf(cell, EDGES);
    expect(f).toMatchObject({ received: 4, accepted: 4, acceptedOnTime: 3, acceptedOnTimeRate: 0.75, resolved: 2, overdue: 1 });
    expect(f.resolvedByKind).toEqual({ solved: 1, partly: 0, explained: 1 });
    expect(f.satisfaction).toEqual({ satisfied: 1, basic: 0, unsatisfied: 1, rate: 0.5 });
    expect(f.firstResponse).toEqual({ count: 2, medianHours: 0.5, p90Hours: 1 });
    expect(f.result.count).toBe(2);
    expect(figuresOf({}, EDGES).acceptedOnTimeRate).toBeNull();
  });

  test('what a cell holds beyond its parts: metric by metric, zeros left out', () => {
    const county = { n: 5, acc: 3, res: 1, st_satisfied: 1 };
    const towns: (Record<string, number> | undefined)[] = [{ n: 3, acc: 2, res: 1, st_satisfied: 1 }, { n: 1 }, undefined];
    expect(lessMetrics(county, towns)).toEqual({ n: 1, acc: 1 });
    expect(lessMetrics(undefined, [])).toEqual({});
    expect(county).toEqual({ n: 5, acc: 3, res: 1, st_satisfied: 1 }); // not changed
  });

  test('response rate leaves out opinions received on or after the cut-off day', () => {
    const months: { month: string; cell: Record<string, number> }[] = [
      { month: '2026-02', cell: { asg: 10, rsp: 8 } },
      { month: '2026-03', cell: { asg: 6, rsp: 1, da01: 2, dr01: 1, da10: 2, da20: 2 } },
      { month: '2026-04', cell: { asg: 5, rsp: 0 } },
    ];
    expect(responseRate(months, '2026-03-15')).toEqual({ eligible: 14, responded: 9, rate: 9 / 14, before: '2026-03-15' });
    expect(responseRate(months, '2026-03-10').eligible).toBe(12);
    expect(responseRate([], '2026-03-10').rate).toBeNull();
  });
});

describe('periods', () => {
  test('months between, and the problems a period can have', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
    expect(periodProblem('2026-01', '2026-03', 24)).toBeUndefined();
    expect(periodProblem('2026-03', '2026-01', 24)).toMatch(/不能早于/);
    expect(periodProblem('2026-13', '2026-01', 24)).toMatch(/格式/);
    expect(periodProblem('2020-01', '2026-01', 24)).toMatch(/最长24个月/);
  });
});
