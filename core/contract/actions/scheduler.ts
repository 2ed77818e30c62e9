/**
 * The "scheduler" cloud function. Its timer trigger runs the same jobs outside the contract
 * (server/scheduler/timer.ts): the relay every minute, the tick every five; through the
 * contract only an admin may run them by hand.
 */
import { z } from 'zod';
import { action } from '../define';

const Counts = z.object({
  sent: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  dead: z.number().int(),
  unknown: z.number().int(),
  lost_race: z.number().int(),
});

/** The merge pass (decision 0036): 汇总件 worked, sources linked, brought up to them, released, left out. */
const Merges = z.object({
  parents: z.number().int(),
  linked: z.number().int(),
  followed: z.number().int(),
  released: z.number().int(),
  leftOut: z.number().int(),
});

export const TickReport = z.object({
  /** False when another tick held the lease (nothing was done). */
  ran: z.boolean(),
  staleMarkedUnknown: z.number().int(),
  relayed: z.number().int(),
  repairs: z.object({
    routed: z.number().int(),
    recounted: z.number().int(),
    autoClosed: z.number().int(),
    contactErased: z.number().int(),
  }),
  // escalated: staff told; office: the region office told (or, at a station without staff, told instead).
  deadlines: z.object({ near: z.number().int(), overdue: z.number().int(), escalated: z.number().int(), office: z.number().int() }),
  merges: Merges,
  digests: z.number().int(),
  /** Staff and admins told that a year's holiday table is missing or provisional. */
  calendarWarnings: z.number().int(),
  problemsAlerted: z.number().int(),
  outbox: Counts,
});

export const RelayReport = z.object({
  /** False when another relay held the lease (nothing was done). */
  ran: z.boolean(),
  merges: Merges,
  relayed: z.number().int(),
  outbox: Counts,
});

export const schedulerActions = {
  relay: action({
    access: 'admin',
    summary: '立即发送待发提醒（平时每分钟自动发送一次）',
    input: z.strictObject({}),
    output: RelayReport,
  }),
  tick: action({
    access: 'admin',
    summary: '立即运行一次定时任务（期限提醒、超期标记、每日汇总、消息发送）',
    input: z.strictObject({}),
    output: TickReport,
  }),
};
