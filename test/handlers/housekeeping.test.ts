import { runHousekeeping } from '../../server/opinions/jobs/housekeeping';
import { runRepairs } from '../../server/opinions/jobs/repairs';
import { COUNTY_DEPUTY, RESIDENT, startLocal } from '../support/local';
import { dbOf } from '../../server/platform/db';

const DAY = 86_400_000;

describe('housekeeping by the scheduler', () => {
  test('a resolved opinion nobody rates is closed after 15 days, through the table', async () => {
    const t = await startLocal();
    const { id } = await t.submit({ chosenDeputyId: 'd-county-1' });
    await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '已修复完成，感谢反映。' }, COUNTY_DEPUTY);
    t.clock.advance(14 * DAY);
    expect((await runHousekeeping(t.ports)).autoClosed).toBe(0);
    t.clock.advance(2 * DAY);
    expect((await runHousekeeping(t.ports)).autoClosed).toBe(1);
    const d = await t.ok('opinion', 'detail', { id }, RESIDENT);
    expect(d.status).toBe('closed');
    expect(d.timeline.at(-1)).toMatchObject({ action: 'close', from: 'resolved', to: 'closed' });
    t.close();
  });

  test('contact data of a finished case is erased after 365 days; open cases keep it', async () => {
    const t = await startLocal();
    const done = await t.submit({ text: '这是一条已经撤回的意见', phone: '13811112222' });
    await t.ok('opinion', 'withdraw', { id: done.id }, RESIDENT);
    const open = await t.submit({ text: '这是一条还在办理中的意见', phone: '13833334444' });
    t.clock.advance(366 * DAY);
    const r = await runRepairs(t.ports);
    expect(r.contactErased).toBe(1);
    expect(t.doc<{ phone?: string }>('opinions', done.id).phone).toBeUndefined();
    expect(t.doc<{ phone?: string }>('opinions', open.id).phone).toBe('13833334444');
    t.close();
  });

  test('an opinion left submitted (released, not routed) is routed by the repair', async () => {
    const t = await startLocal();
    const { id } = await t.submit({});
    await dbOf(t.ports).collection('opinions').doc(id).update({ data: { status: 'submitted' } });
    t.clock.advance(5 * 60_000);
    expect((await runRepairs(t.ports)).routed).toBe(1);
    expect(['assigned', 'triage']).toContain(t.doc<{ status: string }>('opinions', id).status);
    t.close();
  });
});
