/** The local run's platform: store, database client, clock and the dispatcher over them. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Envelope, FunctionName } from '../../core/contract';
import { indexesOf } from '../platform/collections';
import { dispatch } from '../functions/dispatch';
import { HANDLERS } from '../functions';
import { CLIENT_SOURCE, SERVER_API_SOURCE } from '../platform/platform-caller';
import { withDb, type Logger, type Ports } from '../platform/ports';
import { MovableClock } from '../../emulator/clock';
import { LocalStorage } from '../../emulator/local-storage';
import { LocalContentSecurity, loadWordList } from '../../emulator/openapi/content-security';
import { createLocalOpenApi, withLatency } from '../../emulator/openapi';
import { LocalSubscribeMessage } from '../../emulator/openapi/subscribe-message';
import { LocalWxacode } from '../../emulator/openapi/wxacode';
import { LocalWxSubscriptions } from '../../emulator/openapi/wx-subscriptions';
import { LocalSms } from '../../emulator/openapi/sms';
import { loadSmsSetup } from '../config/sms';
import type { SmsSetup } from '../platform/openapi/port';
import { MINIPROGRAM_PAGES } from '../config/pages';
import { TEMPLATES } from '../config/templates';
import { localDatabase } from '../../emulator/local-cloud';
import { SqliteStore } from '../../emulator/sqlite-store';
import { indexCheckMode, type IndexCheckMode, type IndexFinding } from '../../emulator/index-check';

export interface LocalRuntime {
  store: SqliteStore;
  clock: MovableClock;
  files: LocalStorage;
  contentSecurity: LocalContentSecurity;
  /** WeChat's own record of consent: the dialog's answers, the settings page, what a send may deliver. */
  wxSubscriptions: LocalWxSubscriptions;
  /** The stand-in for subscribeMessage.send: every message kept, faults on request. */
  subscribeMessages: LocalSubscribeMessage;
  /** The stand-in for wxacode.getUnlimited: real QR codes that open the local H5 app. */
  wxacode: LocalWxacode;
  /** The stand-in for sendSmsV2 and urllink.generate: every SMS and link kept, faults on request. */
  sms: LocalSms;
  ports: Ports;
  /** A call from the mini-program (SOURCE wx_client), as the user `openid` or anonymous. */
  call(fn: FunctionName, event: unknown, openid?: string): Promise<Envelope<unknown>>;
  /**
   * A call by the platform itself, with no user: WeChat's server API (`wx_http`, as the
   * deploy calls setup.init) unless another source is named. Only the local run's own code
   * reaches it (its start, the content-security stand-in), never its public HTTP face.
   */
  callAsPlatform(fn: FunctionName, event: unknown, source?: string): Promise<Envelope<unknown>>;
  /** How many requests the database client has sent so far (every read, count and write). */
  dbRequests(): number;
  /** The requests sent so far, as `action collection` (the last 1,000), to see what an action spends. */
  dbTrace(): string[];
  close(): void;
}

/** The source the local stand-in gives its pushed image verdicts (WeChat's real value is checked by the deploy's smoke check). */
export const LOCAL_PUSH_SOURCE = 'local_push';

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

export interface RuntimeOptions {
  /** A directory for the store file, or ':memory:' for tests. */
  dataDir: string;
  log?: Logger;
  clock?: MovableClock;
  /** How long the stand-in takes to push an image verdict (ms). */
  mediaVerdictDelayMs?: number;
  /** Where the local H5 app is served (station QR codes open it); default from LOCAL_BASE_URL or PORT. */
  baseUrl?: string;
  /**
   * The fidelity mode: a wait before every database request (default DB_LATENCY_MS, else 0)
   * and every open API call (default OPENAPI_LATENCY_MS, else 0), as the cloud costs them.
   */
  dbLatencyMs?: number;
  openapiLatencyMs?: number;
  /**
   * Whether every query must be served by a declared index (emulator/index-check.ts):
   * 'warn' logs each unserved shape once, 'fail' also refuses the request (UNINDEXED_QUERY),
   * 'off' checks nothing. Default INDEX_CHECK, else 'warn'; the tests use 'fail'.
   */
  indexCheck?: IndexCheckMode;
  /**
   * The SMS fallback (server/config/sms.ts): a setup turns it on, `false` keeps it off; default
   * from SMS_TEMPLATE_ID (off unless set).
   */
  sms?: SmsSetup | false;
}

