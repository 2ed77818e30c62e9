/**
 * `npm run migrate`: runs the data migrations not yet done (server/migrations/, decision 0022)
 * on the local store (DATA_DIR, default .data), each from where an earlier run stopped, and
 * prints what each did. The same runner serves `setup.migrate` in the cloud, where a call
 * works for a bounded time and is repeated until it answers `finished`; here one run goes to
 * the end. Run it while the local run is stopped: the store is single-process.
 */
import path from 'node:path';
import { createRuntime } from '../server/local/runtime';
import { runMigrations } from '../server/platform/migrations';
import { MIGRATIONS } from '../server/migrations';

async function main() {
  const root = path.resolve(__dirname, '..');
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
  const rt = createRuntime({ dataDir });
  try {
    const setup = await rt.callAsPlatform('setup', { action: 'init' });
    if (!setup.ok) throw new Error(`setup failed: ${setup.message}`);
    const report = await runMigrations(rt.ports, MIGRATIONS);
    for (const id of report.alreadyDone) console.log(`  ${id}: done earlier, skipped`);
    for (const r of report.ran) console.log(`  ${r.id}: ${r.state} — ${r.processed} documents looked at, ${r.changed} changed`);
    console.log(report.ran.length === 0 ? 'nothing to migrate' : 'migrations finished');
    console.log(`  data: ${dataDir}`);
  } finally {
    rt.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
