/**
 * Ranges pushed down to the embedded store (emulator/db-transport.ts): a `$lt`/`$gte`… on an
 * indexed date or number only narrows what is read, so a query answers exactly what the
 * database's own comparison would — dates with and without milliseconds in the same second,
 * dates before 1970, missing and null fields, values of another type.
 */
import { Query } from 'mingo';
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import { dbOf } from '../../server/platform/db';

let rt: LocalRuntime;
beforeAll(async () => {
  rt = createRuntime({ dataDir: ':memory:' });
  const setup = await rt.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(setup.message);
});
afterAll(() => rt.close());

const at = (iso: string) => new Date(iso);
const DUE = [
  at('2026-11-30T15:59:59.000Z'),
  at('2026-11-30T15:59:59.400Z'),
  at('2026-11-30T15:59:59.999Z'),
  at('2026-11-30T16:00:00.000Z'),
  at('2026-11-30T16:00:00.001Z'),
  at('1969-07-20T20:17:00.000Z'),
  at('2027-01-01T00:00:00.000Z'),
  null,
  undefined,
  'not a date',
  5,
];

describe('ranges on indexed fields', () => {
  beforeAll(() => {
    DUE.forEach((nextDueAt, i) => {
      rt.store.insert('opinions', {
        _id: `r${i}`,
        ...(nextDueAt === undefined ? {} : { nextDueAt }),
        dueAlertLevel: i % 4,
        statsAt: i % 3 ? at(`2026-11-${String(10 + i).padStart(2, '0')}T08:00:00.250Z`) : 'pending',
      });
    });
  });

  const bounds = [at('2026-11-30T15:59:59.400Z'), at('2026-11-30T16:00:00.000Z'), at('2026-11-30T15:59:59.000Z'), at('1969-12-31T00:00:00.000Z')];
  const queries = (x: Date) => [
    { nextDueAt: { $lt: x } },
    { nextDueAt: { $lte: x } },
    { nextDueAt: { $gt: x } },
    { nextDueAt: { $gte: x } },
    { nextDueAt: { $gt: x, $lt: at('2026-12-01T00:00:00Z') } },
    { nextDueAt: { $lt: x }, dueAlertLevel: { $lt: 3 } },
    { dueAlertLevel: { $gte: 2 } },
    { statsAt: { $gte: x } },
  ];

  test.each(bounds.map((b) => [b.toISOString(), b]))('around %s the answer is the database’s own comparison', async (_label, x) => {
    const _ = dbOf(rt.ports).command as unknown as Record<string, (v: unknown) => unknown>;
    const everything = rt.store.scan('opinions', []);
    for (const q of queries(x)) {
      const expected = new Query(q).find<{ _id: string }>(everything).all().map((d) => d._id).sort();
      const where = Object.fromEntries(
        Object.entries(q).map(([field, cond]) => [
          field,
          Object.entries(cond).map(([op, v]) => _[op.slice(1)](v)).reduce((a, b) => (a as { and(c: unknown): unknown }).and(b)),
        ]),
      );
      const got = await dbOf(rt.ports).collection('opinions').where(where).limit(100).get();
      expect([JSON.stringify(q), got.data.map((d) => (d as { _id: string })._id).sort()]).toEqual([JSON.stringify(q), expected]);
    }
  });
});
