import { EJSON } from 'bson';
import { update as mingoUpdate } from 'mingo';
import { applySimpleUpdate } from '../../emulator/simple-update';

/** A small seeded generator, so a failure names the case that broke. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const at = new Date(Date.UTC(2026, 10, 26));

describe('applySimpleUpdate', () => {
  it('applies $set, $inc, $push and $unset on dotted paths as mingo does, over 2,000 generated cases', () => {
    const r = rng(7);
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
    const paths = ['a', 'b', 'n', 'c.d', 'c.e', 'c.f.g', 'list', 'h', 'c.教育.n', '住房物业', 'g.430104.n', 'g.5', 'list.0', 'c.0.d'];
    const values = [1, 0, -2.5, 'x', '', null, true, at, [1, 2], { k: 'v' }];
    let simple = 0;
    for (let i = 0; i < 2000; i++) {
      const doc: Record<string, unknown> = { _id: 'x', a: pick(values), n: pick([1, 5, undefined, 'str']), c: pick([{ d: 1 }, { f: { g: 2 } }, undefined, 3, [{ d: 1 }]]), list: pick([[1], [], undefined, 'no', { 0: 'k' }]), g: pick([{ 430104: { n: 2 } }, { 5: 1 }, [0, 1], undefined]) };
      for (const k of Object.keys(doc)) if (doc[k] === undefined) delete doc[k];
      const modifier: Record<string, Record<string, unknown>> = {};
      const used = new Set<string>();
      for (let j = 0; j < 1 + Math.floor(r() * 3); j++) {
        const op = pick(['$set', '$inc', '$push', '$unset']);
        const path = pick(paths);
        if (used.has(path)) continue;
        used.add(path);
        const value = op === '$inc' ? pick([1, -1, 0, 2.5]) : op === '$push' ? pick([{ $each: [pick(values)] }, pick(values), { $each: [] }]) : op === '$unset' ? '' : pick(values);
        (modifier[op] ??= {})[path] = value;
      }
      const ours = structuredClone(doc);
      const result = applySimpleUpdate(ours, modifier);
      if (result === undefined) {
        expect(ours).toEqual(doc); // refused before touching anything
        continue;
      }
      simple++;
      const theirs = structuredClone(doc);
      const changedFields = mingoUpdate(theirs, modifier as never, undefined, undefined, { cloneMode: 'deep' });
      expect({ case: i, doc: ours }).toEqual({ case: i, doc: theirs });
      // Updated means the stored form changed (as the store counts it, and the database); mingo also
      // reports a field set to an equal array as changed.
      expect({ case: i, changed: result }).toEqual({ case: i, changed: EJSON.stringify(theirs) !== EJSON.stringify(doc) });
      if (changedFields.length === 0) expect(result).toBe(false);
    }
    expect(simple).toBeGreaterThan(1000); // most generated cases take the direct path
  });

  it('leaves operators and paths outside the subset to mingo', () => {
    const doc = { _id: 'x', list: [{ n: 1 }], n: 'str' };
    expect(applySimpleUpdate(doc, { $addToSet: { list: 1 } })).toBeUndefined();
    expect(applySimpleUpdate(doc, { $set: { 'list.0.n': 2 } })).toBeUndefined(); // into an array
    expect(applySimpleUpdate(doc, { $set: { 'a.$.n': 2 } })).toBeUndefined();
    expect(applySimpleUpdate(doc, { $inc: { n: 1 } })).toBeUndefined();
    expect(applySimpleUpdate(doc, { $push: { list: { $each: [1], $slice: -1 } } })).toBeUndefined();
    expect(applySimpleUpdate(doc, { $set: { a: 1 }, $inc: { a: 1 } })).toBeUndefined();
    expect(applySimpleUpdate(doc, { $set: { 'a.b': 1, a: 2 } })).toBeUndefined();
    expect(doc).toEqual({ _id: 'x', list: [{ n: 1 }], n: 'str' });
  });

  it('treats digits as field names where the path runs through objects (region-coded counters)', () => {
    const doc: Record<string, unknown> = { _id: 'x', g: { 430104: { n: 2 } } };
    expect(applySimpleUpdate(doc, { $inc: { 'g.430104.n': 1, 'g.430105.n': 1 } })).toBe(true);
    expect(doc).toEqual({ _id: 'x', g: { 430104: { n: 3 }, 430105: { n: 1 } } });
  });

  it('copies what it stores, so one value pushed into many documents is not shared', () => {
    const value = { at, tags: ['x'] };
    const one: Record<string, unknown> = { _id: '1' };
    const two: Record<string, unknown> = { _id: '2' };
    applySimpleUpdate(one, { $push: { log: { $each: [value] } } });
    applySimpleUpdate(two, { $push: { log: { $each: [value] } } });
    (one.log as { tags: string[] }[])[0].tags.push('y');
    expect((two.log as { tags: string[] }[])[0].tags).toEqual(['x']);
  });
});
