/** The "showcase" cloud function: 办实事成果, resolved cases residents agreed to publish, approved and redacted by staff. */
import { z } from 'zod';
import { action } from '../define';
import { StationCode } from '../fields';
import { cursorPaging, NextCursor } from '../paging';
import { RegionCode } from './admin';

export const ShowcaseItem = z.object({
  id: z.string(),
  stationCode: z.string(),
  stationName: z.string(),
  category: z.string(),
  title: z.string(),
  summary: z.string(),
  result: z.string(),
  resolvedAt: z.string(),
});

export const showcaseActions = {
  list: action({
    access: 'public',
    summary: '办实事成果：按联络站或地区列出已公开的办结案例（分页：最新公开的在前）',
    input: z.strictObject({ stationCode: StationCode.optional(), regionCode: RegionCode.optional(), ...cursorPaging(20, 50) }),
    // `total`: on the first page (no cursor) only.
    output: z.object({ items: z.array(ShowcaseItem), total: z.number().int().optional(), ...NextCursor }),
  }),
};
