/**
 * WeChat's side of subscription consent over the local run's HTTP face, as the H5 app's
 * stand-ins for wx.requestSubscribeMessage and wx.getSetting use it: WeChat's refusals, the
 * dialog's answer, the settings page, and what a send then delivers.
 */
import { post, startServer, type ServerProcess } from '../support/server-process';

jest.setTimeout(90_000);

const DEPUTY = 'demo-deputy-county';
let s: ServerProcess;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.stop());

async function wx(path: string, body: unknown | undefined, openid = DEPUTY) {
  const res = await fetch(`${s.base}/api/local/wx/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; data?: any; errCode?: number; errMsg?: string; code?: string } };
}

test('the dialog: mixed kinds and more than 3 ids are refused as WeChat refuses them; an answer is recorded', async () => {
  const { body: tpl } = await post(s.base, 'subscription', { action: 'templates', payload: { audience: 'deputy' } }, DEPUTY);
  const { body: res } = await post(s.base, 'subscription', { action: 'templates', payload: { audience: 'resident' } }, DEPUTY);
  const longTerm: string[] = tpl.data.templates.filter((t: { longTerm: boolean }) => t.longTerm).map((t: { templateId: string }) => t.templateId);
  const oneTime: string[] = res.data.templates.map((t: { templateId: string }) => t.templateId);
  expect(longTerm).toHaveLength(3);

  const mixed = await wx('subscribe', { tmplIds: [longTerm[0], oneTime[0]], check: true });
  expect(mixed.body).toMatchObject({ ok: false, errCode: 20002 });
  const four = await wx('subscribe', { tmplIds: [...longTerm, oneTime[0]], answer: 'accept' });
  expect(four.body).toMatchObject({ ok: false, errCode: 20003 });
  expect(await wx('subscribe', { tmplIds: [], check: true })).toMatchObject({ body: { ok: false, errCode: 10001 } });

  const ok = await wx('subscribe', { tmplIds: longTerm, check: true });
  expect(ok.body).toMatchObject({ ok: true, data: { templates: longTerm.map((templateId) => ({ templateId, longTerm: true })) } });
  const answered = await wx('subscribe', { tmplIds: longTerm, answer: 'accept' });
  expect(answered.body).toEqual({ ok: true, data: { results: Object.fromEntries(longTerm.map((id) => [id, 'accept'])) } });

  // The settings page lists the long-term grants; turning one off shows in getSetting.
  expect((await wx('settings', undefined)).body.data).toEqual({ mainSwitch: true, itemSettings: Object.fromEntries(longTerm.map((id) => [id, 'accept'])) });
  await wx('settings', { templateId: longTerm[0], on: false });
  expect((await wx('settings', undefined)).body.data.itemSettings[longTerm[0]]).toBe('reject');
  await wx('settings', { mainSwitch: false });
  expect(await wx('subscribe', { tmplIds: longTerm, check: true })).toMatchObject({ body: { ok: false, errCode: 20004 } });
});

test('who is asking comes from X-WX-OPENID; bad bodies get a clear 4xx', async () => {
  const res = await fetch(`${s.base}/api/local/wx/settings`);
  expect(res.status).toBe(401);
  expect((await wx('subscribe', { tmplIds: ['x'], answer: 'maybe' })).status).toBe(400);
  expect((await wx('settings', { templateId: 'NOT_LISTED', on: true })).status).toBe(400);
});

test('the messages page shows consent by kind and its switches work like the settings page', async () => {
  const page = await (await fetch(`${s.base}/local/messages`)).text();
  expect(page).toContain('订阅消息总开关');
  const off = await fetch(`${s.base}/local/wx/settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ openid: 'demo-staff-xjh', mainSwitch: '0' }).toString(),
    redirect: 'manual',
  });
  expect(off.status).toBe(303);
  expect((await wx('settings', undefined, 'demo-staff-xjh')).body.data.mainSwitch).toBe(false);
});
