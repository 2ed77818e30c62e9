/**
 * The one write pipeline of opinions (decision 0020): `changeOpinion` writes and the request
 * answers; `afterOpinionWrite` does what follows on the document in hand — relay, open load,
 * statistics — once per (opinion, version), from the relay's sweep (the scheduler's minute
 * trigger, server/scheduler/relay.ts; `t.relay()` here).
 *
 * Reads are counted at the database client's transport (test/support/db-count.ts): every
 * request the SDK sends, as the cloud would receive it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPEN_STATUSES } from '../../core/opinion-status';
import type { DeputyDoc, OpinionDoc } from '../../server/model';
import { rebuildStats } from '../../server/dashboard/rebuild';
import { afterOpinionWrite, afterOpinionWriteOf } from '../../server/opinions/after-write';
import { sweepPending } from '../../server/opinions/sweep-pending';
import { runTick } from '../../server/scheduler/tick';
import { changeOpinion, type Written } from '../../server/opinions/change-opinion';
import { opinionIdFor } from '../../server/platform/request-key';
import { counted } from '../support/db-count';
import { hooked, stopAt } from '../support/db-hooks';
import { holdVerdicts } from '../support/held-verdicts';
import { COUNTY_DEPUTY, RESIDENT, startLocal, type Local } from '../support/local';
import { assertNoDuplicates, grant, messages, outbox, tick } from './notifications-support';

jest.setTimeout(30_000);
const PHOTO = readFileSync(path.join(__dirname, '../fixtures/elevator.png'));
const DEPUTY_ID = 'd-county-1';

let t: Local;
beforeEach(async () => {
  t = await startLocal();
  holdVerdicts(t); // image verdicts arrive only when a test delivers them: nothing runs in the background
});
afterEach(() => t.close());

const opinion = (id: string) => t.doc<OpinionDoc & { openLoadOf?: string }>('opinions', id);
const openCount = () => t.doc<DeputyDoc>('deputies', DEPUTY_ID).openCount ?? 0;
const heldOpen = () =>
  t.docs<OpinionDoc>('opinions').filter((o) => o.assigneeDeputyId === DEPUTY_ID && OPEN_STATUSES.includes(o.status)).length;
const results = () => messages(t, RESIDENT, 'opinion_result');
/** The outbox entries of the opinion's result message (written by the step, sent by the relay's drain). */
const resultEntries = (id: string) => outbox(t).filter((e) => e.opinionId === id && e.templateKey === 'opinion_result');

/** The counters as a rebuild from the opinions would make them (`w`, the write count, left out). */
function sortedStats(): string {
  const sort = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)]))
      : v;
  const cells = t.store.scan('stats', []).map(({ w: _w, ...rest }) => sort(rest) as { _id: string });
  return JSON.stringify(cells.sort((a, b) => a._id.localeCompare(b._id)));
}
/** The counters agree with every opinion's facts, each counted once. */
async function expectStatsExact() {
  const kept = sortedStats();
  expect((await rebuildStats(t.ports)).factsUpdated).toBe(0);
  expect(sortedStats()).toBe(kept);
}

/** An opinion 李红梅 holds and accepted, its steps done; the resident may receive its result once. */
async function acceptedOpinion(): Promise<string> {
  const { id } = await t.submit({ chosenDeputyId: DEPUTY_ID, text: '路灯坏了一个月没人修' });
  await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
  await t.relay();
  await grant(t, RESIDENT, 'opinion_result');
  return id;
}

/** The resolve written alone (the write only): what the after-write step then works on. */
const resolveWritten = (id: string, ports = t.ports): Promise<Written> =>
  changeOpinion(ports, id, () => ({
    to: 'resolved',
    mover: 'deputy',
    actor: { role: 'deputy', id: DEPUTY_ID },
    action: 'resolve',
    note: '已解释：路灯已修好',
    set: { resultKind: 'explained', resultText: '路灯已修好', resolvedAt: t.clock.now() },
  }));

