import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime } from '../../server/local/runtime';
import { RESIDENT, startLocal, TUESDAY_SESSION, withHelpers } from '../support/local';
import { dbOf } from '../../server/platform/db';

describe('routing as stored on the opinion', () => {
  test('during a reception session the deputy on duty gets it (fewest open first)', async () => {
    const t = await startLocal(TUESDAY_SESSION);
    const first = await t.submit({ category: '交通出行', text: '小区路口红绿灯时间太短' });
    expect(first.routing.rule).toBe('on_duty');
    const second = await t.submit({ category: '交通出行', text: '小区门口公交站台没有遮雨棚' });
    expect(second.routing.rule).toBe('on_duty');
    const holders = await Promise.all(
      [first.id, second.id].map(async (id) => (await t.ok('opinion', 'detail', { id }, RESIDENT)).assignee?.name),
    );
    expect(new Set(holders)).toEqual(new Set(['李红梅', '周丽']));
    t.close();
  });

  test('a chosen deputy not yet bound to WeChat falls through, and the reason says so', async () => {
    const t = await startLocal();
    const r = await t.submit({ stationCode: 'XJH01', category: '城乡建设', chosenDeputyId: 'd-town-2' });
    const doc = t.store.get('opinions', r.id) as unknown as { routing: { rule: string; notes: string[] }; assigneeDeputyId?: string };
    expect(doc.routing.notes.join()).toContain('尚未绑定微信');
    expect(doc.assigneeDeputyId).not.toBe('d-town-2');
    t.close();
  });

  test('restricted categories go to staff with guidance for the resident', async () => {
    const t = await startLocal();
    const r = await t.submit({ category: '涉法涉诉', chosenDeputyId: 'd-county-1', text: '我的民事案件判决不公，请代表帮忙找法院' });
    expect(r).toMatchObject({ status: 'triage', routing: { rule: 'restricted' } });
    expect(r.guidance).toContain('司法');
    const doc = t.store.get('opinions', r.id) as unknown as { flagged: boolean; assigneeDeputyId?: string; triage: unknown };
    expect(doc).toMatchObject({ flagged: true, triage: { kind: 'staff' } });
    expect(doc.assigneeDeputyId).toBeUndefined();
    t.close();
  });

  test('a station without staff sends triage to the admin of the nearest region above', async () => {
    const t = await startLocal();
    // 咸嘉湖 staff leave; the 岳麓区 admin remains.
    await dbOf(t.ports).collection('users').doc('demo-staff-xjh').remove();
    const r = await t.submit({ stationCode: 'XJH01', category: '医疗卫生' });
    expect(r.status).toBe('triage');
    const doc = t.store.get('opinions', r.id) as unknown as { triage: unknown; routing: { reason: string } };
    expect(doc.triage).toEqual({ kind: 'admin', regionCode: '430104' });
    expect(doc.routing.reason).toContain('岳麓区');
    t.close();
  });
});

