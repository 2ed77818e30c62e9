/**
 * submit_p50_ms / submit_p99_ms: opinion.submit through the dispatcher, the genuine SDK
 * client and the embedded store, with 100,000 opinions already stored (file-backed, WAL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromBeijing } from '../../core/beijing-time';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import { MovableClock } from '../../emulator/clock';
import { createRuntime } from '../../server/local/runtime';
import { seedIfEmpty } from '../../server/local/seed';
import { seedOpinions } from './seed-opinions';

export const STORED = Number(process.env.BENCH_STORED ?? 100_000);
const SUBMITS = 300;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function benchSubmit(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-submit-'));
  const clock = new MovableClock();
  clock.set(fromBeijing('2026-12-01', '10:00')); // a reception session is running at WYH01
  const rt = createRuntime({ dataDir: dir, clock });
  try {
    await rt.callAsPlatform('setup', { action: 'init' });
    await seedIfEmpty(rt.ports);
    const t0 = Date.now();
    seedOpinions(rt, STORED, clock.now());
    console.log(`  (seeded ${STORED.toLocaleString('en')} opinions in ${Date.now() - t0} ms)`);
    // Each resident has agreed to the privacy notice (the server requires it), outside the timing.
    for (let i = 0; i < SUBMITS; i++) {
      const agreed = await rt.call('user', { action: 'agreePrivacy', payload: { version: PRIVACY_NOTICE_VERSION } }, `bench-resident-${i}`);
      if (!agreed.ok) throw new Error(`agreePrivacy refused: ${agreed.code} ${agreed.message}`);
    }
    const times: number[] = [];
    for (let i = 0; i < SUBMITS; i++) {
      const started = process.hrtime.bigint();
      const r = await rt.call(
        'opinion',
        { action: 'submit', payload: { stationCode: 'WYH01', category: '住房物业', text: `压测意见 ${i}:楼道灯不亮`, requestId: `bench-submit-${i}` } },
        `bench-resident-${i}`,
      );
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (!r.ok) throw new Error(`submit refused: ${r.code} ${r.message}`);
    }
    const sorted = times.slice(10).sort((a, b) => a - b); // the first few warm up the JIT
    return { submit_p50_ms: percentile(sorted, 50), submit_p99_ms: percentile(sorted, 99) };
  } finally {
    rt.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
