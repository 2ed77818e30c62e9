/**
 * The admin function's identity-access group (decision 0018): the record of every time staff
 * or an admin were shown a resident's full phone or identity, for the region's admin — the
 * stations of their region and below. It joins the admin function in core/contract/functions.ts.
 */
import { z } from 'zod';
import { IDENTITY_PURPOSES, IDENTITY_SEEN } from '../../identity-access';
import { action } from '../define';
import { Paging } from '../fields';
import { Openid, RegionCode } from './admin';

const Day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '日期格式应为 YYYY-MM-DD' });

export const IdentityAccessEntry = z.object({
  id: z.string(),
  at: z.string(),
  /** The staff member's or admin's account (openid): the admin knows staff by it (工作人员 page). */
  by: z.string(),
  byLabel: z.string(),
  trackingNo: z.string(),
  stationCode: z.string(),
  stationName: z.string(),
  seen: z.array(z.enum(IDENTITY_SEEN)),
  seenLabel: z.string(),
  action: z.string(),
  purpose: z.enum(IDENTITY_PURPOSES),
  purposeLabel: z.string(),
});

export const identityAccessActions = {
  identityAccessLog: action({
    access: 'admin',
    summary: '身份信息查看记录：本地区及下级联络站工作人员查看群众完整电话等身份信息的记录（可按日期、工作人员筛选）',
    input: z.strictObject({
      regionCode: RegionCode.optional(),
      from: Day.optional(),
      to: Day.optional(),
      staff: Openid.optional(),
      ...Paging,
    }),
    output: z.object({ items: z.array(IdentityAccessEntry), total: z.number().int(), nextOffset: z.number().int().optional() }),
  }),
};
