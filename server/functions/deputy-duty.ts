/** Reception duty (sessions, check-in, leave), activities (recorded in server/deputies/duty.ts, corrected and withdrawn in activity-changes.ts) and the duty record: each action is one call. */
import {
  addLeave,
  cancelLeave,
  checkInAt,
  dutySessions,
  exportMyDutyRecord,
  myActivities,
  myDutyRecord,
  myLeaves,
  myRecordCases,
  recordActivity,
} from '../deputies/duty';
import { updateActivity, withdrawActivity } from '../deputies/activity-changes';
import type { HandlersOf } from './define';

export const deputyDutyHandlers: Pick<
  HandlersOf<'deputy'>,
  | 'sessions'
  | 'checkIn'
  | 'leaves'
  | 'addLeave'
  | 'cancelLeave'
  | 'activities'
  | 'recordActivity'
  | 'updateActivity'
  | 'withdrawActivity'
  | 'dutyRecord'
  | 'exportDutyRecord'
  | 'dutyRecordCases'
> = {
  sessions: ({ days }, { actor, ports }) => dutySessions(ports, actor, days),
  /** The scanned station code (the QR scene) must be where one of my sessions runs now. */
  checkIn: ({ stationCode }, { actor, ports }) => checkInAt(ports, actor, stationCode),
  leaves: async (_p, { actor }) => myLeaves(actor),
  addLeave: (p, { actor, ports }) => addLeave(ports, actor, p),
  cancelLeave: (p, { actor, ports }) => cancelLeave(ports, actor, p),
  activities: ({ offset, limit }, { actor, ports }) => myActivities(ports, actor, offset, limit),
  recordActivity: (p, { actor, ports }) => recordActivity(ports, actor, p),
  /** Only my own, typed in, within ACTIVITY_CHANGE_DAYS; written on the version read. */
  updateActivity: (p, { actor, ports }) => updateActivity(ports, actor, p),
  withdrawActivity: (p, { actor, ports }) => withdrawActivity(ports, actor, p),
  dutyRecord: ({ from, to }, { actor, ports }) => myDutyRecord(ports, actor, from, to),
  exportDutyRecord: ({ from, to }, { actor, ports }) => exportMyDutyRecord(ports, actor, from, to),
  dutyRecordCases: (p, { actor, ports }) => myRecordCases(ports, actor, p),
};
