/**
 * A deputy's public profile (PRODUCT.md: "introduce the deputies"): bio, specialties and how
 * residents may contact them. What residents see follows the deputy's own choice, never more.
 */
import { CATEGORIES, goesToStaffOnly } from './vocabulary';

export const BIO_MAX = 120;
export const SPECIALTIES_MAX = 5;

/** Categories a deputy may name as specialties: those routing can send to a deputy. */
export const SPECIALTY_CATEGORIES = CATEGORIES.filter((c) => !goesToStaffOnly(c));

export const CONTACT_PREFERENCES = ['none', 'station', 'office_phone'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];
export const CONTACT_PREFERENCE_LABELS: Record<ContactPreference, string> = {
  none: '不公开',
  station: '通过联络站联系',
  office_phone: '公开办公电话',
};

export interface PublicContact {
  kind: ContactPreference;
  text: string;
  phone?: string;
}

/**
 * The contact line residents read. The office phone leaves the server only when the deputy
 * chose to publish it; a stored phone under another preference stays private.
 */
export function publicContact(preference: ContactPreference | undefined, officePhone: string | undefined): PublicContact {
  if (preference === 'office_phone' && officePhone) return { kind: 'office_phone', text: `办公电话 ${officePhone}`, phone: officePhone };
  if (preference === 'station') return { kind: 'station', text: '请通过本联络站工作人员联系' };
  return { kind: 'none', text: '' };
}
