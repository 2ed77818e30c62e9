/**
 * Staff access to identity is logged (PRODUCT.md, PIPL; decision 0018): what of a resident a
 * staff member or an admin may be shown — their full phone, their identity — and why. Every
 * showing is recorded (server/users/identity-access.ts) and read by the region's admin.
 */

/**
 * What was shown: the full phone number, who the resident is, or which cases a phone number
 * belongs to (a search by phone, decision 0032: it links the number given to the cases found).
 */
export const IDENTITY_SEEN = ['phone', 'identity', 'phoneMatch'] as const;
export type IdentitySeen = (typeof IDENTITY_SEEN)[number];
export const IDENTITY_SEEN_LABELS: Record<IdentitySeen, string> = {
  phone: '完整电话号码',
  identity: '身份信息',
  phoneMatch: '按电话号码查到的意见',
};

/** Why it was shown: the task that needs it. */
export const IDENTITY_PURPOSES = ['followup', 'casework', 'search'] as const;
export type IdentityPurpose = (typeof IDENTITY_PURPOSES)[number];
export const IDENTITY_PURPOSE_LABELS: Record<IdentityPurpose, string> = {
  followup: '电话回访',
  /** Staff or the office working a case whose resident allowed contact (the case view). */
  casework: '办理联系',
  /** Finding a case by the resident's phone (查找意见, decision 0032). */
  search: '按电话查找意见',
};

/** Who may be shown it, as the log names them (staff accounts carry no names: the admin knows them by account). */
export const VIEWER_ROLES = ['staff', 'admin'] as const;
export type ViewerRole = (typeof VIEWER_ROLES)[number];
export const VIEWER_LABELS: Record<ViewerRole, string> = {
  staff: '联络站工作人员',
  admin: '人大工作人员',
};
