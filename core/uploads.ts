/**
 * Uploads (decision 0015): what the app stores in cloud storage itself (wx.cloud.uploadFile),
 * then registers with `user.registerUpload` so that the server records who uploaded it and
 * as what. Only registered uploads are attached anywhere, and only by their owner.
 */

/** `image`: a photo (checked to be a whole PNG or JPEG); `file`: a document for an import. */
export const UPLOAD_KINDS = ['image', 'file'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** The folder the app uploads into; nothing outside it can be registered (generated files, older uploads). */
export const UPLOAD_FOLDER = 'uploads';

/** Where the mini-program puts an upload in cloud storage: `uploads/<kind>/<yyyymmdd>/<random>.<ext>`. */
export function uploadCloudPath(kind: UploadKind, day: string, random: string, ext: string): string {
  return `${UPLOAD_FOLDER}/${kind}/${day}/${random}.${ext}`;
}

/**
 * A file id in the upload folder: in WeChat Cloud `cloud://<env>.<bucket>/uploads/…`, in the
 * local run `local://uploads/…`. Ids of generated files (`generated/…`) and of anything else
 * are not uploads.
 */
export function isUploadFileId(fileId: string): boolean {
  return /^cloud:\/\/[^/]+\/uploads\/(image|file)\/[0-9]{8}\/[A-Za-z0-9_-]{6,64}\.[a-z0-9]{1,5}$/.test(fileId) ||
    /^local:\/\/uploads\/[0-9]{8}\/[a-f0-9]{24}\.(jpg|png|bin)$/.test(fileId);
}
