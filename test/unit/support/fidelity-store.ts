/**
 * The local store as the fidelity suite (test/unit/db-fidelity-suite-*.test.ts) meets it: one
 * runtime per test file, in memory, reached only through the genuine database client that
 * wx-server-sdk gives a cloud function (`dbOf(rt.ports)`), so every case sends exactly what a
 * cloud function would send. The index check is off: the suite asks what the store answers,
 * not whether a declared index serves the question (test/unit/index-check.test.ts does that).
 */
import { MovableClock } from '../../../emulator/clock';
import { createRuntime, type LocalRuntime } from '../../../server/local/runtime';
import { dbOf } from '../../../server/platform/db';

/**
 * The genuine client, typed loosely on purpose: the suite calls every operator the cloud
 * documents, most of which the product's data seam (`CloudDb`) leaves out.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sdk = any;

/** The store's clock stands still at this instant (the server date of every request). */
export const FIDELITY_NOW = new Date('2026-12-05T08:00:00.000Z');

export interface FidelityStore {
  rt: LocalRuntime;
  /** `cloud.database()` as a cloud function gets it. */
  db: Sdk;
  /** `db.command` */
  _: Sdk;
  /** `db.command.aggregate` */
  $: Sdk;
}

/**
 * Opens the store before the file's tests and closes it after; `collections` are created
 * through the client (`db.createCollection`), `prepare` runs before any test (to create a
 * collection with a 2dsphere index, say).
 */
export function useFidelityStore(collections: string[], prepare?: (rt: LocalRuntime) => void): FidelityStore {
  const ctx = {} as FidelityStore;
  beforeAll(async () => {
    ctx.rt = createRuntime({ dataDir: ':memory:', indexCheck: 'off', clock: new MovableClock(() => FIDELITY_NOW.getTime()) });
    prepare?.(ctx.rt);
    ctx.db = dbOf(ctx.rt.ports);
    ctx._ = ctx.db.command;
    ctx.$ = ctx.db.command.aggregate;
    for (const name of collections) await ctx.db.createCollection(name);
  });
  afterAll(() => ctx.rt?.close());
  return ctx;
}

/** What the client throws for a refused request: WeChat's `errCode` and `errMsg`. */
export async function refusal(request: Promise<unknown>): Promise<{ errCode: unknown; errMsg: string }> {
  try {
    await request;
  } catch (e) {
    const err = e as { errCode?: unknown; errMsg?: unknown; message?: unknown };
    return { errCode: err.errCode, errMsg: String(err.errMsg ?? err.message) };
  }
  throw new Error('the request was answered, not refused');
}

/** The ids of a list of documents, sorted (for cases where the cloud documents no order). */
export const idsOf = (docs: { _id: unknown }[]): string[] => docs.map((d) => String(d._id)).sort();
