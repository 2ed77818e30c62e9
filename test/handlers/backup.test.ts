/**
 * Backups (issue 18): every collection of the demo year read page by page through the
 * platform's `setup.exportPage` into JSON-lines files, with an index of the stored files the
 * documents name; restored into an empty store, the same documents, dates as dates — and the
 * same through `npm run restore` and `npm run backup` on a data directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromBeijing } from '../../core/beijing-time';
import { MovableClock } from '../../emulator/clock';
import { createRuntime, type LocalRuntime } from '../../server/local/runtime';
import { seedDemoYear } from '../../server/local/demo-year';
import { seedIfEmpty } from '../../server/local/seed';
import { COLLECTIONS } from '../../server/platform/collections';
import { decodeDocument, encodeDocument } from '../../server/platform/backup';
import { backupTo, exportPageVia, FILE_INDEX, MANIFEST, PAGE_SIZE, restoreFrom, type FileEntry, type Manifest } from '../../scripts/lib/backup';

jest.setTimeout(240_000);

const root = path.resolve(__dirname, '../..');
const NOW = fromBeijing('2026-12-04', '19:30');
const work = mkdtempSync(path.join(tmpdir(), 'backup-test-'));
const backupDir = path.join(work, 'backup');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every document of every declared collection, in _id order, as backup lines (dates tagged). */
const contents = (rt: LocalRuntime): Record<string, string[]> =>
  Object.fromEntries(COLLECTIONS.map((c) => [c, rt.store.scan(c, []).map(encodeDocument).sort()]));

const platformCall = (rt: LocalRuntime) => (event: object) => rt.callAsPlatform('setup', event);

let demo: Record<string, string[]>;
let manifest: Manifest;
let uploads: { fileId: string; owner: string }[];
let stationQrs: string[];

beforeAll(async () => {
  const clock = new MovableClock();
  clock.set(NOW);
  const rt = createRuntime({ dataDir: ':memory:', clock, indexCheck: 'fail' });
  try {
    const setup = await rt.callAsPlatform('setup', { action: 'init' });
    if (!setup.ok) throw new Error(setup.message);
    await seedIfEmpty(rt.ports);
    await seedDemoYear(rt);
    demo = contents(rt);
    uploads = rt.store.scan('uploads', []) as unknown as { fileId: string; owner: string }[];
    stationQrs = (rt.store.scan('stations', []) as unknown as { qrFileId?: string }[]).flatMap((s) => (s.qrFileId ? [s.qrFileId] : []));
    manifest = await backupTo(backupDir, exportPageVia(platformCall(rt)), 'local test');
  } finally {
    rt.close(); // one runtime at a time: the local database client serves the one made last
  }
});

test('the backup has every collection, every document, paged to the end (no cap)', () => {
  expect(Object.keys(manifest.collections).sort()).toEqual([...COLLECTIONS].sort());
  for (const c of COLLECTIONS) {
    const lines = readFileSync(path.join(backupDir, `${c}.jsonl`), 'utf8').split('\n').filter(Boolean);
    expect([c, lines.length]).toEqual([c, demo[c]!.length]);
    expect([c, manifest.collections[c]]).toEqual([c, demo[c]!.length]);
    // Written in _id order, each document once.
    const ids = lines.map((l) => decodeDocument(l)._id);
    expect(new Set(ids).size).toBe(ids.length);
  }
  // Several collections span many pages: the demo year has more than 10 pages of outbox entries.
  expect(Math.max(...Object.values(manifest.collections))).toBeGreaterThan(10 * PAGE_SIZE);
  expect(manifest.collections.opinions).toBeGreaterThan(PAGE_SIZE);
});

test('dates are written as {"$date"} and read back as dates', () => {
  const line = readFileSync(path.join(backupDir, 'opinions.jsonl'), 'utf8').split('\n')[0]!;
  expect(line).toMatch(/"createdAt":\{"\$date":"\d{4}-\d\d-\d\dT[\d:.]+Z"\}/);
  const doc = decodeDocument(line) as unknown as { createdAt: unknown; timeline: { at: unknown }[] };
  expect(doc.createdAt).toBeInstanceOf(Date);
  expect(doc.timeline[0]!.at).toBeInstanceOf(Date);
  expect(() => encodeDocument({ _id: 'x', bytes: Buffer.from('a') })).toThrow(/cannot back up/);
});

test('files.jsonl indexes every upload (with its record) and every stored file a document names', () => {
  const index = readFileSync(path.join(backupDir, FILE_INDEX), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as FileEntry);
  expect(index).toHaveLength(manifest.files);
  const byId = new Map(index.map((e) => [e.fileId, e]));
  expect(uploads.length).toBeGreaterThan(0);
  for (const u of uploads) expect(byId.get(u.fileId)?.upload?.owner).toBe(u.owner);
  for (const qr of stationQrs) expect(byId.get(qr)).toMatchObject({ generated: true, referencedBy: expect.arrayContaining([expect.stringMatching(/^stations\//)]) });
  // The demo's opinions carry photos: each is an upload, named by its opinion.
  const photoRefs = index.filter((e) => e.referencedBy.some((r) => r.startsWith('opinions/')));
  expect(photoRefs.length).toBeGreaterThan(0);
  for (const e of photoRefs) expect(e.upload ?? e.generated).toBeTruthy();
});

test('restored into an empty store: the same documents in every collection; a second restore is refused', async () => {
  const rt = createRuntime({ dataDir: ':memory:', indexCheck: 'fail' });
  try {
    const setup = await rt.callAsPlatform('setup', { action: 'init' });
    if (!setup.ok) throw new Error(setup.message);
    const restored = await restoreFrom(backupDir, rt.ports);
    expect(restored).toEqual(manifest.collections);
    expect(contents(rt)).toEqual(demo);
    await expect(restoreFrom(backupDir, rt.ports)).rejects.toThrow(/not empty/);
  } finally {
    rt.close();
  }
});

test('setup.exportPage answers only the platform, and only for the product’s collections', async () => {
  const rt = createRuntime({ dataDir: ':memory:', indexCheck: 'fail' });
  try {
    await rt.callAsPlatform('setup', { action: 'init' });
    expect(await rt.call('setup', { action: 'exportPage', payload: { collection: 'users' } }, 'demo-resident-1')).toMatchObject({ ok: false, code: 'PLATFORM_ONLY' });
    expect(await rt.callAsPlatform('setup', { action: 'exportPage', payload: { collection: 'sqlite_master' } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  } finally {
    rt.close();
  }
});

test('npm run restore into an empty data directory, then npm run backup of it: the same files', () => {
  const dataDir = path.join(work, 'data');
  const again = path.join(work, 'again');
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  const restore = run('scripts/restore.ts', '--from', backupDir);
  expect(restore.stderr).toBe('');
  expect(restore.status).toBe(0);
  expect(restore.stdout).toContain(`done: ${Object.values(manifest.collections).reduce((a, b) => a + b, 0)} documents`);
  const refused = run('scripts/restore.ts', '--from', backupDir);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/not empty/);
  const backup = run('scripts/backup.ts', '--out', again);
  expect(backup.status).toBe(0);
  const jsonl = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  expect(jsonl(again)).toEqual(jsonl(backupDir));
  for (const f of jsonl(backupDir)) expect([f, readFileSync(path.join(again, f), 'utf8')]).toEqual([f, readFileSync(path.join(backupDir, f), 'utf8')]);
  expect(JSON.parse(readFileSync(path.join(again, MANIFEST), 'utf8'))).toMatchObject({ collections: manifest.collections, files: manifest.files });
});
