/**
 * `npm run serve`: the local run. Creates the collections (setup.init), puts demo data in
 * an empty store (and a year of activity played through the handlers, unless DEMO_YEAR=0),
 * and serves the API and the H5 app on 127.0.0.1.
 */
import path from 'node:path';
import { createRuntime, type LocalRuntime } from './runtime';
import { consoleLogger } from '../platform/ports';
import { createHttpApp } from './http-app';
import { seedIfEmpty } from './seed';
import { startLocalScheduler } from '../scheduler/local-scheduler';
import { grantDemoConsent } from './consent';
import { DEMO_PERSONAS } from './demo-data';
import { seedDemoYear } from './demo-year';

export const DEFAULT_PORT = 8787;

async function main() {
  const root = path.resolve(__dirname, '../..');
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
  const staticDir = path.resolve(process.env.STATIC_DIR ?? path.join(root, 'dist/h5'));
  const quiet = process.env.LOG_CALLS !== '1';
  const runtime = createRuntime({
    dataDir,
    log: quiet ? { info: () => undefined, error: consoleLogger.error } : consoleLogger,
  });
  const setup = await runtime.callAsPlatform('setup', { action: 'init' });
  if (!setup.ok) throw new Error(`setup failed: ${setup.message}`);
  const seeded = await seedIfEmpty(runtime.ports);
  if (seeded && process.env.DEMO_YEAR !== '0') await playDemoYear(runtime);
  if (seeded && process.env.DEMO_CREDITS !== '0') await grantDemoConsent(runtime, DEMO_PERSONAS);
  const scheduler = startLocalScheduler(runtime.ports);

  const server = createHttpApp(runtime, { staticDir });
  server.listen(port, '127.0.0.1', () => {
    console.log(`代表联络站 local run: http://127.0.0.1:${port}/`);
    console.log(`  data: ${dataDir}${seeded ? ' (demo data created)' : ''}`);
    console.log(`  API:  POST /api/functions/<name>   GET /api/functions   GET /api/personas`);
    console.log(`  messages: /local/messages   clock: POST /api/local/clock   scheduler: ${scheduler ? `every ${scheduler.everyMs / 1000} s` : 'off'}`);
  });
  const stop = () => {
    scheduler?.stop();
    server.close();
    runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The demo year on a store just created; a failure is reported and the local run starts with what was played. */
async function playDemoYear(runtime: LocalRuntime) {
  console.log('Playing the demo year (DEMO_YEAR=0 skips it)…');
  try {
    const y = await seedDemoYear(runtime);
    console.log(
      `demo year: ${y.opinions} opinions, ${y.activities} activities, ${y.checkIns} reception check-ins (${y.from} – ${y.to}) in ${(y.ms / 1000).toFixed(1)} s`,
    );
  } catch (e) {
    console.error(`demo year stopped: ${e instanceof Error ? e.message : String(e)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
