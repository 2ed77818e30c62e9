/**
 * Issue 16, item 2, in the local run: a photo upload must be a whole image, and stored files
 * are answered with a fixed content type (from what was recorded, not from the name or the
 * bytes) and `X-Content-Type-Options: nosniff`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVACY_NOTICE_VERSION } from '../../server/config/limits';
import { startServer, type ServerProcess } from '../support/server-process';

jest.setTimeout(60_000);
const PHOTO = readFileSync(path.join(__dirname, '../fixtures/elevator.png'));
const RESIDENT = 'demo-resident-1';
let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServer();
  expect(await call('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION })).toMatchObject({ ok: true });
});
afterAll(() => srv?.stop());

const upload = (body: Buffer, query = '', openid = RESIDENT) =>
  fetch(`${srv.base}/api/storage/upload${query}`, { method: 'POST', headers: { 'X-WX-OPENID': openid }, body: new Uint8Array(body) });
const call = async (fn: string, action: string, payload: unknown, openid = RESIDENT) =>
  (await fetch(`${srv.base}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action, payload }),
  })).json() as Promise<{ ok: boolean; code?: string; data?: { fileId: string } }>;

test('a PNG signature followed by HTML is refused as a photo, and nothing is stored', async () => {
  const html = Buffer.concat([PHOTO.subarray(0, 8), Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')]);
  const res = await upload(html);
  expect(res.status).toBe(415);
  expect(await res.json()).toMatchObject({ ok: false, code: 'IMAGE_INVALID' });
  // Trailing bytes after a whole image are refused too.
  expect((await upload(Buffer.concat([PHOTO, Buffer.from('<html></html>')]))).status).toBe(415);
});

test('a stored photo is served as what it was recorded as, never sniffed', async () => {
  const res = await upload(PHOTO);
  const { data } = (await res.json()) as { data: { fileId: string; url: string } };
  const got = await fetch(`${srv.base}${data.url}`);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('image/png');
  expect(got.headers.get('x-content-type-options')).toBe('nosniff');
  expect(Buffer.from(await got.arrayBuffer()).equals(PHOTO)).toBe(true);
});

test('a file uploaded as a document is never served, and is not a photo', async () => {
  const res = await upload(PHOTO, '?kind=file');
  const { data } = (await res.json()) as { data: { fileId: string } };
  expect((await fetch(`${srv.base}/api/storage/${data.fileId.slice('local://'.length)}`)).status).toBe(404);
  const submit = await call('opinion', 'submit', { stationCode: 'WYH01', category: '其他', text: '小区门口的路灯坏了一个月', photos: [data.fileId], requestId: 'http-doc-as-photo-01' });
  expect(submit).toMatchObject({ ok: false, code: 'UPLOAD_KIND_WRONG' });
});

test('generated files carry nosniff too', async () => {
  const qr = await call('staff', 'stationCode', { code: 'WYH01' }, 'demo-staff-wyh');
  expect(qr.ok).toBe(true);
  const got = await fetch(`${srv.base}/api/storage/${qr.data!.fileId.slice('local://'.length)}`);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('image/png');
  expect(got.headers.get('x-content-type-options')).toBe('nosniff');
});

test('a generated xlsx is fetched by the URL its action answered: typed by its path, named, nosniff; a guessed path is not found', async () => {
  const r = (await call('admin', 'rosterTemplate', {}, 'demo-admin-yuelu')) as { ok: boolean; data?: { fileId: string; url: string; fileName: string } };
  expect(r.ok).toBe(true);
  const { url, fileName } = r.data!;
  expect(r.data).not.toHaveProperty('base64');
  const got = await fetch(`${srv.base}${url}?name=${encodeURIComponent(fileName)}`);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(got.headers.get('x-content-type-options')).toBe('nosniff');
  expect(got.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('代表名册模板.xlsx')}`);
  expect(Buffer.from(await got.arrayBuffer()).subarray(0, 2).toString('latin1')).toBe('PK');
  // The random part is the key: the same scope and time with another one is nothing.
  const guessed = url.replace(/-[0-9a-f]{16}\.xlsx$/, '-0000000000000000.xlsx');
  expect(guessed).not.toBe(url);
  expect((await fetch(`${srv.base}${guessed}`)).status).toBe(404);
});
