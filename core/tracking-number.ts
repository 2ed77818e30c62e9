/**
 * Tracking numbers: county code + Beijing date + daily sequence, e.g. 430104-20261125-0042.
 * Short, readable, unique, and safe for a `character_string` template field (≤ 32 of [0-9A-Za-z_-]).
 */
import { beijingDateKey } from './beijing-time';

/** Six digits a day per county is far beyond any real volume, and keeps the number ≤ 32 chars. */
export const MAX_SEQUENCE = 999_999;

export const TRACKING_NUMBER_PATTERN = /^[0-9A-Z]{2,12}-\d{8}-\d{4,6}$/;

/** The part of a region code that prefixes tracking numbers: its county (6 digits), or itself. */
export function trackingPrefix(regionCode: string): string {
  return /^\d{6,}$/.test(regionCode) ? regionCode.slice(0, 6) : regionCode.toUpperCase();
}

/** The key of the counter that numbers one prefix's opinions on one Beijing day. */
export function trackingCounterKey(regionCode: string, at: Date): string {
  return `trk-${trackingPrefix(regionCode)}-${beijingDateKey(at)}`;
}

export function formatTrackingNumber(regionCode: string, at: Date, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new Error(`bad sequence ${sequence}`);
  }
  return `${trackingPrefix(regionCode)}-${beijingDateKey(at)}-${String(sequence).padStart(4, '0')}`;
}

export function isTrackingNumber(s: string): boolean {
  return TRACKING_NUMBER_PATTERN.test(s);
}
