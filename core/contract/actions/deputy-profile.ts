/** The deputy's own profile (photo, bio, specialties, public contact): spread into the "deputy" function. */
import { z } from 'zod';
import { BIO_MAX, CONTACT_PREFERENCES, SPECIALTIES_MAX } from '../../deputy-profile';
import { goesToStaffOnly } from '../../vocabulary';
import { action } from '../define';
import { Category, FileId, Phone, text } from '../fields';
import { DeputyCard } from '../views';

/** Where the last photo the deputy sent stands in the image check; only a passed photo is public. */
export const PHOTO_CHECK_STATES = ['none', 'pending', 'review', 'refused'] as const;

const Specialty = Category.refine((c) => !goesToStaffOnly(c), { error: '这一类别由工作人员处理，不能作为代表的专长' });

export const DeputyProfile = z.object({
  name: z.string(),
  levelLabel: z.string(),
  bio: z.string(),
  specialties: z.array(z.string()),
  /** The categories the deputy may name: those routing can send to a deputy at their stations (defaults and added ones). */
  specialtyChoices: z.array(z.string()),
  contactPreference: z.enum(CONTACT_PREFERENCES),
  /** Kept even when not published, so switching back needs no retyping. */
  officePhone: z.string().optional(),
  /** The photo residents see now ('' when none). */
  photoUrl: z.string(),
  photoCheck: z.object({ state: z.enum(PHOTO_CHECK_STATES), url: z.string().optional() }),
  /** Exactly what residents see on the station page. */
  card: DeputyCard,
});

export const deputyProfileActions = {
  profile: action({
    access: 'deputy',
    summary: '我的代表资料（照片、简介、专长、公开联系方式）及居民看到的样子',
    input: z.strictObject({}),
    output: DeputyProfile,
  }),
  saveProfile: action({
    access: 'deputy',
    summary: '保存代表资料：简介与照片经内容安全检测，照片检测通过后才公开',
    input: z
      .strictObject({
        bio: text(BIO_MAX),
        specialties: z
          .array(Specialty)
          .max(SPECIALTIES_MAX, { error: `最多选${SPECIALTIES_MAX}项` })
          .refine((a) => new Set(a).size === a.length, { error: '有重复的专长' }),
        contactPreference: z.enum(CONTACT_PREFERENCES, { error: '请选择公开联系方式' }),
        officePhone: Phone.optional(),
        /** A newly uploaded photo; absent keeps the current one. */
        photo: FileId.optional(),
      })
      .refine((p) => p.contactPreference !== 'office_phone' || Boolean(p.officePhone), {
        error: '选择公开办公电话时，请填写办公电话',
        path: ['officePhone'],
      }),
    output: DeputyProfile,
  }),
};
