/**
 * 附议 (issue 25, decision 0036): similar open cases while writing — only those their residents
 * published, never one's own, redacted, in three round trips — joining one (once, however often
 * sent; refused for one's own, unpublished, held or closed cases; counted once, moving no
 * statistic), leaving it, following it (the list, the redacted view, messages of its progress to
 * every seconder, once), a count settled after a stop, and the seconder's data exported and erased.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromBeijing } from '../../core/beijing-time';
import type { OpinionDoc } from '../../server/model';
import { insertSecond, secondIdOf, type SecondDoc } from '../../server/similar/seconds.repo';
import { settleSeconds } from '../../server/similar/second';
import { COUNTY_DEPUTY, STAFF_WYH, startLocal, type Local } from '../support/local';
import { ADMIN, grant, messages, outbox } from './notifications-support';

jest.setTimeout(60_000);

// Monday 2026-11-30 10:00 Beijing.
const MONDAY = fromBeijing('2026-11-30', '10:00');
const PHOTO = readFileSync(path.resolve(__dirname, '../fixtures/elevator.png'));

const AUTHOR = 'second-author';
const WRITER = 'second-writer';
const OTHER = 'second-other';
const ELEVATOR = '望月湖小区3栋电梯坏了一个星期，老人上下楼很困难，物业电话13912345678，一直没人接。';
const WRITING = '望月湖小区3栋电梯好几天不动了，没人来修';

const opinion = (t: Local, id: string) => t.doc<OpinionDoc>('opinions', id);
const seconds = (t: Local) => t.docs<SecondDoc>('seconds');
/** Every statistic the product keeps: a 附议 is not a received opinion and moves none of them. */
const statistics = (t: Local) => JSON.stringify([t.docs('stats'), t.docs('deputystats')]);

/** A published (consented) case of AUTHOR's, with the county deputy, accepted or not. */
async function published(t: Local, extra: Record<string, unknown> = {}, openid = AUTHOR) {
  const r = await t.submit({ text: ELEVATOR, consentPublish: true, chosenDeputyId: 'd-county-1', ...extra }, openid);
  await t.relay();
  return r.id as string;
}

const similar = (t: Local, openid = WRITER, text = WRITING) => t.ok('opinion', 'similar', { stationCode: 'WYH01', text }, openid);
const second = (t: Local, id: string, openid: string) => t.ok('opinion', 'second', { id, requestId: t.requestId() }, openid);

describe('similar cases while writing', () => {
  test('only open cases of others their residents published, redacted, in three round trips', async () => {
    const t = await startLocal(MONDAY);
    const shown = await published(t);
    const unpublished = await published(t, { consentPublish: false }, 'second-author-2');
    const own = await published(t, {}, WRITER);
    const withdrawn = await published(t, {}, 'second-author-3');
    await t.ok('opinion', 'withdraw', { id: withdrawn }, 'second-author-3');
    const held = await published(t, { photos: [await t.upload(PHOTO, 'second-author-4')] }, 'second-author-4');
    expect(opinion(t, held).status).toBe('held');
    await similar(t); // the writer agrees to the notice on this first call (t.ok)

    const before = t.dbRequests();
    const { items } = await similar(t);
    // Who is calling, the station with its regions, one indexed read of the county.
    expect(t.dbRequests() - before).toBe(3);
    const ids = items.map((i) => i.id);
    expect(ids).toContain(shown);
    for (const hidden of [unpublished, own, withdrawn, held]) expect(ids).not.toContain(hidden);
    expect(items.length).toBeLessThanOrEqual(3);
    const item = items.find((i) => i.id === shown)!;
    // Redacted as the showcase is: the phone and the building number masked.
    expect(item.excerpt).toContain('[电话]');
    expect(item.excerpt).not.toContain('13912345678');
    expect(item.excerpt).toContain('*栋');
    expect(item).toMatchObject({ statusLabel: '待代表受理', secondCount: 0, stationName: '望月湖街道人大代表联络站', createdLabel: '今天' });
    expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['phone', 'openid', 'trackingNo']));
    t.close();
  });

  test('a text of a few characters, or a station that is not there, is refused with its code and nothing is written', async () => {
    const t = await startLocal(MONDAY);
    await published(t);
    await similar(t);
    const before = await t.snapshot();
    expect((await t.refused('opinion', 'similar', { stationCode: 'WYH01', text: '电梯坏了' }, WRITER)).code).toBe('SIMILAR_TEXT_SHORT');
    expect((await t.refused('opinion', 'similar', { stationCode: 'NOPE01', text: WRITING }, WRITER)).code).toBe('STATION_NOT_FOUND');
    expect(await t.snapshot()).toBe(before);
    t.close();
  });

  test('a resident may look up a bounded number of times a minute', async () => {
    const t = await startLocal(MONDAY);
    await similar(t, 'second-eager');
    let refused: { code?: string } | undefined;
    for (let i = 0; i < 25 && !refused; i++) {
      const r = await t.call('opinion', { action: 'similar', payload: { stationCode: 'WYH01', text: `${WRITING}${i}` } }, 'second-eager');
      if (!r.ok) refused = r;
    }
    expect(refused?.code).toBe('RATE_LIMITED');
    t.clock.set(new Date(MONDAY.getTime() + 61_000));
    await similar(t, 'second-eager');
    t.close();
  });
});

