/**
 * The cloud function entry: adapts WeChat Cloud (openid from getWXContext, the cloud
 * database, the system clock) to the handlers. Nothing else lives here.
 */
import cloud from 'wx-server-sdk';
import type { FunctionName } from '../../core/contract';
import type { CloudDb } from '../db';
import { dispatch, type FunctionHandlers } from '../dispatch';
import { consoleLogger, systemClock, type Ports } from '../ports';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

export function cloudMain(fn: FunctionName, handlers: FunctionHandlers) {
  return async function main(event: unknown): Promise<unknown> {
    const { OPENID } = cloud.getWXContext();
    const ports: Ports = {
      db: cloud.database() as unknown as CloudDb,
      clock: systemClock,
      log: consoleLogger,
    };
    // WeChat adds `userInfo` to the event; identity is taken from the context only.
    return dispatch(fn, handlers, event, OPENID || undefined, ports);
  };
}
