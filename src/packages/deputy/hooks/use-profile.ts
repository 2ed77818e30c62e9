import { useEffect, useState } from 'react';
import type { Answer, PayloadIn } from '@core/contract/functions';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/api-error';
import { uploadPhoto } from '../../../api/upload';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';
import { pickPhotos } from '../../../platform/pick-photos';

type Profile = Answer<'deputy', 'profile'>;
export type ProfileDraft = Omit<PayloadIn<'deputy', 'saveProfile'>, 'officePhone' | 'photo' | 'specialties'> & {
  specialties: string[];
  officePhone: string;
  /** A newly uploaded photo, not yet saved. */
  photo?: { fileId: string; url: string };
};

const draftOf = (p: Profile): ProfileDraft => ({
  bio: p.bio,
  specialties: p.specialties,
  contactPreference: p.contactPreference,
  officePhone: p.officePhone ?? '',
});

/** My profile as residents see it, and a draft to edit: bio, specialties, contact, a new photo. */
export function useProfile() {
  const profile = useRemote('deputy-profile', () => call('deputy', 'profile', {}));
  const [draft, setDraft] = useState<ProfileDraft>();
  const [uploading, setUploading] = useState(false);
  const action = useAction();
  useEffect(() => {
    if (profile.data && !draft) setDraft(draftOf(profile.data));
  }, [profile.data, draft]);

  const update = (patch: Partial<ProfileDraft>) => (setDraft((d) => (d ? { ...d, ...patch } : d)), action.clear());
  const toggleSpecialty = (c: string) =>
    update({ specialties: draft?.specialties.includes(c) ? draft.specialties.filter((x) => x !== c) : [...(draft?.specialties ?? []), c] });

  const pickPhoto = async () => {
    if (uploading) return;
    const [path] = await pickPhotos(1);
    if (!path) return;
    setUploading(true);
    try {
      update({ photo: await uploadPhoto(path) });
    } catch (e) {
      action.setError(toApiError(e).message);
    } finally {
      setUploading(false);
    }
  };

  const save = async () => {
    if (!draft) return;
    const saved = await action.act(
      () =>
        call('deputy', 'saveProfile', {
          bio: draft.bio,
          specialties: draft.specialties as PayloadIn<'deputy', 'saveProfile'>['specialties'],
          contactPreference: draft.contactPreference,
          ...(draft.officePhone.trim() ? { officePhone: draft.officePhone.trim() } : {}),
          ...(draft.photo ? { photo: draft.photo.fileId } : {}),
        }),
      (p) => (p.photoCheck.state === 'pending' ? '已保存；照片审核通过后向居民展示' : '已保存，居民在联络站页面可以看到'),
    );
    if (saved) {
      setDraft(draftOf(saved));
      await profile.reload();
    }
  };
  return { profile, draft, update, toggleSpecialty, pickPhoto, uploading, save, ...action };
}
