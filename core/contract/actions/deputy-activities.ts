/**
 * The deputy corrects or withdraws an activity they typed in (issue 23): spread into the
 * "deputy" function. Each names the version the page read; the server writes only if the
 * activity is still at it (server/deputies/activity-changes.ts).
 */
import { z } from 'zod';
import { action } from '../define';
import { Id, Photos, text } from '../fields';
import { ActivityKind, ActivityView, DateOnly } from '../deputy-views';

/** The activity's version as the page read it (ActivityView.version). */
const Version = z.number().int().min(0);

export const deputyActivityActions = {
  updateActivity: action({
    access: 'deputy',
    summary: '修改我记录的履职活动（记录后60天内；保留修改前的记录）',
    input: z.strictObject({
      id: Id,
      version: Version,
      kind: ActivityKind,
      date: DateOnly,
      place: text(50),
      people: text(200),
      summary: text(1000),
      photos: Photos.default([]),
    }),
    output: ActivityView,
  }),
  withdrawActivity: action({
    access: 'deputy',
    summary: '撤回我记录的履职活动（记录后60天内，说明理由；撤回后不再计入统计）',
    input: z.strictObject({ id: Id, version: Version, reason: text(100) }),
    output: ActivityView,
  }),
};
