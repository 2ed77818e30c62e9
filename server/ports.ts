/** What a handler may touch of the world. Cloud and local adapters provide these. */
import type { CloudDb } from './db';
import type { OpenApi } from './openapi/port';

/** Files residents attach: cloud storage in WeChat, a folder in the local run. */
export interface Storage {
  /** Whether the file exists and belongs to this openid's uploads. */
  exists(fileId: string): Promise<boolean>;
  /** A URL the app can show (a temporary URL in the cloud). */
  urlOf(fileId: string): Promise<string>;
  remove(fileId: string): Promise<void>;
  /** The bytes of an uploaded file (a roster to import), or undefined when there is none. */
  download(fileId: string): Promise<Buffer | undefined>;
  /** Stores a file the functions generated (QR codes, PDFs) at `cloudPath`; returns its file id. */
  saveGenerated(cloudPath: string, bytes: Buffer, contentType: string): Promise<string>;
}

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
  openapi: OpenApi;
  storage: Storage;
}

export const systemClock: Clock = { now: () => new Date() };

export const consoleLogger: Logger = {
  info: (msg, extra) => console.log(JSON.stringify({ level: 'info', msg, ...extra })),
  error: (msg, extra) => console.error(JSON.stringify({ level: 'error', msg, ...extra })),
};
