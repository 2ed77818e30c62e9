import { cellsDifference, storedCells } from '../../core/stats/counter-diff';

describe('counter documents compared with their opinions', () => {
  const stored = {
    _id: 'r:430104:2026-11',
    kind: 'r',
    key: '430104',
    month: '2026-11',
    w: 7,
    a: { n: 3, acc: 1 },
    c: { 教育: { n: 1 }, 住房物业: { n: 2 } },
    g: { 430104: { n: 3 }, 430104001: { n: 0 } },
  };

  it('reads the cells flat and leaves the document fields out', () => {
    expect(storedCells(stored)).toEqual({
      a: { n: 3, acc: 1 },
      'c.教育': { n: 1 },
      'c.住房物业': { n: 2 },
      'g.430104': { n: 3 },
      'g.430104001': { n: 0 },
    });
  });

  it('answers what the stored cells must move by, zeros left out', () => {
    const expected = { a: { n: 4, acc: 1 }, 'c.教育': { n: 2 }, 'c.住房物业': { n: 2 }, 'g.430104': { n: 4 }, 'l.county': { n: 1 } };
    expect(cellsDifference(expected, storedCells(stored))).toEqual({
      a: { n: 1 },
      'c.教育': { n: 1 },
      'g.430104': { n: 1 },
      'l.county': { n: 1 },
    });
    expect(cellsDifference(undefined, { a: { n: 2 } })).toEqual({ a: { n: -2 } }); // no opinion left: back to zero
    expect(cellsDifference(storedCells(stored), storedCells(stored))).toEqual({});
  });
});