describe('round trips per request (issue 19): the write, and nothing after it before the answer', () => {
  test('a submit with three photos and a chosen deputy: at most 8 requests, and no read of the opinion (a retry is found among the resident\'s day)', async () => {
    const photos = [await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT)];
    const requestId = t.requestId();
    const payload = { stationCode: 'WYH01', category: '住房物业' as const, text: '小区门口井盖破损很危险', photos, chosenDeputyId: DEPUTY_ID, requestId };
    const { count } = await counted(() => t.ok('opinion', 'submit', payload, RESIDENT));
    expect(count.requests.length).toBeLessThanOrEqual(8);
    expect(count.readsOf('opinions', opinionIdFor(RESIDENT, requestId))).toBe(0);
    expect(count.byCollection().mediachecks).toBe(1); // the three checks in one insert
    // The same request again answers the same opinion, found without reading it by id.
    const again = await counted(() => t.ok('opinion', 'submit', payload, RESIDENT));
    expect(again.result.id).toBe(opinionIdFor(RESIDENT, requestId));
    expect(t.docs<OpinionDoc>('opinions').filter((o) => o._id === again.result.id)).toHaveLength(1);
  });

  test('a submit routed at once answers after its insert; the relay counts and notifies it', async () => {
    const requestId = t.requestId();
    const payload = { stationCode: 'WYH01', category: '住房物业' as const, text: '小区路口红绿灯时间太短', chosenDeputyId: DEPUTY_ID, requestId };
    const load = openCount();
    const { count } = await counted(() => t.ok('opinion', 'submit', payload, RESIDENT));
    expect(count.requests.length).toBeLessThanOrEqual(8);
    // One insert of the opinion and its deputy's open load (the next case's routing must see
    // it); no outbox entry or statistics before the answer.
    expect(count.requests.filter((r) => r.action === 'insertDocument' && r.collection === 'opinions')).toHaveLength(1);
    expect(count.requests.filter((r) => r.collection === 'deputies')).toHaveLength(1);
    expect(count.requests.filter((r) => ['outbox', 'stats'].includes(r.collection))).toEqual([]);
    const id = opinionIdFor(RESIDENT, requestId);
    expect(opinion(id)).toMatchObject({ status: 'assigned', notifyPending: true, openLoadOf: DEPUTY_ID });
    expect(openCount()).toBe(load + 1);
    expect(outbox(t).filter((e) => e.opinionId === id)).toHaveLength(0);
    await t.relay();
    expect(opinion(id)).toMatchObject({ status: 'assigned', notifyPending: false, openLoadOf: DEPUTY_ID });
    expect(openCount()).toBe(load + 1); // counted once
    expect(outbox(t).filter((e) => e.opinionId === id && e.templateKey === 'opinion_new')).toHaveLength(1);
  });

  test("a deputy's accept and reply: at most 5 requests, the opinion read once each (the holder check is the write's first read)", async () => {
    const { id } = await t.submit({ chosenDeputyId: DEPUTY_ID, text: '小区垃圾清运很不及时了' });
    const accept = await counted(() => t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY));
    expect(accept.count.readsOf('opinions', id)).toBe(1);
    expect(accept.count.requests.length).toBeLessThanOrEqual(5);
    const reply = await counted(() => t.ok('deputy', 'reply', { id, text: '已联系街道办，本周内安排清运，请您留意。' }, COUNTY_DEPUTY));
    expect(reply.count.readsOf('opinions', id)).toBe(1);
    expect(reply.count.requests.length).toBeLessThanOrEqual(5);
    expect(opinion(id)).toMatchObject({ status: 'replied', notifyPending: true });
    await t.relay();
    expect(opinion(id)).toMatchObject({ status: 'replied', notifyPending: false, notifiedEvents: opinion(id).timeline.length });
  });
});

describe('the after-write step, once per version', () => {
  test('run twice for the same version: the second run changes nothing', async () => {
    const id = await acceptedOpinion();
    const load = openCount();
    const { before, after } = await resolveWritten(id);
    expect(opinion(id).notifyPending).toBe(true);

    await afterOpinionWrite(t.ports, before, after);
    expect(opinion(id)).toMatchObject({ notifyPending: false, notifiedEvents: after.timeline.length, openLoadOf: '' });
    expect(openCount()).toBe(load - 1);
    expect(resultEntries(id)).toHaveLength(1);
    const once = await t.snapshot();

    // Again with the same documents in hand (stale now), and as the sweep would find it.
    expect(await afterOpinionWrite(t.ports, before, after)).toEqual([]);
    expect(await afterOpinionWriteOf(t.ports, id)).toEqual([]);
    expect(await t.snapshot()).toBe(once);
    expect(openCount()).toBe(load - 1);
    await t.relay();
    expect(results()).toHaveLength(1);
    await expectStatsExact();
  });

  test('two runs at once for the same version: counted once, sent once', async () => {
    const id = await acceptedOpinion();
    const load = openCount();
    const { before, after } = await resolveWritten(id);
    await Promise.all([afterOpinionWrite(t.ports, before, after), afterOpinionWrite(t.ports, before, after)]);
    expect(openCount()).toBe(load - 1);
    expect(resultEntries(id)).toHaveLength(1);
    await t.relay();
    expect(results()).toHaveLength(1);
    assertNoDuplicates(t);
    await expectStatsExact();
  });
});

