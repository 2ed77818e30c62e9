/**
 * Deadline settings per region (PRODUCT.md, "Deadlines (SLA)"). A region inherits from the
 * nearest region above it that sets something, and finally from the defaults. Validated
 * when loaded: a bad setting fails at start, not when an opinion is accepted.
 */
import { z } from 'zod';
import type { DeadlineSettings } from '../../core/deadlines';

const Settings = z.strictObject({
  acceptWorkingDays: z.number().int().min(1).max(30),
  resultWorkingDays: z.number().int().min(1).max(90),
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  escalateAfterHours: z.number().min(0).max(240),
  officeAfterWorkingDays: z.number().int().min(1).max(30),
});

export const DEFAULT_DEADLINES: DeadlineSettings = Settings.parse({
  acceptWorkingDays: 3,
  resultWorkingDays: 15,
  reminderTime: '09:00',
  escalateAfterHours: 24,
  officeAfterWorkingDays: 3,
});

/** Overrides by region code (any level). Example: a county that asks for acceptance in 2 days. */
export const REGION_DEADLINES: Readonly<Record<string, Partial<DeadlineSettings>>> = z
  .record(z.string().regex(/^[0-9A-Z]{2,12}$/), Settings.partial())
  .parse({});

/** The settings for an opinion whose station lies in `regionPath` (province → … → township). */
export function deadlineSettingsFor(
  regionPath: readonly string[],
  overrides: Readonly<Record<string, Partial<DeadlineSettings>>> = REGION_DEADLINES,
): DeadlineSettings {
  let out = { ...DEFAULT_DEADLINES };
  for (const code of regionPath) out = { ...out, ...(overrides[code] ?? {}) };
  return out;
}
