/**
 * `npm run restore -- --from DIR`: writes a backup made by `npm run backup` into the local
 * store (DATA_DIR, default .data), which must be empty: a restore never merges into data. The
 * collections are created first, as the local run's start does; every collection file is
 * checked against the backup's manifest. Stored files are not in a backup (files.jsonl lists
 * them): copy the files folder of the backed-up data directory beside the store if needed.
 */
import path from 'node:path';
import { createRuntime } from '../server/local/runtime';
import { restoreFrom } from './lib/backup';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const from = arg('--from');
  if (!from) throw new Error('usage: npm run restore -- --from DIR   (into an empty DATA_DIR, default .data)');
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(__dirname, '..', '.data'));
  const rt = createRuntime({ dataDir });
  try {
    const setup = await rt.callAsPlatform('setup', { action: 'init' });
    if (!setup.ok) throw new Error(`setup failed: ${setup.message}`);
    console.log(`restoring ${path.resolve(from)} into ${dataDir}`);
    const restored = await restoreFrom(path.resolve(from), rt.ports, (line) => console.log(line));
    console.log(`done: ${Object.values(restored).reduce((a, b) => a + b, 0)} documents`);
  } finally {
    rt.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
