/**
 * Text through WeChat's content security before anything is stored. `risky` is refused;
 * `review` holds the opinion for staff. If the check itself fails, the opinion is held
 * rather than lost or let through unchecked.
 */
import { AppError } from '../../core/errors';
import type { Suggest } from '../platform/openapi/port';
import type { Ports } from '../platform/ports';
import { recordOpinionPhotoChecks } from './mediachecks.repo';

const COMMENT_SCENE = 2;

export async function checkText(ports: Ports, openid: string, parts: (string | undefined)[]): Promise<Suggest> {
  const content = parts.filter(Boolean).join('\n');
  if (!content) return 'pass';
  try {
    const { suggest } = await ports.openapi.msgSecCheck({ openid, scene: COMMENT_SCENE, content: content.slice(0, 2500) });
    if (suggest === 'risky') throw new AppError('TEXT_REFUSED');
    return suggest;
  } catch (e) {
    if (e instanceof AppError) throw e;
    ports.log.error('msgSecCheck failed; holding for review', { error: String(e) });
    return 'review';
  }
}

/**
 * Starts the asynchronous image checks of photos the caller may attach (their own image
 * uploads: server/users/uploads.ts); their verdicts arrive at security.mediaVerdict
 * (server/opinions/photo-verdict.ts). Each check is recorded before the write
 * that carries it onto the opinion, which then applies a verdict that came first.
 */
export async function startMediaChecks(
  ports: Ports,
  openid: string,
  opinionId: string,
  photos: readonly string[],
): Promise<{ fileId: string; traceId: string }[]> {
  // The checks start at once (each an open API call), then are recorded in one insert.
  const checks = await Promise.all(
    photos.map(async (fileId) => {
      const mediaUrl = await ports.storage.urlOf(fileId);
      const { traceId } = await ports.openapi.mediaCheckAsync({ openid, scene: COMMENT_SCENE, mediaUrl, mediaType: 2 });
      return { fileId, traceId };
    }),
  );
  const at = ports.clock.now();
  await recordOpinionPhotoChecks(ports, checks.map((c) => ({ _id: c.traceId, opinionId, fileId: c.fileId, at })));
  return checks;
}
