/** A deputy as residents see them: what the deputy chose to publish, never more. */
import type { z } from 'zod';
import type { DeputyCard } from '../../core/contract';
import { publicContact } from '../../core/deputy-profile';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';

const STORED = /^(cloud|local):\/\//;

/** A displayable URL for the deputy's public photo ('' when none). */
export async function deputyPhotoUrl(ports: Ports, d: DeputyDoc): Promise<string> {
  if (!d.photo) return '';
  if (!STORED.test(d.photo)) return d.photo;
  return ports.storage.urlOf(d.photo).catch(() => '');
}

/** Photo URLs by deputy id, for pages listing several deputies. */
export async function deputyPhotoUrls(ports: Ports, deputies: readonly DeputyDoc[]): Promise<Record<string, string>> {
  const urls = await Promise.all(deputies.map((d) => deputyPhotoUrl(ports, d)));
  return Object.fromEntries(deputies.map((d, i) => [d._id, urls[i]]));
}

export function toDeputyCard(
  d: DeputyDoc,
  at: { photoUrl: string; onLeave: boolean; onDutyNow: boolean; title?: string },
): z.infer<typeof DeputyCard> {
  return {
    id: d._id,
    name: d.name,
    level: d.level,
    levelLabel: LEVEL_LABELS[d.level],
    ...(at.title ? { title: at.title } : {}),
    bio: d.bio,
    photo: at.photoUrl,
    photoAlt: `${d.name}代表照片`,
    onLeave: at.onLeave,
    onDutyNow: at.onDutyNow,
    specialties: [...d.specialties],
    contact: publicContact(d.contactPreference, d.officePhone),
  };
}
