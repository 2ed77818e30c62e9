/**
 * Backups of the database: every collection the product declares (server/platform/
 * collections.ts COLLECTIONS) as one JSON-lines file each, read page by page through the
 * `setup` function's platform-only `exportPage` action until each collection is done, plus
 * an index of the stored files the documents refer to and a manifest with every count.
 *
 * The same code reads the local store (the action called as the platform, in process) and a
 * cloud environment (the action called through WeChat's server API, `tcb/invokecloudfunction`,
 * with an access token from the AppID and AppSecret). A restore writes a backup into an empty
 * local store. Used by scripts/backup.ts and scripts/restore.ts (`npm run backup`, `npm run
 * restore`) and test/handlers/backup.test.ts.
 */
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Envelope } from '../../core/contract';
import { COLLECTIONS } from '../../server/platform/collections';
import { decodeDocument, holdsDocuments, insertDocuments, type StoredDocument } from '../../server/platform/backup';
import type { Ports } from '../../server/platform/ports';

export const BACKUP_FORMAT = 1;
/** Documents per `exportPage` call: small enough for one server-API call's answer. */
export const PAGE_SIZE = 100;
export const MANIFEST = 'manifest.json';
export const FILE_INDEX = 'files.jsonl';

/** Calls `setup.exportPage` wherever the data is. */
export type ExportPage = (collection: string, after: string | undefined, limit: number) => Promise<{ lines: string[]; last?: string }>;

export interface Manifest {
  format: number;
  /** Where the backup was read from: `local <dir>` or `cloud <env>`. */
  source: string;
  startedAt: string;
  finishedAt: string;
  /** Documents per collection, as written to `<collection>.jsonl`. */
  collections: Record<string, number>;
  /** Entries of files.jsonl. */
  files: number;
}

/** One stored file the data refers to (files.jsonl). The bytes are not in the backup. */
export interface FileEntry {
  fileId: string;
  /** Made by the functions (QR codes, PDFs, workbooks: `…/generated/…`), not uploaded by a person. */
  generated: boolean;
  /** Its upload record (decision 0015), when it has one. */
  upload?: { owner: string; kind: string; bytes: number; at: string };
  /** `collection/_id` of every document naming it. */
  referencedBy: string[];
}

/** A file id as the storage gives them: `cloud://…` in WeChat, `local://…` in the local run. */
const FILE_ID = /^(cloud|local):\/\/\S+$/;

function fileIdsIn(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (FILE_ID.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) fileIdsIn(v, out);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const v of Object.values(value)) fileIdsIn(v, out);
  }
}

/** Reads `collection` from the first document to the last, page by page; answers how many. */
async function copyCollection(page: ExportPage, collection: string, file: string, seen: (doc: StoredDocument) => void): Promise<number> {
  await writeFile(file, '');
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const res = await page(collection, after, PAGE_SIZE);
    if (res.lines.length > 0) await appendFile(file, `${res.lines.join('\n')}\n`);
    for (const line of res.lines) seen(decodeDocument(line));
    count += res.lines.length;
    if (res.last === undefined) return count;
    if (res.last === after) throw new Error(`${collection}: the page after ${after} did not move forward`);
    after = res.last;
  }
}

/** Writes a backup of every collection into `dir` (created; files of an earlier backup there are replaced). */
export async function backupTo(dir: string, page: ExportPage, source: string, log: (line: string) => void = () => undefined): Promise<Manifest> {
  await mkdir(dir, { recursive: true });
  const startedAt = new Date().toISOString();
  const files = new Map<string, FileEntry>();
  const entry = (fileId: string): FileEntry => {
    let e = files.get(fileId);
    if (!e) files.set(fileId, (e = { fileId, generated: /\/generated\//.test(fileId), referencedBy: [] }));
    return e;
  };
  const collections: Record<string, number> = {};
  for (const collection of COLLECTIONS) {
    collections[collection] = await copyCollection(page, collection, path.join(dir, `${collection}.jsonl`), (doc) => {
      const ids = new Set<string>();
      fileIdsIn(doc, ids);
      if (collection === 'uploads' && typeof doc.fileId === 'string') {
        ids.delete(doc.fileId);
        const at = doc.at instanceof Date ? doc.at.toISOString() : String(doc.at);
        entry(doc.fileId).upload = { owner: String(doc.owner), kind: String(doc.kind), bytes: Number(doc.bytes), at };
      }
      for (const id of ids) entry(id).referencedBy.push(`${collection}/${doc._id}`);
    });
    log(`  ${collection.padEnd(16)} ${collections[collection]}`);
  }
  const index = [...files.values()].sort((a, b) => a.fileId.localeCompare(b.fileId));
  await writeFile(path.join(dir, FILE_INDEX), index.map((e) => `${JSON.stringify(e)}\n`).join(''));
  const manifest: Manifest = { format: BACKUP_FORMAT, source, startedAt, finishedAt: new Date().toISOString(), collections, files: index.length };
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** `setup.exportPage` through a dispatcher call (the local run's `callAsPlatform`, or the server API below). */
export function exportPageVia(call: (event: object) => Promise<Envelope<unknown>>): ExportPage {
  return async (collection, after, limit) => {
    const answer = await call({ action: 'exportPage', payload: { collection, limit, ...(after === undefined ? {} : { after }) } });
    if (!answer.ok) throw new Error(`setup.exportPage refused for ${collection}: ${answer.code} ${answer.message}`);
    return answer.data as { lines: string[]; last?: string };
  };
}

export { cloudSetup } from './server-api';

async function* linesOf(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim() !== '') yield line;
}

/**
 * Writes the backup in `dir` into the store behind `ports`, which must hold no document of any
 * collection (a restore never merges). Every collection file is checked against the manifest's
 * count; a collection the product does not declare is refused.
 */
export async function restoreFrom(dir: string, ports: Ports, log: (line: string) => void = () => undefined): Promise<Record<string, number>> {
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`backup format ${manifest.format}, this code reads ${BACKUP_FORMAT}`);
  const unknown = Object.keys(manifest.collections).filter((c) => !(COLLECTIONS as readonly string[]).includes(c));
  const stray = (await readdir(dir)).filter((f) => f.endsWith('.jsonl') && f !== FILE_INDEX && !(f.replace(/\.jsonl$/, '') in manifest.collections));
  if (unknown.length > 0 || stray.length > 0) throw new Error(`not collections of this product: ${[...unknown, ...stray].join(', ')}`);
  const occupied: string[] = [];
  for (const c of COLLECTIONS) if (await holdsDocuments(ports, c)) occupied.push(c);
  if (occupied.length > 0) throw new Error(`the store is not empty (${occupied.join(', ')}): restore only into an empty store`);
  const restored: Record<string, number> = {};
  for (const [collection, expected] of Object.entries(manifest.collections)) {
    let n = 0;
    let batch: StoredDocument[] = [];
    for await (const line of linesOf(path.join(dir, `${collection}.jsonl`))) {
      batch.push(decodeDocument(line));
      if (batch.length === 100) {
        await insertDocuments(ports, collection, batch);
        n += batch.length;
        batch = [];
      }
    }
    await insertDocuments(ports, collection, batch);
    n += batch.length;
    if (n !== expected) throw new Error(`${collection}: ${n} documents in the file, the manifest says ${expected}`);
    restored[collection] = n;
    log(`  ${collection.padEnd(16)} ${n}`);
  }
  return restored;
}
