/** Against the running local server, as the README's curl lines and outside probes use it. */
import { rmSync } from 'node:fs';
import { CONTRACT } from '../../core/contract';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import { post, startServer, type ServerProcess } from '../support/server-process';

jest.setTimeout(60_000);

describe('the local run over HTTP', () => {
  let s: ServerProcess;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.stop();
    rmSync(s.dataDir, { recursive: true, force: true });
  });

  test('GET /api/functions lists every function and action with its payload schema', async () => {
    const res = await fetch(`${s.base}/api/functions`);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { functions: { name: string; actions: { action: string; payload: { type: string } }[] }[] } };
    for (const [fn, actions] of Object.entries(CONTRACT)) {
      const listed = data.functions.find((f) => f.name === fn);
      expect(listed?.actions.map((a) => a.action).sort()).toEqual(Object.keys(actions).sort());
      for (const a of listed!.actions) expect(a.payload.type).toBe('object');
    }
  });

  test('GET /api/personas lists demo identities of every role', async () => {
    const { data } = (await (await fetch(`${s.base}/api/personas`)).json()) as { data: { personas: { openid: string; roles: string[] }[] } };
    const roles = new Set(data.personas.flatMap((p) => p.roles));
    expect([...roles].sort()).toEqual(['admin', 'deputy', 'resident', 'staff']);
  });

  test('the thin path, then a restart keeps everything', async () => {
    const station = await post(s.base, 'station', { action: 'get', payload: { code: 'WYH01' } });
    expect(station).toMatchObject({ status: 200, body: { ok: true, data: { code: 'WYH01' } } });

    // The demo's first-visit resident agrees to the privacy notice before submitting (README).
    const agreed = await post(s.base, 'user', { action: 'agreePrivacy', payload: { version: PRIVACY_NOTICE_VERSION } }, 'demo-resident-1');
    expect(agreed.body).toMatchObject({ ok: true });

    const sub = await post(s.base, 'opinion', {
      action: 'submit',
      payload: { stationCode: 'WYH01', category: '住房物业', text: '小区楼道堆放杂物，存在消防隐患。', chosenDeputyId: 'd-county-1', requestId: 'http-thin-0001' },
    }, 'demo-resident-1');
    expect(sub.body).toMatchObject({ ok: true, data: { status: 'assigned', routing: { rule: 'chosen' } } });
    const id = sub.body.data.id;

    const inbox = await post(s.base, 'deputy', { action: 'inbox', payload: {} }, 'demo-deputy-county');
    expect(inbox.body.data.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await post(s.base, 'deputy', { action: 'accept', payload: { id } }, 'demo-deputy-county')).body.ok).toBe(true);
    expect((await post(s.base, 'deputy', { action: 'reply', payload: { id, text: '已联系物业，三天内清理完毕。' } }, 'demo-deputy-county')).body.ok).toBe(true);

    await s.stop();
    s = await startServer(s.dataDir);
    const detail = await post(s.base, 'opinion', { action: 'detail', payload: { id } }, 'demo-resident-1');
    expect(detail.body).toMatchObject({ ok: true, data: { status: 'replied', replies: [{ text: '已联系物业，三天内清理完毕。' }] } });
    expect(detail.body.data.timeline).toHaveLength(4);
  });

  test('malformed JSON, unknown functions and wrong methods get 4xx in the same shape', async () => {
    const bad = await post(s.base, 'opinion', '{"action": "submit", ', 'demo-resident-1');
    expect(bad).toMatchObject({ status: 400, body: { ok: false, code: 'BAD_REQUEST' } });
    const unknown = await post(s.base, 'nosuchfunction', { action: 'x' });
    expect(unknown).toMatchObject({ status: 404, body: { ok: false, code: 'UNKNOWN_FUNCTION' } });
    const get = await fetch(`${s.base}/api/functions/opinion`);
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const huge = await post(s.base, 'opinion', JSON.stringify({ action: 'submit', payload: { text: 'x'.repeat(300_000) } }), 'demo-resident-1');
    expect(huge).toMatchObject({ status: 413, body: { ok: false } });
  });

  test('identity comes from X-WX-OPENID; a malformed one is refused', async () => {
    const anon = await post(s.base, 'opinion', { action: 'mine', payload: {} });
    expect(anon.body).toMatchObject({ ok: false, code: 'LOGIN_REQUIRED' });
    const newcomer = await post(s.base, 'opinion', { action: 'mine', payload: {} }, 'brand-new-openid');
    expect(newcomer.body).toMatchObject({ ok: true, data: { items: [], total: 0 } });
    const weird = await post(s.base, 'user', { action: 'me', payload: {} }, '{"$ne":null}');
    expect(weird).toMatchObject({ status: 400, body: { ok: false, code: 'BAD_REQUEST' } });
    // Claiming a role in the payload changes nothing.
    const claim = await post(s.base, 'deputy', { action: 'inbox', payload: { role: 'deputy' } }, 'demo-resident-1');
    expect(claim.body.ok).toBe(false);
  });

  test('refusals over HTTP are answered with 200 and the envelope, like callFunction', async () => {
    const r = await post(s.base, 'opinion', { action: 'submit', payload: { stationCode: 'WYH01', category: '其他', text: '   ', requestId: 'http-empty-01' } }, 'demo-resident-1');
    expect(r).toMatchObject({ status: 200, body: { ok: false, code: 'INVALID_PAYLOAD', message: '内容不能为空' } });
  });
});
