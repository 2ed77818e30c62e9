/** The local run killed with SIGKILL during a burst of writes keeps every acknowledged write. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { post, startServer } from '../support/server-process';

jest.setTimeout(90_000);

test('SIGKILL mid-burst: every acknowledged opinion is there after restart, store intact', async () => {
  let s = await startServer();
  const acknowledged: string[] = [];
  let stop = false;
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      try {
        const r = await post(s.base, 'opinion', {
          action: 'submit',
          payload: { stationCode: 'WYH01', category: '其他', text: `第${w}-${i}条:路灯不亮`, requestId: `burst-${w}-${i}-xxxx` },
        }, `burst-resident-${w}`);
        if (r.body.ok) acknowledged.push(r.body.data.id);
      } catch {
        return; // the server is gone
      }
    }
  };
  const writers = Array.from({ length: 4 }, (_, w) => writer(w));
  while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20));
  await s.stop('SIGKILL');
  stop = true;
  await Promise.all(writers);
  expect(acknowledged.length).toBeGreaterThanOrEqual(60);

  const db = new Database(path.join(s.dataDir, 'cloud.db'));
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();

  s = await startServer(s.dataDir);
  try {
    for (const [w] of [[0], [1], [2], [3]]) {
      const mine = await post(s.base, 'opinion', { action: 'mine', payload: { limit: 50 } }, `burst-resident-${w}`);
      expect(mine.body.ok).toBe(true);
    }
    const found = new Set<string>();
    for (const w of [0, 1, 2, 3]) {
      for (let offset = 0; ; offset += 50) {
        const page = await post(s.base, 'opinion', { action: 'mine', payload: { offset, limit: 50 } }, `burst-resident-${w}`);
        for (const item of page.body.data.items) found.add(item.id);
        if (page.body.data.nextOffset === undefined) break;
      }
    }
    const missing = acknowledged.filter((id) => !found.has(id));
    expect(missing).toEqual([]);
  } finally {
    await s.stop();
    rmSync(s.dataDir, { recursive: true, force: true });
  }
});
