/**
 * The cloud function entry: adapts WeChat Cloud (openid from getWXContext, the cloud
 * database, the system clock) to the handlers. Nothing else lives here.
 */
import cloud from 'wx-server-sdk';
import type { FunctionName } from '../../core/contract';
import { ERRORS } from '../../core/errors';
import { configProblems } from './config-check';
import type { CloudDb } from '../platform/db';
import { dispatch, type FunctionHandlers } from '../functions/dispatch';
import { cloudOpenApi } from './cloud-openapi';
import { consoleLogger, systemClock, withDb, type Ports } from '../platform/ports';
import { timerJobFor } from '../scheduler/timer';
import { cloudStorage } from './cloud-storage';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

/** Turns a platform push (not a callFunction) into `{action, payload}`; identity otherwise. */
export type EventAdapter = (event: unknown) => unknown;

export function cloudMain(fn: FunctionName, handlers: FunctionHandlers, adapt: EventAdapter = (e) => e) {
  let problems: string[] | undefined;
  return async function main(rawEvent: unknown): Promise<unknown> {
    const event = adapt(rawEvent);
    const context = cloud.getWXContext() as { OPENID?: string; SOURCE?: string };
    const { OPENID } = context;
    const ports: Ports = withDb(cloud.database() as unknown as CloudDb, {
      clock: systemClock,
      log: consoleLogger,
      openapi: cloudOpenApi,
      storage: cloudStorage,
    });
    // Configuration is read once per instance; a function missing it serves nobody, and says so.
    problems ??= configProblems(fn, process.env);
    if (problems.length > 0) {
      ports.log.error('function not configured', { fn, missing: problems });
      return { ok: false, code: 'CONFIG_MISSING', message: ERRORS.CONFIG_MISSING };
    }
    // The platform's timer (SOURCE wx_trigger, no OPENID) runs the function's timer job, if any.
    const timerJob = timerJobFor(handlers, context);
    if (timerJob) return timerJob(ports);
    // WeChat adds `userInfo` to the event; identity and the invocation's source are taken
    // from the context only.
    return dispatch(fn, handlers, event, { openid: OPENID || undefined, source: context.SOURCE }, ports);
  };
}
