/** The local run's stand-in for cloud storage: files in DATA_DIR/files, ids `local://uploads/…`. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Storage } from '../server/platform/ports';

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** Uploads, named after their first bytes (jpg, png, else bin); what they are is their upload record's (decision 0015). */
const ID = /^local:\/\/uploads\/([0-9]{8})\/([a-f0-9]{24})\.(jpg|png|bin)$/;
/** Files the functions generate (QR codes, PDFs, xlsx workbooks): `local://generated/<path>`. */
export const GENERATED_ID = /^local:\/\/generated\/((?:[A-Za-z0-9_-]+\/){0,3}[A-Za-z0-9_.-]{1,80}\.(png|jpg|pdf|xlsx))$/;

export type ImageKind = 'jpg' | 'png';
/** The extension an upload is stored under. */
export type UploadKind = ImageKind | 'bin';

/** The extension for a new upload, from its first bytes (a name only: registering it checks the whole file). */
export function imageKind(bytes: Buffer): ImageKind | undefined {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  return undefined;
}

export class LocalStorage implements Storage {
  private readonly memory = new Map<string, Buffer>();

  /** `dir` undefined keeps files in memory (tests). */
  constructor(private readonly dir?: string) {}

  private fileOf(fileId: string): string | undefined {
    const m = ID.exec(fileId);
    return m && this.dir ? path.join(this.dir, m[1], `${m[2]}.${m[3]}`) : undefined;
  }

  save(bytes: Buffer, kind: UploadKind, day: string): string {
    const fileId = `local://uploads/${day}/${randomBytes(12).toString('hex')}.${kind}`;
    const file = this.fileOf(fileId);
    if (file) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    } else this.memory.set(fileId, bytes);
    return fileId;
  }

  async saveGenerated(cloudPath: string, bytes: Buffer): Promise<string> {
    const fileId = `local://generated/${cloudPath}`;
    const m = GENERATED_ID.exec(fileId);
    if (!m || cloudPath.includes('..')) throw new Error(`bad generated file path: ${cloudPath}`);
    if (this.dir) {
      const file = path.join(this.dir, 'generated', m[1]);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    } else this.memory.set(fileId, bytes);
    return fileId;
  }

  read(fileId: string): Buffer | undefined {
    const generated = GENERATED_ID.exec(fileId);
    if (generated && !fileId.includes('..')) {
      if (!this.dir) return this.memory.get(fileId);
      const file = path.join(this.dir, 'generated', generated[1]);
      return existsSync(file) ? readFileSync(file) : undefined;
    }
    if (!ID.test(fileId)) return undefined;
    const file = this.fileOf(fileId);
    if (file) return existsSync(file) ? readFileSync(file) : undefined;
    return this.memory.get(fileId);
  }

  async download(fileId: string): Promise<Buffer | undefined> {
    return this.read(fileId);
  }

  async exists(fileId: string): Promise<boolean> {
    return this.read(fileId) !== undefined;
  }

  async urlOf(fileId: string): Promise<string> {
    return `/api/storage/${fileId.slice('local://'.length)}`;
  }

  async remove(fileId: string): Promise<void> {
    const generated = GENERATED_ID.exec(fileId);
    if (generated && this.dir && !fileId.includes('..')) rmSync(path.join(this.dir, 'generated', generated[1]), { force: true });
    const file = this.fileOf(fileId);
    if (file) rmSync(file, { force: true });
    this.memory.delete(fileId);
  }
}
