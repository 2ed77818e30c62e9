/** The local run's platform: store, database client, clock and the dispatcher over them. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Envelope, FunctionName } from '../core/contract';
import { dispatch } from '../server/dispatch';
import { HANDLERS } from '../server/handlers';
import type { Logger, Ports } from '../server/ports';
import { MovableClock } from './clock';
import { localDatabase } from './local-cloud';
import { SqliteStore } from './sqlite-store';

export interface LocalRuntime {
  store: SqliteStore;
  clock: MovableClock;
  ports: Ports;
  call(fn: FunctionName, event: unknown, openid?: string): Promise<Envelope<unknown>>;
  close(): void;
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

export interface RuntimeOptions {
  /** A directory for the store file, or ':memory:' for tests. */
  dataDir: string;
  log?: Logger;
  clock?: MovableClock;
}

export function createRuntime(opts: RuntimeOptions): LocalRuntime {
  let file = ':memory:';
  if (opts.dataDir !== ':memory:') {
    mkdirSync(opts.dataDir, { recursive: true });
    file = path.join(opts.dataDir, 'cloud.db');
  }
  const store = new SqliteStore(file);
  const clock = opts.clock ?? new MovableClock();
  const ports: Ports = {
    db: localDatabase(store, () => clock.now()),
    clock,
    log: opts.log ?? silentLogger,
  };
  return {
    store,
    clock,
    ports,
    call: (fn, event, openid) => dispatch(fn, HANDLERS[fn], event, openid, ports, { checkOutput: true }),
    close: () => store.close(),
  };
}
