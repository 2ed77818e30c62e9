/**
 * A region batch of 50 posters through the documents function's handler (local runtime,
 * in-memory store, the QR stand-in, the embedded font): wall time and PDF size.
 *   poster_batch_50_ms   time for documents.regionPosters with 50 active stations
 *   poster_batch_50_kb   size of the resulting PDF (50 A4 pages)
 */
import { MovableClock } from '../../emulator/clock';
import { createRuntime } from '../../server/local/runtime';
import { seedIfEmpty } from '../../server/local/seed';
import type { StationDoc } from '../../server/model';

export async function benchPosters(): Promise<Record<string, number>> {
  const clock = new MovableClock();
  const rt = createRuntime({ dataDir: ':memory:', clock });
  try {
    await rt.callAsPlatform('setup', { action: 'init' });
    await seedIfEmpty(rt.ports);
    // 50 active stations under one township: the demo's two, plus copies of 望月湖.
    const region = '430104007';
    const template = rt.store.get('stations', 'WYH01') as unknown as StationDoc;
    const existing = rt.store.scan('stations', []).filter((s) => (s.regionPath as string[]).includes(region) && s.status === 'active').length;
    for (let i = existing; i < 50; i++) {
      rt.store.insert('stations', { ...(template as unknown as Record<string, unknown>), _id: `BENCH${String(i).padStart(2, '0')}`, name: `望月湖第${i}联络点` });
    }
    await rt.call('user', { action: 'me', payload: {} }, 'demo-admin-yuelu'); // warm the actor path
    const started = process.hrtime.bigint();
    const r = await rt.call('documents', { action: 'regionPosters', payload: { regionCode: region } }, 'demo-admin-yuelu');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!r.ok) throw new Error(`regionPosters refused: ${r.code} ${r.message}`);
    const data = r.data as { pages: number; bytes: number };
    if (data.pages !== 50) throw new Error(`expected 50 pages, got ${data.pages}`);
    return { poster_batch_50_ms: ms, poster_batch_50_kb: data.bytes / 1024 };
  } finally {
    rt.close();
  }
}
