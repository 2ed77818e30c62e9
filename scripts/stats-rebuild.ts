/**
 * `npm run stats:rebuild`: recomputes every statistics counter from the opinions of the local
 * store (DATA_DIR, default .data) — after changing the bucket edges in server/config/stats.ts,
 * or to repair counters left short by a process killed mid-update (decision 0012). The use
 * case (server/dashboard/rebuild.ts) takes ports like every handler; no cloud function runs it
 * yet. Run it while the local run is stopped: the store is single-process.
 */
import path from 'node:path';
import { createRuntime } from '../server/local/runtime';
import { rebuildStats } from '../server/dashboard/rebuild';

async function main() {
  const root = path.resolve(__dirname, '..');
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
  const rt = createRuntime({ dataDir });
  const setup = await rt.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(`setup failed: ${setup.message}`);
  const started = Date.now();
  const report = await rebuildStats(rt.ports);
  console.log(`statistics rebuilt from ${report.opinions} opinions in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  console.log(`  ${report.counters} counter documents written, ${report.removed} removed; facts recorded on ${report.factsUpdated} opinions`);
  console.log(`  ${report.deputyRows} per-deputy rows written, ${report.deputyRowsRemoved} removed`);
  console.log(`  data: ${dataDir}`);
  rt.close();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
