/**
 * Files the functions generate (PDFs, xlsx workbooks): stored under the kind's folder, handed
 * to the caller as a file id and a temporary URL, never as bytes in the answer (a callFunction
 * answer is size-limited; PLATFORM.md). Storage is closed to clients: a generated file is read
 * only through the URL its function answered, and no action takes its id (it is nobody's
 * upload, decision 0015).
 */
import { randomBytes } from 'node:crypto';
import type { Ports } from './ports';

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type GeneratedKind = keyof typeof CONTENT_TYPES;

/**
 * `<folder>/<scope>-<time>-<16 random hex>.<ext>`: the folder is the kind of document, the
 * scope what it is of (the deputy, the region, the campaign and region); the random part keeps
 * a path from being guessed from the scope and a time, and two files from colliding.
 */
export function generatedPath(folder: string, scope: string, at: Date, ext: GeneratedKind): string {
  const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${folder}/${scope.replace(/[^A-Za-z0-9_-]/g, '_')}-${stamp}-${randomBytes(8).toString('hex')}.${ext}`;
}

/** What an action answers for a stored file. */
export interface StoredFile {
  fileId: string;
  url: string;
  fileName: string;
}

/** Stores `bytes` as a generated file of `folder` for `scope`; answers its id, a temporary URL and the name to save it as. */
export async function storeGenerated(
  ports: Ports,
  file: { folder: string; scope: string; fileName: string; ext: GeneratedKind },
  bytes: Buffer,
): Promise<StoredFile> {
  const path = generatedPath(file.folder, file.scope, ports.clock.now(), file.ext);
  const fileId = await ports.storage.saveGenerated(path, bytes, CONTENT_TYPES[file.ext]);
  return { fileId, url: await ports.storage.urlOf(fileId), fileName: file.fileName };
}
