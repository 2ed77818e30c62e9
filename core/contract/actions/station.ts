/** The "station" cloud function's actions. */
import { z } from 'zod';
import { action } from '../define';
import { StationCode } from '../fields';
import { StationListItem, StationView } from '../views';
import { cursorPaging, NextCursor } from '../paging';


export const stationActions = {
  get: action({
    access: 'public',
    summary: '按编号（二维码 scene）读取联络站：接待安排与代表',
    input: z.strictObject({ code: StationCode }),
    output: StationView,
  }),
  list: action({
    access: 'public',
    summary: '按地区列出联络站（分页：先在用的，再按编号）',
    input: z.strictObject({ regionCode: z.string().regex(/^[0-9A-Z]{2,12}$/).optional(), ...cursorPaging(50, 100) }),
    output: z.object({ items: z.array(StationListItem), ...NextCursor }),
  }),
  nearest: action({
    access: 'public',
    summary: '离我最近的联络站（位置只用于排序，不保存）',
    input: z.strictObject({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
    }),
    output: z.object({ items: z.array(StationListItem) }),
  }),
};
