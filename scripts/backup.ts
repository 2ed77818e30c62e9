/**
 * `npm run backup -- --out DIR`: every collection of the local store (DATA_DIR, default .data)
 * as DIR/<collection>.jsonl, the stored files the documents name (DIR/files.jsonl) and
 * DIR/manifest.json with every count (scripts/lib/backup.ts). Run it while the local run is
 * stopped: the store is single-process.
 *
 * `npm run backup -- --out DIR --cloud`: the same from a cloud environment, through the setup
 * function's platform-only `exportPage` action called with WeChat's server API. Reads
 * WX_APPID, WX_APPSECRET and WX_CLOUD_ENV from the shell (never committed).
 *
 * The backup holds every resident's personal information: keep it as the database is kept.
 */
import path from 'node:path';
import { createRuntime } from '../server/local/runtime';
import { backupTo, cloudSetup, exportPageVia } from './lib/backup';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const out = arg('--out');
  if (!out) throw new Error('usage: npm run backup -- --out DIR [--cloud]');
  const dir = path.resolve(out);
  const log = (line: string) => console.log(line);
  if (process.argv.includes('--cloud')) {
    const { WX_APPID: appid, WX_APPSECRET: secret, WX_CLOUD_ENV: env } = process.env;
    if (!appid || !secret || !env) throw new Error('--cloud needs WX_APPID, WX_APPSECRET and WX_CLOUD_ENV');
    console.log(`backing up cloud environment ${env} into ${dir}`);
    const m = await backupTo(dir, exportPageVia(cloudSetup({ appid, secret, env })), `cloud ${env}`, log);
    console.log(`done: ${Object.values(m.collections).reduce((a, b) => a + b, 0)} documents, ${m.files} stored files indexed`);
    return;
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(__dirname, '..', '.data'));
  const rt = createRuntime({ dataDir });
  try {
    const setup = await rt.callAsPlatform('setup', { action: 'init' });
    if (!setup.ok) throw new Error(`setup failed: ${setup.message}`);
    console.log(`backing up ${dataDir} into ${dir}`);
    const m = await backupTo(dir, exportPageVia((event) => rt.callAsPlatform('setup', event)), `local ${dataDir}`, log);
    console.log(`done: ${Object.values(m.collections).reduce((a, b) => a + b, 0)} documents, ${m.files} stored files indexed (their bytes: ${path.join(dataDir, 'files')})`);
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
