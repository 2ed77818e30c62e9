/** What a resident may do, and how often (PRODUCT.md: limits per resident, chasing, closing). */
export const RESIDENT_LIMITS = {
  opinionsPerHour: 5,
  opinionsPerDay: 20,
  /** The same text again within this window returns the first opinion. */
  duplicateWindowHours: 24,
  /** A resident may chase once every this many days, after a deadline passed. */
  chaseIntervalDays: 3,
  /** Claim attempts per resident (openid) per day (guessing phone numbers). */
  claimAttemptsPerDay: 10,
  /**
   * Claim attempts per tracking number per day, whoever makes them (a fresh openid gets no
   * fresh tries); past it the case is locked for claiming until the day ends (Beijing time)
   * or staff of its station reset it (staff.resetClaim).
   */
  claimAttemptsPerCasePerDay: 5,
  /** Claim attempts per phone number per day, whoever makes them and on whichever case. */
  claimAttemptsPerPhonePerDay: 10,
} as const;

/** What happens by itself with time (PRODUCT.md: closing, personal information). */
export const RETENTION = {
  /** A resolved opinion nobody rated is closed after this many days. */
  autoCloseDays: 15,
  /** Contact data (phone) is erased this many days after a case ends. */
  contactDataDays: 365,
  /** Entries of the identity-access log (who saw a resident's phone) are kept this many days (decision 0018). */
  identityAccessDays: 3 * 365,
} as const;

export { PRIVACY_NOTICE_VERSION } from '../../core/privacy';

/** Deputy roster import (代表名册): what one file may hold. A county's roster of five levels is a few hundred rows. */
export const ROSTER_IMPORT = {
  /** Data rows in one file; more is refused before anything is staged. */
  maxRows: 2000,
  /** Bytes of one uploaded file (the upload itself allows no more). */
  maxBytes: 2 * 1024 * 1024,
  /** A batch left `activating` (its function stopped) this long is finished by the scheduler. */
  resumeAfterMinutes: 2,
} as const;

/** Registering an upload (decision 0015) reads the whole file to check it; a larger file is refused. */
export const UPLOAD_LIMITS = { maxBytes: 10 * 1024 * 1024 } as const;
