/**
 * The deputy's profile: bio, specialties (the field routing reads), public contact preference
 * and photo. The bio goes through msgSecCheck before anything is written; a new photo goes
 * through mediaCheckAsync and becomes public only when its verdict is `pass` (until then the
 * previous photo stays on the station page).
 */
import type { z } from 'zod';
import type { Payload } from '../../core/contract';
import type { DeputyProfile } from '../../core/contract/actions/deputy-profile';
import { beijingParts } from '../../core/beijing-time';
import { AppError } from '../../core/errors';
import { isOnLeave } from '../../core/reception-schedule';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputyPhotoCheck, recordDeputyPhotoCheck, setDeputyPhotoVerdict, type DeputyPhotoCheckDoc } from '../opinions/mediachecks.repo';
import { getDeputy, saveDeputyProfileFields, setDeputyPhotoPending, settleDeputyPhotoCheck } from './deputies.repo';
import { deputyPhotoUrl, toDeputyCard } from './deputy-card';
import { checkDeputyText } from '../opinions/deputy-work';
import { requireOwnImages } from '../users/uploads';
import { specialtyChoices } from '../../core/categories';
import { assertCategory, categoriesOfStations } from '../categories/categories';

/** msgSecCheck / mediaCheckAsync scene 1: a profile. */
const PROFILE_SCENE = 1;

type Verdict = 'pass' | 'review' | 'risky';

/** A pending image check of a deputy's photo (stored in `mediachecks` beside the opinions' checks). */
export type { DeputyPhotoCheckDoc };

async function requireDeputy(ports: Ports, id: string): Promise<DeputyDoc> {
  const d = await getDeputy(ports, id);
  if (!d) throw new AppError('DEPUTY_NOT_FOUND');
  return d;
}

export async function deputyProfile(ports: Ports, deputyId: string): Promise<z.infer<typeof DeputyProfile>> {
  const d = await requireDeputy(ports, deputyId);
  const [photoUrl, categories] = await Promise.all([deputyPhotoUrl(ports, d), categoriesOfStations(ports, d.stationCodes)]);
  const check = d.photoCheck;
  // A refused photo is not shown again, not even to its owner.
  const checkUrl = check && check.state !== 'refused' ? await ports.storage.urlOf(check.fileId).catch(() => '') : undefined;
  const today = beijingParts(ports.clock.now()).date;
  return {
    name: d.name,
    levelLabel: LEVEL_LABELS[d.level],
    bio: d.bio,
    specialties: [...d.specialties],
    // What routing can send to a deputy at the deputy's stations: the defaults and what their regions added.
    specialtyChoices: specialtyChoices(categories),
    contactPreference: d.contactPreference ?? 'none',
    ...(d.officePhone ? { officePhone: d.officePhone } : {}),
    photoUrl,
    photoCheck: check ? { state: check.state, ...(checkUrl ? { url: checkUrl } : {}) } : { state: 'none' },
    card: toDeputyCard(d, { photoUrl, onLeave: isOnLeave(d.leaves, today), onDutyNow: false }),
  };
}

export async function saveDeputyProfile(ports: Ports, actor: Actor, p: Payload<'deputy', 'saveProfile'>) {
  const d = await requireDeputy(ports, actor.deputy!._id);
  // Everything that can refuse runs before the first write. A specialty is a category of the
  // deputy's stations (one held already may stay, retired since or not).
  const fresh = p.specialties.filter((c) => !d.specialties.includes(c));
  if (fresh.length) {
    const categories = await categoriesOfStations(ports, d.stationCodes);
    for (const c of fresh) assertCategory(categories, c, '您所在联络站');
  }
  await checkDeputyText(ports, actor, p.bio);
  const newPhoto = p.photo && p.photo !== d.photo && p.photo !== d.photoCheck?.fileId ? p.photo : undefined;
  if (newPhoto) await requireOwnImages(ports, actor.openid!, [newPhoto]);

  await saveDeputyProfileFields(ports, d._id, {
    bio: p.bio,
    specialties: p.specialties,
    contactPreference: p.contactPreference,
    officePhone: p.officePhone,
    profileUpdatedAt: ports.clock.now(),
  });
  if (newPhoto) {
    const mediaUrl = await ports.storage.urlOf(newPhoto);
    const { traceId } = await ports.openapi.mediaCheckAsync({ openid: actor.openid!, scene: PROFILE_SCENE, mediaUrl, mediaType: 2 });
    const check: DeputyPhotoCheckDoc = { _id: traceId, deputyId: d._id, fileId: newPhoto, at: ports.clock.now() };
    await recordDeputyPhotoCheck(ports, check);
    await setDeputyPhotoPending(ports, d._id, newPhoto, traceId);
    // WeChat may push the verdict between the two writes above: it then found no pending
    // photoCheck and only recorded itself on the check. Apply it now (once: the write is
    // conditional on the check still pending).
    const landed = await deputyPhotoCheck(ports, traceId);
    if (landed?.verdict) await applyDeputyPhotoVerdict(ports, landed, landed.verdict);
  }
  return deputyProfile(ports, d._id);
}

/**
 * The verdict on a deputy's photo: `pass` publishes it, `review` keeps it private (staff may
 * look at it), `risky` refuses it. The verdict is first recorded on its check (see
 * `saveDeputyProfile`), then applied on the condition that this check is still the deputy's
 * pending one: a photo saved since, or a verdict already applied, changes nothing.
 */
export async function applyDeputyPhotoVerdict(ports: Ports, check: DeputyPhotoCheckDoc, suggest: Verdict): Promise<boolean> {
  await setDeputyPhotoVerdict(ports, check._id, suggest, ports.clock.now());
  // Only while this check is still the deputy's pending one.
  const landed = await settleDeputyPhotoCheck(
    ports,
    check.deputyId,
    check._id,
    'pending',
    suggest === 'pass'
      ? { publish: check.fileId }
      : { photoCheck: { fileId: check.fileId, traceId: check._id, state: suggest === 'risky' ? 'refused' : 'review' } },
  );
  return suggest === 'pass' && landed;
}
