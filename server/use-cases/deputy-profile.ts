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
import type { Actor } from '../actor';
import { findById } from '../db';
import type { DeputyDoc } from '../model';
import type { Ports } from '../ports';
import { deputyPhotoUrl, toDeputyCard } from '../views/deputy-card';
import { checkPhotosExist } from './content-check';
import { checkDeputyText } from './deputy-work';

/** msgSecCheck / mediaCheckAsync scene 1: a profile. */
const PROFILE_SCENE = 1;

/** A pending image check of a deputy's photo (stored in `mediachecks` beside the opinions' checks). */
export interface DeputyPhotoCheckDoc {
  _id: string; // trace id
  deputyId: string;
  fileId: string;
  at: Date;
}

async function requireDeputy(ports: Ports, id: string): Promise<DeputyDoc> {
  const d = await findById<DeputyDoc>(ports.db, 'deputies', id);
  if (!d) throw new AppError('DEPUTY_NOT_FOUND');
  return d;
}

export async function deputyProfile(ports: Ports, deputyId: string): Promise<z.infer<typeof DeputyProfile>> {
  const d = await requireDeputy(ports, deputyId);
  const photoUrl = await deputyPhotoUrl(ports, d);
  const check = d.photoCheck;
  // A refused photo is not shown again, not even to its owner.
  const checkUrl = check && check.state !== 'refused' ? await ports.storage.urlOf(check.fileId).catch(() => '') : undefined;
  const today = beijingParts(ports.clock.now()).date;
  return {
    name: d.name,
    levelLabel: LEVEL_LABELS[d.level],
    bio: d.bio,
    specialties: [...d.specialties],
    contactPreference: d.contactPreference ?? 'none',
    ...(d.officePhone ? { officePhone: d.officePhone } : {}),
    photoUrl,
    photoCheck: check ? { state: check.state, ...(checkUrl ? { url: checkUrl } : {}) } : { state: 'none' },
    card: toDeputyCard(d, { photoUrl, onLeave: isOnLeave(d.leaves, today), onDutyNow: false }),
  };
}

export async function saveDeputyProfile(ports: Ports, actor: Actor, p: Payload<'deputy', 'saveProfile'>) {
  const d = await requireDeputy(ports, actor.deputy!._id);
  // Everything that can refuse runs before the first write.
  await checkDeputyText(ports, actor, p.bio);
  const newPhoto = p.photo && p.photo !== d.photo && p.photo !== d.photoCheck?.fileId ? p.photo : undefined;
  if (newPhoto) await checkPhotosExist(ports, [newPhoto]);

  const _ = ports.db.command;
  await ports.db.collection('deputies').doc(d._id).update({
    data: {
      bio: p.bio,
      specialties: p.specialties,
      contactPreference: p.contactPreference,
      officePhone: p.officePhone ?? _.remove(),
      profileUpdatedAt: ports.clock.now(),
    },
  });
  if (newPhoto) {
    const mediaUrl = await ports.storage.urlOf(newPhoto);
    const { traceId } = await ports.openapi.mediaCheckAsync({ openid: actor.openid!, scene: PROFILE_SCENE, mediaUrl, mediaType: 2 });
    const check: DeputyPhotoCheckDoc = { _id: traceId, deputyId: d._id, fileId: newPhoto, at: ports.clock.now() };
    await ports.db.collection('mediachecks').add({ data: check });
    await ports.db.collection('deputies').doc(d._id).update({ data: { photoCheck: { fileId: newPhoto, traceId, state: 'pending' } } });
  }
  return deputyProfile(ports, d._id);
}

/**
 * The verdict on a deputy's photo: `pass` publishes it, `review` keeps it private (staff may
 * look at it), `risky` refuses it. A verdict for a photo since replaced changes nothing.
 */
export async function applyDeputyPhotoVerdict(
  ports: Ports,
  check: DeputyPhotoCheckDoc,
  suggest: 'pass' | 'review' | 'risky',
): Promise<boolean> {
  const d = await findById<DeputyDoc>(ports.db, 'deputies', check.deputyId);
  if (!d || d.photoCheck?.traceId !== check._id || d.photoCheck.state !== 'pending') return false;
  const _ = ports.db.command;
  if (suggest === 'pass') {
    await ports.db.collection('deputies').doc(d._id).update({ data: { photo: check.fileId, photoCheck: _.remove() } });
    return true;
  }
  await ports.db.collection('deputies').doc(d._id).update({
    data: { photoCheck: { ...d.photoCheck, state: suggest === 'risky' ? 'refused' : 'review' } },
  });
  return false;
}
