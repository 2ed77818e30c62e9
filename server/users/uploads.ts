/**
 * Uploads and who may use them (decision 0015). The app stores a file in cloud storage itself,
 * then registers it: the server reads its bytes, checks that an image is a whole PNG or JPEG,
 * and records the caller as its owner. Everything that takes a file id from a caller — an
 * opinion's photos, photos added later, a deputy's photo and activity photos, a roster to
 * import — takes only the caller's own registered uploads of the right kind; erasing one's
 * data deletes only files one uploaded.
 */
import { AppError } from '../../core/errors';
import { inspectImage } from '../../core/image-format';
import { isUploadFileId, type UploadKind } from '../../core/uploads';
import { UPLOAD_LIMITS } from '../config/limits';
import type { UploadDoc } from '../model';
import type { Ports } from '../platform/ports';
import { addUpload, findUpload, findUploads, removeUpload, uploadIdOf } from './uploads.repo';

const KIND_WRONG: Record<UploadKind, string | undefined> = {
  image: undefined, // the code's own message: not a photo
  file: '这个文件是作为照片上传的，请重新上传要导入的文件',
};

/** One answer for "no such upload" and "someone else's": a file id reveals nothing. */
const notYours = (detail: string) => new AppError('UPLOAD_NOT_YOURS', undefined, detail);

function ownedAs(u: UploadDoc, owner: string, kind: UploadKind): UploadDoc {
  if (u.owner !== owner) throw notYours(`${u.fileId} is not the caller's upload`);
  if (u.kind !== kind) throw new AppError('UPLOAD_KIND_WRONG', KIND_WRONG[kind], `${u.fileId} is a ${u.kind} upload, not ${kind}`);
  return u;
}

/**
 * Records a file the caller just put in the upload folder as theirs, after checking its
 * bytes. The first caller to register a file owns it; registering it again is answered with
 * the same record. Generated files and files outside the upload folder are never registered.
 */
export async function registerUpload(ports: Ports, openid: string, fileId: string, kind: UploadKind): Promise<UploadDoc> {
  if (!isUploadFileId(fileId)) throw notYours(`${fileId} is not in the upload folder`);
  const known = await findUpload(ports, fileId);
  if (known) return ownedAs(known, openid, kind);
  const bytes = await ports.storage.download(fileId);
  if (!bytes) throw notYours(`${fileId} is not in storage`);
  if (bytes.length === 0) throw new AppError('INVALID_PAYLOAD', '文件是空的，请重新上传');
  if (bytes.length > UPLOAD_LIMITS.maxBytes) throw new AppError('INVALID_PAYLOAD', `文件不能超过 ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB`);
  const image = kind === 'image' ? inspectImage(bytes) : undefined;
  if (image && !image.ok) throw new AppError('IMAGE_INVALID', undefined, `${fileId}: ${image.reason}`);
  const doc: UploadDoc = {
    _id: uploadIdOf(fileId),
    fileId,
    owner: openid,
    kind,
    ...(image?.ok ? { format: image.format, width: image.width, height: image.height } : {}),
    bytes: bytes.length,
    at: ports.clock.now(),
  };
  // Two registrations at once: the one that landed decides.
  return ownedAs(await addUpload(ports, doc), openid, kind);
}

/** Every file id must be an upload of `owner`, of `kind`, still in storage; otherwise nothing is done. */
export async function requireOwnUploads(ports: Ports, owner: string, fileIds: readonly string[], kind: UploadKind): Promise<void> {
  if (fileIds.length === 0) return;
  const records = await findUploads(ports, fileIds);
  for (const fileId of fileIds) {
    const u = records.get(fileId);
    if (!u) throw notYours(`${fileId} was never registered`);
    ownedAs(u, owner, kind);
  }
  for (const fileId of new Set(fileIds)) {
    if (!(await ports.storage.exists(fileId))) throw notYours(`${fileId} is no longer in storage`);
  }
}

/** The caller's own photos (an opinion's, a deputy's): images they uploaded. */
export const requireOwnImages = (ports: Ports, owner: string, fileIds: readonly string[]) => requireOwnUploads(ports, owner, fileIds, 'image');

/** Those of `fileIds` that `owner` uploaded (a file anyone else uploaded, or one without a record, is not). */
export async function ownUploadsAmong(ports: Ports, owner: string, fileIds: readonly string[]): Promise<string[]> {
  const records = await findUploads(ports, fileIds);
  const own = [...new Set(fileIds)].filter((fileId) => records.get(fileId)?.owner === owner);
  if (own.length < new Set(fileIds).size) ports.log.info('files kept: not uploaded by the caller', { count: new Set(fileIds).size - own.length });
  return own;
}

/** Deletes the files and then their records. */
export async function removeUploads(ports: Ports, fileIds: readonly string[]): Promise<void> {
  for (const fileId of fileIds) {
    await ports.storage.remove(fileId);
    await removeUpload(ports, fileId);
  }
}

/** Forgets the records of files already deleted. */
export async function forgetUploads(ports: Ports, fileIds: readonly string[]): Promise<void> {
  for (const fileId of fileIds) await removeUpload(ports, fileId);
}

/** How a stored upload is answered: a fixed content type from its record, never from its name or bytes. */
export function contentTypeOf(u: UploadDoc | undefined): string | undefined {
  if (u?.kind !== 'image') return undefined;
  return u.format === 'png' ? 'image/png' : u.format === 'jpeg' ? 'image/jpeg' : undefined;
}
