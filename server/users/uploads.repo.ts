/** The `uploads` collection: one record per registered upload, keyed by its file id (decision 0015). */
import { createHash } from 'node:crypto';
import { dbOf, findAll, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { UploadDoc } from '../model';
import type { Ports } from '../platform/ports';

/** A record's id: a hash of the file id (file ids carry `/` and `:`, and may be long). */
export const uploadIdOf = (fileId: string): string => `up${createHash('sha256').update(fileId).digest('hex').slice(0, 40)}`;

/** The record of one file, or undefined. */
export const findUpload = (ports: Ports, fileId: string) => findById<UploadDoc>(dbOf(ports), 'uploads', uploadIdOf(fileId));

/** The records of these files, by file id (a file without one is not in the map). */
export async function findUploads(ports: Ports, fileIds: readonly string[]): Promise<Map<string, UploadDoc>> {
  if (fileIds.length === 0) return new Map();
  const db = dbOf(ports);
  const ids = [...new Set(fileIds.map(uploadIdOf))];
  const found = await findAll<UploadDoc>(db, 'uploads', { _id: db.command.in(ids) }, ids.length);
  return new Map(found.map((u) => [u.fileId, u]));
}

/** Records the upload unless the file already has a record; answers the record that holds. */
export async function addUpload(ports: Ports, doc: UploadDoc): Promise<UploadDoc> {
  try {
    await dbOf(ports).collection('uploads').add({ data: doc });
    return doc;
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    const landed = await findById<UploadDoc>(dbOf(ports), 'uploads', doc._id);
    if (!landed) throw e;
    return landed;
  }
}

/** Forgets the record of one file. */
export async function removeUpload(ports: Ports, fileId: string): Promise<void> {
  await dbOf(ports).collection('uploads').doc(uploadIdOf(fileId)).remove();
}

/** Gives every upload of `owner` to `erasedId` (erasing one's data: the file no longer leads to the openid). */
export async function reassignUploads(ports: Ports, owner: string, erasedId: string): Promise<void> {
  await dbOf(ports).collection('uploads').where({ owner }).update({ data: { owner: erasedId } });
}

/** Every upload of `owner` (at most 10,000). */
export const uploadsOwnedBy = (ports: Ports, owner: string) => findAll<UploadDoc>(dbOf(ports), 'uploads', { owner }, 10_000);
