/**
 * Which deputies may be attached to a station (issue 8): deputies of any of the five levels
 * whose home region lies within the caller's scope (core/region-scope.ts, deputyWithinScope)
 * — for staff the station's county-level region, for an admin their own region. Spread into
 * the "staff" and "admin" functions; attaching itself is staff.setDeputies /
 * admin.setStationDeputies, which check the same rule.
 */
import { z } from 'zod';
import { action } from '../define';
import { Level, StationCode } from '../fields';

export const AttachableDeputy = z.object({
  id: z.string(),
  name: z.string(),
  level: Level,
  levelLabel: z.string(),
  homeRegionName: z.string(),
  /** Attached to this station now. */
  attached: z.boolean(),
  bound: z.boolean(),
  /** False only for a deputy attached earlier from outside today's scope (may be detached, not re-attached). */
  withinScope: z.boolean(),
});

const AttachableAnswer = z.object({ items: z.array(AttachableDeputy), scopeName: z.string() });

export const staffAttachActions = {
  attachableDeputies: action({
    access: 'staff',
    summary: '可设为本站代表的代表（本县区及以下、上级各级代表、省军区代表）',
    input: z.strictObject({ code: StationCode }),
    output: AttachableAnswer,
  }),
};

export const adminAttachActions = {
  attachableDeputies: action({
    access: 'admin',
    summary: '可设为联络站代表的代表（我管辖的地区及上级各级代表）',
    input: z.strictObject({ code: StationCode }),
    output: AttachableAnswer,
  }),
};
