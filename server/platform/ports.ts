/** What a handler may touch of the world. Cloud and local adapters provide these; the database only through repositories. */
import type { CloudDb } from './db';
import { DB } from './db-key';
import type { OpenApi } from './openapi/port';

/**
 * Files: cloud storage in WeChat, a folder in the local run. Bytes only: who uploaded a file
 * and as what is recorded by registering it (`uploads`, server/users/uploads.ts), which
 * is what decides whether a caller may attach or delete it (decision 0015).
 */
export interface Storage {
  /** Whether a file with this id is in storage (says nothing of who uploaded it). */
  exists(fileId: string): Promise<boolean>;
  /** A URL the app can show (a temporary URL in the cloud). */
  urlOf(fileId: string): Promise<string>;
  /** Deletes the file; callers delete only files whose upload record says they may. */
  remove(fileId: string): Promise<void>;
  /** The bytes of a stored file (an upload to check or import, a photo to print), or undefined when there is none. */
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
  /** The database client: only `dbOf` (platform/db.ts) reads it, and only repositories import that. */
  readonly [DB]: CloudDb;
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

/** The ports a root (cloud/, local/) hands to handlers, with the database client under its private key. */
export const withDb = (db: CloudDb, rest: Omit<Ports, typeof DB>): Ports => ({ ...rest, [DB]: db });