describe('writes that stay correct without transactions', () => {
  test('the same request id twice creates one opinion', async () => {
    const t = await startLocal();
    const payload = { stationCode: 'WYH01', category: '其他', text: '小区旁边的公园厕所太少', requestId: 'double-tap-0001' } as const;
    const [a, b] = await Promise.all([
      t.ok('opinion', 'submit', payload, RESIDENT),
      t.ok('opinion', 'submit', payload, RESIDENT),
    ]);
    expect(a.id).toBe(b.id);
    expect(a.trackingNo).toBe(b.trackingNo);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(t.store.count('opinions')).toBe(1);
    // The same request id from someone else is their own opinion.
    const other = await t.ok('opinion', 'submit', payload, 'demo-resident-2');
    expect(other.id).not.toBe(a.id);
    t.close();
  });

  test('concurrent submissions get distinct, consecutive tracking numbers', async () => {
    const t = await startLocal();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => t.submit({ text: `第${i}条意见：小区路灯坏了` })));
    const seqs = results.map((r) => Number(r.trackingNo.split('-')[2])).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    t.close();
  });

  test('50 simultaneous accepts: one wins, one event, others refused cleanly', async () => {
    const t = await startLocal();
    const { id } = await t.submit({ chosenDeputyId: 'd-county-1' });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => t.call('deputy', { action: 'accept', payload: { id } }, 'demo-deputy-county')),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    for (const a of answers.filter((x) => !x.ok)) expect(a).toMatchObject({ code: expect.stringMatching(/^(TRANSITION_NOT_ALLOWED|CONFLICT)$/) });
    const doc = t.store.get('opinions', id) as unknown as { status: string; version: number; timeline: { action: string }[] };
    expect(doc.status).toBe('accepted');
    expect(doc.timeline.filter((e) => e.action === 'accept')).toHaveLength(1);
    expect(doc.version).toBe(2);
    t.close();
  });

  test('adding to a collection that does not exist fails as in WeChat (-502005)', async () => {
    const t = await startLocal();
    await expect(dbOf(t.ports).collection('nonexistent').add({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -502005 });
    expect(t.store.hasCollection('nonexistent')).toBe(false);
    const again = await t.asPlatform('setup', 'init', {});
    expect(again.created).toEqual([]);
    expect(again.existing).toContain('opinions');
    t.close();
  });

  test('the store refuses $where even if a query ever carried it', async () => {
    const t = await startLocal();
    await expect(dbOf(t.ports).collection('opinions').where({ $where: 'true' }).get()).rejects.toBeTruthy();
    t.close();
  });
});

describe('durability', () => {
  test('data survives closing and reopening the store', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dblz-'));
    try {
      const first = await startLocal(undefined, dir);
      const { id, trackingNo } = await first.submit({});
      first.close();
      const again = withHelpers(createRuntime({ dataDir: dir, indexCheck: 'fail' }));
      const detail = await again.ok('opinion', 'detail', { id }, RESIDENT);
      expect(detail.trackingNo).toBe(trackingNo);
      expect(again.store.integrity()).toBe('ok');
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('open load counter', () => {
  test('follows every change: assignment, acceptance, need-info, resolution, withdrawal, hand-off', async () => {
    const t = await startLocal();
    const openCount = (id: string) => t.doc<{ openCount?: number }>('deputies', id).openCount ?? 0;
    const actual = async (id: string) =>
      (await dbOf(t.ports).collection('opinions').where({ assigneeDeputyId: id, status: dbOf(t.ports).command.in(['assigned', 'accepted', 'need_info', 'forwarded', 'suggestion', 'replied']) }).count()).total;
    const a = await t.submit({ text: '第一件事：小区路灯坏了', chosenDeputyId: 'd-county-1' });
    const b = await t.submit({ text: '第二件事：小区井盖破了', chosenDeputyId: 'd-county-1' });
    const c = await t.submit({ text: '第三件事：小区电梯坏了', chosenDeputyId: 'd-county-1' });
    expect(openCount('d-county-1')).toBe(3);
    await t.ok('deputy', 'accept', { id: a.id }, 'demo-deputy-county');
    await t.ok('deputy', 'needInfo', { id: a.id, question: '请补充具体位置' }, 'demo-deputy-county');
    expect(openCount('d-county-1')).toBe(3);
    await t.ok('opinion', 'withdraw', { id: b.id }, RESIDENT);
    await t.ok('deputy', 'accept', { id: c.id }, 'demo-deputy-county');
    await t.ok('deputy', 'resolve', { id: c.id, kind: 'explained', text: '已向居民解释政策规定' }, 'demo-deputy-county');
    // A case counts the moment it is assigned; closing ones leave the load in the relay's step.
    expect(openCount('d-county-1')).toBe(3);
    await t.relay();
    expect(openCount('d-county-1')).toBe(1);
    expect(openCount('d-county-1')).toBe(await actual('d-county-1'));
    t.close();
  });
});
