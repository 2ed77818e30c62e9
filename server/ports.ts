/** What a handler may touch of the world. Cloud and local adapters provide these. */
import type { CloudDb } from './db';

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(msg: string, extra?: object): void;
  error(msg: string, extra?: object): void;
}

export interface Ports {
  db: CloudDb;
  clock: Clock;
  log: Logger;
}

export const systemClock: Clock = { now: () => new Date() };

export const consoleLogger: Logger = {
  info: (msg, extra) => console.log(JSON.stringify({ level: 'info', msg, ...extra })),
  error: (msg, extra) => console.error(JSON.stringify({ level: 'error', msg, ...extra })),
};
