/**
 * The local run's stand-in for what the mini-program does with a picked file (decision 0015):
 * wx.cloud.uploadFile (the bytes stored in the upload folder), then `user.registerUpload` as
 * the uploader — the same handler as in the cloud, which checks the bytes and records the
 * upload as theirs. A refused registration leaves nothing stored.
 */
import type { Envelope } from '../../core/contract';
import { beijingDateKey } from '../../core/beijing-time';
import type { UploadKind } from '../../core/uploads';
import { imageKind } from '../../emulator/local-storage';
import type { LocalRuntime } from './runtime';

export async function storeUpload(
  runtime: LocalRuntime,
  openid: string,
  bytes: Buffer,
  kind: UploadKind,
): Promise<Envelope<{ fileId: string; url: string }>> {
  // The name's extension is for people reading the folder; what the file is comes from its record.
  const ext = kind === 'image' ? (imageKind(bytes) ?? 'bin') : 'bin';
  const fileId = runtime.files.save(bytes, ext, beijingDateKey(runtime.clock.now()));
  const registered = await runtime.call('user', { action: 'registerUpload', payload: { fileId, kind } }, openid);
  if (!registered.ok) {
    await runtime.files.remove(fileId);
    return registered;
  }
  return { ok: true, data: { fileId, url: kind === 'image' ? await runtime.files.urlOf(fileId) : '' } };
}
