/**
 * Deputy photos that content security sent to a person (`review`): staff of a station the
 * deputy sits at look at the photo and publish it or refuse it. The decision lands only on
 * the photo it was made for (a deputy who uploaded another photo meanwhile keeps that one's
 * check), and is logged with who decided.
 */
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { Ports } from '../platform/ports';
import { settleDeputyPhotoCheck } from './deputies.repo';
import { deputiesByIds } from './visible';
import { requireMyStation } from '../stations/scope';

export async function deputyPhotoReviews(ports: Ports, actor: Actor, code: string) {
  const station = await requireMyStation(ports, actor, code);
  const deputies = (await deputiesByIds(ports, station.deputyIds)).filter((d) => d.photoCheck?.state === 'review');
  const items = await Promise.all(
    deputies.map(async (d) => ({
      deputyId: d._id,
      name: d.name,
      levelLabel: `${LEVEL_LABELS[d.level]}人大代表`,
      fileId: d.photoCheck!.fileId,
      url: await ports.storage.urlOf(d.photoCheck!.fileId).catch(() => ''),
    })),
  );
  return { items };
}

export async function reviewDeputyPhoto(
  ports: Ports,
  actor: Actor,
  p: { code: string; deputyId: string; fileId: string; approve: boolean },
) {
  const station = await requireMyStation(ports, actor, p.code);
  if (!station.deputyIds.includes(p.deputyId)) throw new AppError('DEPUTY_NOT_FOUND', '这位代表不在本联络站');
  const [deputy] = await deputiesByIds(ports, [p.deputyId]);
  const check = deputy?.photoCheck;
  if (!deputy || !check || check.state !== 'review' || check.fileId !== p.fileId) throw new AppError('PHOTO_REVIEW_GONE');
  const outcome = p.approve ? { publish: check.fileId } : { photoCheck: { ...check, state: 'refused' as const } };
  // Only while the check is still the one under review.
  if (!(await settleDeputyPhotoCheck(ports, deputy._id, check.traceId, 'review', outcome))) throw new AppError('PHOTO_REVIEW_GONE');
  ports.log.info('deputy photo reviewed', { deputyId: deputy._id, traceId: check.traceId, approve: p.approve, by: actor.openid, station: station._id });
  return { deputyId: deputy._id, state: p.approve ? ('published' as const) : ('refused' as const) };
}