describe('joining a case (附议)', () => {
  test('once however often sent, counted once, no event on the case and no statistic moved; leaving counts down once', async () => {
    const t = await startLocal(MONDAY);
    const id = await published(t);
    const stats = statistics(t);
    const before = opinion(t, id);

    const first = await second(t, id, WRITER);
    expect(first).toEqual({ id, seconded: true, duplicate: false, secondCount: 1 });
    const again = await second(t, id, WRITER);
    expect(again).toEqual({ id, seconded: true, duplicate: true, secondCount: 1 });
    expect(seconds(t)).toEqual([expect.objectContaining({ _id: secondIdOf(id, WRITER), opinionId: id, openid: WRITER, stationCode: 'WYH01', state: 'joined' })]);
    const after = opinion(t, id);
    expect(after.secondCount).toBe(1);
    // Not a change of the case: no event, no version, nothing for the relay.
    expect(after).toMatchObject({ version: before.version, timeline: before.timeline, notifyPending: false });
    expect(new Date(after.updatedAt)).toEqual(new Date(before.updatedAt));
    await t.relay();
    expect(statistics(t)).toBe(stats);

    expect(await t.ok('opinion', 'unsecond', { id }, WRITER)).toEqual({ id, seconded: false, duplicate: false, secondCount: 0 });
    expect(await t.ok('opinion', 'unsecond', { id }, WRITER)).toEqual({ id, seconded: false, duplicate: true, secondCount: 0 });
    expect(seconds(t)).toEqual([]);
    expect(opinion(t, id).secondCount).toBe(0);
    await t.relay();
    expect(statistics(t)).toBe(stats);
    t.close();
  });

  test('residents joining at once are each counted', async () => {
    const t = await startLocal(MONDAY);
    const id = await published(t);
    const who = ['second-p1', 'second-p2', 'second-p3', 'second-p4'];
    await Promise.all(who.map((openid) => second(t, id, openid)));
    expect(opinion(t, id).secondCount).toBe(4);
    expect(seconds(t).map((s) => s.state)).toEqual(['joined', 'joined', 'joined', 'joined']);
    t.close();
  });

  test('refused for one’s own case, an unpublished, held or closed one, an unknown id and without the privacy agreement; nothing written', async () => {
    const t = await startLocal(MONDAY);
    const own = await published(t);
    const unpublished = await published(t, { consentPublish: false }, 'second-author-2');
    const held = await published(t, { photos: [await t.upload(PHOTO, 'second-author-4')] }, 'second-author-4');
    const withdrawn = await published(t, {}, 'second-author-3');
    await t.ok('opinion', 'withdraw', { id: withdrawn }, 'second-author-3');
    await similar(t); // WRITER agreed
    const before = await t.snapshot();
    const refusal = async (id: string, openid = WRITER) => (await t.refused('opinion', 'second', { id, requestId: t.requestId() }, openid)).code;
    expect(await refusal(own, AUTHOR)).toBe('SECOND_OWN');
    expect(await refusal(unpublished)).toBe('SECOND_NOT_ALLOWED');
    expect(await refusal(held)).toBe('SECOND_NOT_ALLOWED');
    expect(await refusal(withdrawn)).toBe('SECOND_CLOSED');
    expect(await refusal('op0000000000000000000000000000')).toBe('OPINION_NOT_FOUND');
    expect(await refusal(own, 'second-never-agreed')).toBe('PRIVACY_NOT_AGREED');
    expect(await t.snapshot()).toBe(before);
    t.close();
  });

  test('a join stopped before its count is finished by the same request again, or by the scheduler', async () => {
    const t = await startLocal(MONDAY);
    const id = await published(t);
    const stopped = (openid: string): SecondDoc => {
      const now = t.clock.now();
      return { _id: secondIdOf(id, openid), opinionId: id, openid, requestId: 'stopped-0001', stationCode: 'WYH01', regionPath: opinion(t, id).regionPath, state: 'joining', createdAt: now, updatedAt: now };
    };
    // The document written, the function stopped: the count does not say it yet.
    await insertSecond(t.ports, stopped(WRITER));
    await insertSecond(t.ports, stopped(OTHER));
    expect(opinion(t, id).secondCount).toBeUndefined();
    // The same resident sends it again: finished, once.
    await similar(t);
    expect(await second(t, id, WRITER)).toEqual({ id, seconded: true, duplicate: true, secondCount: 2 });
    // The other never comes back: the scheduler settles it once it is two minutes old.
    expect(await settleSeconds(t.ports)).toBe(0);
    t.clock.set(new Date(MONDAY.getTime() + 3 * 60_000));
    await t.ok('scheduler', 'tick', {}, ADMIN);
    expect(seconds(t).map((s) => s.state)).toEqual(['joined', 'joined']);
    expect(opinion(t, id).secondCount).toBe(2);
    expect(await settleSeconds(t.ports)).toBe(0);
    t.close();
  });
});

