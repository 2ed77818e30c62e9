/**
 * The local run's upload of a roster file (`POST /api/storage/upload?kind=file`): bytes are
 * stored as they are (the admin function checks their type), then staged by admin.stageRoster;
 * photo uploads stay images only. Also: the file survives on disk between the two calls.
 */
import { startServer, type ServerProcess } from '../support/server-process';
import { GOOD_ROWS, xlsxOf } from '../support/roster-files';

jest.setTimeout(60_000);
let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv?.stop());

const upload = (body: Buffer, query: string, openid?: string) =>
  fetch(`${srv.base}/api/storage/upload${query}`, { method: 'POST', headers: openid ? { 'X-WX-OPENID': openid } : {}, body: new Uint8Array(body) });

test('a roster uploaded as a file is staged by the admin function', async () => {
  const res = await upload(await xlsxOf(GOOD_ROWS), '?kind=file', 'demo-admin-yuelu');
  const body = (await res.json()) as { ok: boolean; data: { fileId: string } };
  expect(body.ok).toBe(true);
  expect(body.data.fileId).toMatch(/^local:\/\/uploads\/\d{8}\/[a-f0-9]{24}\.bin$/);
  const staged = await fetch(`${srv.base}/api/functions/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': 'demo-admin-yuelu' },
    body: JSON.stringify({ action: 'stageRoster', payload: { fileId: body.data.fileId, fileName: '名册.xlsx' } }),
  });
  const answer = (await staged.json()) as { ok: boolean; data: { validCount: number; total: number } };
  expect(answer).toMatchObject({ ok: true, data: { total: GOOD_ROWS.length, validCount: GOOD_ROWS.length } });
  // The file is not served back (only images and generated files are).
  expect((await fetch(`${srv.base}/api/storage/${body.data.fileId.slice('local://'.length)}`)).status).toBe(404);
});

test('without an openid nothing is stored; a roster sent as a photo is refused as not an image', async () => {
  expect((await upload(Buffer.from('a,b\n'), '?kind=file')).status).toBe(401);
  expect((await upload(await xlsxOf(GOOD_ROWS), '', 'demo-admin-yuelu')).status).toBe(415);
  expect((await upload(Buffer.alloc(0), '?kind=file', 'demo-admin-yuelu')).status).toBe(400);
});