describe('the step and the sweep: no notification lost or doubled', () => {
  test('stopped before its mark, the step is finished by the sweep: one message, counters moved once', async () => {
    const id = await acceptedOpinion();
    const load = openCount();
    const { before, after } = await resolveWritten(id);
    // The function is killed at the step's mark: its entries are in the outbox, nothing else happened.
    const stopped = hooked(t.ports, stopAt((w) => w.collection === 'opinions' && w.kind === 'update' && 'notifiedEvents' in (w.data ?? {})));
    await expect(afterOpinionWrite(stopped, before, after)).rejects.toThrow('function stopped');
    expect(opinion(id).notifyPending).toBe(true);
    expect(outbox(t).filter((e) => e.opinionId === id && e.templateKey === 'opinion_result')).toHaveLength(1);
    expect(results()).toHaveLength(0);
    expect(openCount()).toBe(load);

    expect((await tick(t)).relayed).toBe(1);
    expect(results()).toHaveLength(1);
    expect(opinion(id)).toMatchObject({ notifyPending: false, openLoadOf: '' });
    expect(openCount()).toBe(load - 1);
    // The step run again afterwards (a retry) and the next tick: nothing more.
    await afterOpinionWrite(t.ports, before, after);
    expect((await tick(t)).relayed).toBe(0);
    expect(results()).toHaveLength(1);
    expect(openCount()).toBe(load - 1);
    assertNoDuplicates(t);
    await expectStatsExact();
  });

  test('the step and the sweep at the same moment: one message, counters moved once', async () => {
    const id = await acceptedOpinion();
    const load = openCount();
    const { before, after } = await resolveWritten(id);
    await Promise.all([afterOpinionWrite(t.ports, before, after), sweepPending(t.ports)]);
    await tick(t);
    expect(results()).toHaveLength(1);
    expect(opinion(id).notifyPending).toBe(false);
    expect(openCount()).toBe(load - 1);
    assertNoDuplicates(t);
    await expectStatsExact();
  });

  test('a write whose step never ran is found by the sweep: counted and sent once', async () => {
    const id = await acceptedOpinion();
    const load = openCount();
    await resolveWritten(id); // the process stops right after the write
    expect(results()).toHaveLength(0);
    expect((await tick(t)).relayed).toBe(1);
    expect(results()).toHaveLength(1);
    expect(openCount()).toBe(load - 1);
    expect((await tick(t)).relayed).toBe(0);
    assertNoDuplicates(t);
    await expectStatsExact();
  });

  test('an opinion whose step fails does not stop the sweep or the tick: the others are finished, it is retried next tick', async () => {
    const bad = await acceptedOpinion();
    const { id: good } = await t.submit({ chosenDeputyId: DEPUTY_ID, text: '小区门口的井盖松动了' });
    await t.ok('deputy', 'accept', { id: good }, COUNTY_DEPUTY);
    await grant(t, RESIDENT, 'opinion_result'); // one result message each
    await resolveWritten(bad);
    await resolveWritten(good); // both stopped right after their writes
    // Every attempt at the bad opinion's mark fails (a document the step cannot finish, say).
    const failing = hooked(t.ports, (w) => {
      if (w.collection === 'opinions' && w.kind === 'update' && w.where?._id === bad && 'notifiedEvents' in (w.data ?? {})) throw new Error('cannot finish');
    });
    const report = await runTick(failing);
    expect(report).toMatchObject({ ran: true, relayed: 1 });
    expect(opinion(good).notifyPending).toBe(false);
    expect(opinion(bad).notifyPending).toBe(true);
    // The jobs after the sweep ran: this tick's drain sent both results (the bad opinion's
    // entry was written before its mark failed).
    expect(results()).toHaveLength(2);
    // Once the fault is gone, the next tick finishes it: marked and counted, nothing sent twice.
    expect((await tick(t)).relayed).toBe(1);
    expect(opinion(bad).notifyPending).toBe(false);
    expect(results()).toHaveLength(2);
    expect((await tick(t)).relayed).toBe(0);
    assertNoDuplicates(t);
    await expectStatsExact();
  });
});