describe('following a joined case', () => {
  test('the list marks it, the view is redacted without contact, photos or conversation; others cannot read it', async () => {
    const t = await startLocal(MONDAY);
    const id = await published(t, { photos: [] });
    await second(t, id, WRITER);
    await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
    await t.ok('deputy', 'needInfo', { id, question: '请问是哪个单元？您的电话是13912345678吗？' }, COUNTY_DEPUTY);

    const list = await t.ok('opinion', 'seconded', {}, WRITER);
    expect(list.total).toBe(1);
    expect(list.items).toEqual([expect.objectContaining({ id, statusLabel: '待补充情况', secondCount: 1 })]);
    expect(list.items[0].excerpt).not.toContain('13912345678');

    const view = await t.ok('opinion', 'secondedDetail', { id }, WRITER);
    expect(view).toMatchObject({ id, mine: false, canLeave: true, secondCount: 1, statusLabel: '待补充情况' });
    expect(view.text).toContain('[电话]');
    const json = JSON.stringify(view);
    for (const hidden of ['13912345678', '请问是哪个单元', 'photos', 'phone', 'conversation', 'trackingNo']) expect(json).not.toContain(hidden);
    expect(view.timeline.every((e) => e.note === undefined)).toBe(true);
    expect(view.timeline.map((e) => e.action)).toContain('accept');
    expect(view.timeline.map((e) => e.action)).not.toContain('need_info');

    expect((await t.refused('opinion', 'secondedDetail', { id }, OTHER)).code).toBe('OPINION_NOT_FOUND');
    expect(await t.ok('opinion', 'secondedDetail', { id }, AUTHOR)).toMatchObject({ mine: true, canLeave: false });
    // The author's own list shows how many joined.
    expect((await t.ok('opinion', 'mine', {}, AUTHOR)).items.find((o) => o.id === id)?.secondCount).toBe(1);
    t.close();
  });

  test('the count reaches the deputy (inbox and case) and staff (queue and case page)', async () => {
    const t = await startLocal(MONDAY);
    const id = await published(t);
    await second(t, id, WRITER);
    await second(t, id, OTHER);
    const inbox = await t.ok('deputy', 'inbox', {}, COUNTY_DEPUTY);
    expect(inbox.items.find((o) => o.id === id)?.secondCount).toBe(2);
    expect((await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY)).secondCount).toBe(2);
    const queue = await t.ok('staff', 'queue', { view: 'open' }, STAFF_WYH);
    expect(queue.items.find((o) => o.id === id)?.secondCount).toBe(2);
    expect((await t.ok('staff', 'case', { id }, STAFF_WYH)).secondCount).toBe(2);
    t.close();
  });

  test('seconders are told when it is accepted, answered and resolved — with a credit, once, never the author’s words', async () => {
    const t = await startLocal(MONDAY);
    const id = await published(t);
    await grant(t, WRITER, 'opinion_progress', 2);
    await grant(t, WRITER, 'opinion_result');
    await second(t, id, WRITER);
    await second(t, id, OTHER); // no credit: skipped, shown in the app
    await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
    await t.relay();
    const page = `packages/resident/pages/seconded/index?id=${id}`;
    const [accepted] = messages(t, WRITER, 'opinion_progress');
    expect(accepted).toMatchObject({ page });
    expect(accepted.data.thing3.value).toBe('您附议的意见已受理，正在办理');
    expect(accepted.data.character_string1.value).toBe(opinion(t, id).trackingNo);
    expect(outbox(t).filter((e) => e.openid === OTHER)).toEqual([expect.objectContaining({ state: 'skipped', page })]);

    // The relay again: nothing new.
    const entries = outbox(t).length;
    await t.relay();
    expect(outbox(t).length).toBe(entries);

    await t.ok('deputy', 'reply', { id, text: '王阿姨您好，已联系物业，电梯本周内修好，有事打我电话13800001111。' }, COUNTY_DEPUTY);
    await t.ok('deputy', 'resolve', { id, kind: 'solved', text: '电梯已修复，物业承诺每月检修。' }, COUNTY_DEPUTY);
    await t.relay();
    const told = messages(t, WRITER);
    expect(told.map((m) => m.templateKey)).toEqual(['opinion_progress', 'opinion_progress', 'opinion_result']);
    const words = JSON.stringify(told);
    expect(words).not.toContain('王阿姨');
    expect(words).not.toContain('13800001111');
    expect(words).not.toContain('老人上下楼');
    // One message per event and seconder, whatever ran twice.
    const keys = outbox(t).filter((e) => e.openid === WRITER).map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    // The result as the seconder reads it.
    expect((await t.ok('opinion', 'secondedDetail', { id }, WRITER)).resolution).toMatchObject({ kindLabel: '已解决', text: '电梯已修复，物业承诺每月检修。' });
    t.close();
  });
});

describe('the seconder’s data', () => {
  test('is in their export, and erasing their data leaves every case they joined, each counted down once', async () => {
    const t = await startLocal(MONDAY);
    const a = await published(t);
    const b = await published(t, { text: '望月湖小区3栋楼道灯坏了一个月，晚上上下楼看不见。' }, 'second-author-2');
    await second(t, a, WRITER);
    await second(t, b, WRITER);
    await second(t, a, OTHER);
    const exported = await t.ok('opinion', 'exportMine', {}, WRITER);
    expect(exported.seconds?.map((s) => s.id).sort()).toEqual([a, b].sort());

    await t.ok('opinion', 'deleteMine', { confirm: true }, WRITER);
    expect(seconds(t).map((s) => s.openid)).toEqual([OTHER]);
    expect(opinion(t, a).secondCount).toBe(1);
    expect(opinion(t, b).secondCount).toBe(0);
    expect(JSON.stringify(seconds(t))).not.toContain(WRITER);
    t.close();
  });
});
