/** The local run killed with SIGKILL during a burst of writes keeps every acknowledged write. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import { post, startServer } from '../support/server-process';

jest.setTimeout(90_000);

test('SIGKILL mid-burst: every acknowledged opinion is there after restart, store intact', async () => {
  let s = await startServer();
  // One resident per write: the hourly limit (5 per resident) must not slow the burst.
  const acknowledged: { id: string; openid: string }[] = [];
  const refusals: string[] = [];
  let stop = false;
  // Resolved by the 60th acknowledgement; the kill comes then, with the writers still sending.
  let sixty!: () => void;
  const sixtyAcknowledged = new Promise<void>((resolve) => (sixty = resolve));
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      try {
        // A new resident agrees to the privacy notice, then writes once.
        const agreed = await post(s.base, 'user', { action: 'agreePrivacy', payload: { version: PRIVACY_NOTICE_VERSION } }, `burst-${w}-${i}`);
        if (!agreed.body.ok && refusals.push(`${agreed.body.code} ${agreed.body.message}`) > 20) return;
        const r = await post(s.base, 'opinion', {
          action: 'submit',
          payload: { stationCode: 'WYH01', category: '其他', text: `第${w}-${i}条：路灯不亮`, requestId: `burst-${w}-${i}-xxxx` },
        }, `burst-${w}-${i}`);
        if (r.body.ok) acknowledged.push({ id: r.body.data.id, openid: `burst-${w}-${i}` });
        else if (refusals.push(`${r.body.code} ${r.body.message}`) > 20) return; // refusing everything: fail below, not hang
        if (acknowledged.length >= 60) sixty();
      } catch {
        return; // the server is gone
      }
    }
  };
  const writers = Array.from({ length: 4 }, (_, w) => writer(w));
  // Either 60 writes were acknowledged, or every writer gave up (then the expectation below fails).
  await Promise.race([sixtyAcknowledged, Promise.all(writers)]);
  await s.stop('SIGKILL');
  stop = true;
  await Promise.all(writers);
  expect(refusals).toEqual([]);
  expect(acknowledged.length).toBeGreaterThanOrEqual(60);

  const db = new Database(path.join(s.dataDir, 'cloud.db'));
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();

  s = await startServer(s.dataDir);
  try {
    const missing: string[] = [];
    for (const { id, openid } of acknowledged) {
      const detail = await post(s.base, 'opinion', { action: 'detail', payload: { id } }, openid);
      if (!detail.body.ok) missing.push(id);
    }
    expect(missing).toEqual([]);
  } finally {
    await s.stop();
    rmSync(s.dataDir, { recursive: true, force: true });
  }
});