const msFromEnv = (name: string): number => {
  const v = Number(process.env[name] ?? 0);
  return Number.isFinite(v) && v > 0 ? v : 0;
};

export function createRuntime(opts: RuntimeOptions): LocalRuntime {
  let file = ':memory:';
  if (opts.dataDir !== ':memory:') {
    mkdirSync(opts.dataDir, { recursive: true });
    file = path.join(opts.dataDir, 'cloud.db');
  }
  const store = new SqliteStore(file);
  // Collections created in an earlier run: make their indexes (and any new ones) known.
  for (const name of store.collections()) store.useIndexes(name, indexesOf(name));
  const clock = opts.clock ?? new MovableClock();
  const files = new LocalStorage(opts.dataDir === ':memory:' ? undefined : path.join(opts.dataDir, 'files'));
  // Image verdicts arrive later, as WeChat pushes them: into the security function, as the platform.
  const contentSecurity = new LocalContentSecurity(loadWordList(), () => async (verdict) => {
    await callAsPlatform('security', { action: 'mediaVerdict', payload: verdict }, LOCAL_PUSH_SOURCE);
  }, opts.mediaVerdictDelayMs);
  const wxSubscriptions = new LocalWxSubscriptions(store, () => TEMPLATES);
  const subscribeMessages = new LocalSubscribeMessage(store, () => TEMPLATES, wxSubscriptions);
  const baseUrl = () => opts.baseUrl ?? process.env.LOCAL_BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
  const wxacode = new LocalWxacode({ baseUrl, pages: MINIPROGRAM_PAGES });
  const smsSetup = opts.sms === undefined ? loadSmsSetup() : opts.sms || undefined;
  const sms = new LocalSms(store, { setup: () => smsSetup, baseUrl, pages: MINIPROGRAM_PAGES });
  let dbRequests = 0;
  const trace: string[] = [];
  const onRequest = (action: string, collection?: string) => {
    dbRequests++;
    trace.push(collection ? `${action} ${collection}` : action);
    if (trace.length > 1000) trace.shift();
  };
  const log = opts.log ?? silentLogger;
  const mode = opts.indexCheck ?? indexCheckMode(process.env.INDEX_CHECK);
  const report = (f: IndexFinding) => {
    const extra = { collection: f.collection, shape: f.shape, reason: f.reason, ...(f.origin ? { from: f.origin } : {}) };
    if (f.kind === 'sort') log.info('index check: sorted in memory after the index', extra);
    // A refusal in the tests reaches them as INTERNAL: the shape is printed where it shows.
    else if (mode === 'fail') console.error(`UNINDEXED_QUERY ${f.shape}${f.origin ? ` from ${f.origin}` : ''}: ${f.reason}`);
    else log.error('index check: no declared index serves this query (server/platform/indexes.json)', { level: 'warn', ...extra });
  };
  const fidelity = { latencyMs: opts.dbLatencyMs ?? msFromEnv('DB_LATENCY_MS'), onRequest, indexCheck: { mode, report } };
  const ports: Ports = withDb(localDatabase(store, () => clock.now(), fidelity), {
    clock,
    log,
    openapi: withLatency(
      createLocalOpenApi({
        contentSecurity,
        sendSubscribeMessage: (input) => subscribeMessages.send(input, clock.now()),
        wxacode,
        sms,
        now: () => clock.now(),
      }),
      opts.openapiLatencyMs ?? msFromEnv('OPENAPI_LATENCY_MS'),
    ),
    storage: files,
  });
  const call = (fn: FunctionName, event: unknown, openid?: string) =>
    dispatch(fn, HANDLERS[fn], event, { openid, source: CLIENT_SOURCE }, ports, { checkOutput: true });
  const callAsPlatform = (fn: FunctionName, event: unknown, source: string = SERVER_API_SOURCE) =>
    dispatch(fn, HANDLERS[fn], event, { source }, ports, { checkOutput: true });
  return {
    store,
    clock,
    files,
    contentSecurity,
    wxSubscriptions,
    subscribeMessages,
    wxacode,
    sms,
    ports,
    call,
    callAsPlatform,
    dbRequests: () => dbRequests,
    dbTrace: () => [...trace],
    close: () => store.close(),
  };
}
