import { Query } from 'mingo';
import { simpleMatcher } from '../../emulator/simple-match';

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}
const at = new Date(Date.UTC(2026, 10, 26));

describe('simpleMatcher', () => {
  it('decides equality, $in, $exists and ranges on dotted paths as mingo does, over 3,000 generated cases', () => {
    const r = rng(11);
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
    const values = [1, 2, 0, -1.5, 'a', 'b', '', '住房', true, false, null, undefined, at, new Date(at.getTime() + 1), [1, 'a'], { x: 1 }];
    const later = new Date(at.getTime() + 1);
    const conds = [
      1, 'a', true, null, 0, '', { $in: [1, 'a'] }, { $in: [2] }, { $exists: true }, { $exists: false },
      { $gt: 1 }, { $gte: 0, $lt: 2 }, { $lte: 'a' }, { $gt: '' }, { $gte: at }, { $lt: later }, { $gt: at, $lte: later }, { $lt: 0 },
    ];
    let decided = 0;
    let ranges = 0;
    for (let i = 0; i < 3000; i++) {
      const doc: Record<string, unknown> = { _id: `d${i}`, a: pick(values), s: pick(values), o: pick([{ p: pick(values) }, undefined, 3, [{ p: 1 }]]), 状态: pick(values) };
      for (const k of Object.keys(doc)) if (doc[k] === undefined) delete doc[k];
      const query: Record<string, unknown> = {};
      for (let j = 0; j < 1 + Math.floor(r() * 3); j++) query[pick(['a', 's', 'o.p', '状态', 'missing'])] = pick(conds);
      const match = simpleMatcher(query);
      expect(match).toBeDefined();
      const ours = match!(doc);
      if (ours === undefined) continue;
      decided++;
      if (Object.values(query).some((c) => c && typeof c === 'object' && Object.keys(c).some((k) => ['$gt', '$gte', '$lt', '$lte'].includes(k)))) ranges++;
      const theirs = new Query(query).test(doc);
      expect({ case: i, query, doc, match: ours }).toEqual({ case: i, query, doc, match: theirs });
    }
    expect(decided).toBeGreaterThan(1500);
    expect(ranges).toBeGreaterThan(300); // ranges between values of one type are decided here too
  });

  it('leaves other operators, regexes, dates and objects to mingo', () => {
    for (const q of [{ n: { $gt: [1] } }, { n: { $gt: null } }, { n: { $gt: 1, $ne: 2 } }, { n: /a/ }, { at }, { o: { p: 1 } }, { n: { $in: [{ x: 1 }] } }, { 'list.0': 1 }, { $or: [{ a: 1 }] }]) {
      expect(simpleMatcher(q as Record<string, unknown>)).toBeUndefined();
    }
  });
});
