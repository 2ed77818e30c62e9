/**
 * The `$lookup` stage of an aggregate, as the local store answers it (emulator/db-transport.ts)
 * through the genuine database client: equality joins on a plain field, an array local field
 * and an array foreign field, and a missing local value; `$expr` in a query is run, as the
 * cloud runs `Command.expr`.
 */
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import { dbOf } from '../../server/platform/db';

let rt: LocalRuntime;
beforeAll(async () => {
  rt = createRuntime({ dataDir: ':memory:' });
  const setup = await rt.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(setup.message);
  rt.store.insert('users', { _id: 'u-deputy', deputyId: 'lk-d1' });
  rt.store.insert('users', { _id: 'u-resident' });
  rt.store.insert('users', { _id: 'u-staff', staffStationCodes: ['LK1', 'LK2'] });
  rt.store.insert('deputies', { _id: 'lk-d1', name: '甲' });
  rt.store.insert('deputies', { _id: 'lk-d2', name: '乙' });
  rt.store.insert('deputies', { _id: 'lk-d3', name: '丙' });
  rt.store.insert('stations', { _id: 'LK1', deputyIds: ['lk-d2', 'lk-d3', 'lk-missing'] });
});
afterAll(() => rt.close());

const db = () => dbOf(rt.ports);

test('a plain local field joins the document it names, and nothing when it is missing', async () => {
  const joined = async (openid: string) =>
    (
      await db()
        .collection('users')
        .aggregate()
        .match({ _id: openid })
        .lookup({ from: 'deputies', localField: 'deputyId', foreignField: '_id', as: 'deputy' })
        .end()
    ).list as { _id: string; deputy: { _id: string; name: string }[] }[];
  expect(await joined('u-deputy')).toEqual([{ _id: 'u-deputy', deputyId: 'lk-d1', deputy: [{ _id: 'lk-d1', name: '甲' }] }]);
  expect(await joined('u-resident')).toEqual([{ _id: 'u-resident', deputy: [] }]);
});

test('an array local field joins every document it names that exists', async () => {
  const { list } = await db()
    .collection('stations')
    .aggregate()
    .match({ _id: 'LK1' })
    .lookup({ from: 'deputies', localField: 'deputyIds', foreignField: '_id', as: 'deputies' })
    .end();
  const names = (list[0] as { deputies: { name: string }[] }).deputies.map((d) => d.name).sort();
  expect(names).toEqual(['丙', '乙']);
});

test('an array foreign field joins the documents whose array holds the local value', async () => {
  const { list } = await db()
    .collection('stations')
    .aggregate()
    .match({ _id: 'LK1' })
    .lookup({ from: 'users', localField: '_id', foreignField: 'staffStationCodes', as: 'staff' })
    .project({ staff: '$staff._id' })
    .end();
  expect(list).toEqual([{ _id: 'LK1', staff: ['u-staff'] }]);
});

test('$expr compares two fields of the same document', async () => {
  rt.store.insert('counters', { _id: 'lk-a', value: 3, cap: 5 });
  rt.store.insert('counters', { _id: 'lk-b', value: 7, cap: 5 });
  const _ = db().command;
  const { data } = await db()
    .collection('counters')
    .where(_.and([{ _id: _.in(['lk-a', 'lk-b']) }, _.expr(_.aggregate.gt(['$value', '$cap']))]) as object)
    .get();
  expect(data.map((d) => d._id)).toEqual(['lk-b']);
});
