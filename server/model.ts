/** Documents as stored in the cloud database. */
import type { Leave, Schedule } from '../core/reception-schedule';
import type { RoutingRule, TriageTarget } from '../core/route-opinion';
import type { Channel, Level, RegionKind, Scope } from '../core/vocabulary';
import type { Status } from '../core/opinion-status';

export interface RegionDoc {
  _id: string; // administrative code, e.g. 430104
  name: string;
  kind: RegionKind;
  parentCode: string | null;
  /** Codes from the province down to this region, inclusive. */
  path: string[];
}

export interface StationDoc {
  _id: string; // the station code, also the QR scene
  name: string;
  address: string;
  regionCode: string;
  regionPath: string[];
  status: 'active' | 'retired';
  movedTo?: string;
  deputyIds: string[];
  schedule: Schedule;
  /** Map position of the station (public), for "nearest". */
  location?: { latitude: number; longitude: number };
  createdAt: Date;
}

export interface DeputyDoc {
  _id: string;
  name: string;
  level: Level;
  homeRegionCode: string;
  stationCodes: string[];
  specialties: string[];
  bio: string;
  photo: string;
  openid?: string;
  status: 'active' | 'inactive';
  termEnd?: string; // YYYY-MM-DD
  leaves: Leave[];
  lastAssignedAt: number;
}

/** Roles of one openid. A missing document means: a resident and nothing more. */
export interface UserDoc {
  _id: string; // openid
  privacyAgreedAt?: Date;
  privacyVersion?: string;
  deputyId?: string;
  staffStationCodes?: string[];
  adminRegionCode?: string;
}

export interface ActorRef {
  role: 'resident' | 'deputy' | 'staff' | 'admin' | 'system';
  id?: string;
  name?: string;
}

export interface OpinionEvent {
  at: Date;
  actor: ActorRef;
  action: string;
  from?: Status;
  to?: Status;
  note?: string;
}

export interface ReplyEntry {
  at: Date;
  deputyId: string;
  byName: string;
  text: string;
}

export interface OpinionDoc {
  _id: string;
  trackingNo: string;
  openid: string;
  requestId: string;
  channel: Channel;
  stationCode: string;
  stationName: string;
  regionCode: string;
  regionPath: string[];
  category: string;
  scope: Scope;
  text: string;
  anonymous: boolean;
  phone?: string;
  allowContact: boolean;
  consentPublish: boolean;
  chosenDeputyId?: string;
  status: Status;
  /** The status before need_info, where adding information returns it. */
  needInfoFrom?: Status;
  assigneeDeputyId?: string;
  assigneeName?: string;
  assigneeLevelLabel?: string;
  triage?: TriageTarget;
  flagged: boolean;
  guidance?: string;
  /** Absent while held by content security: routing happens on release. */
  routing?: { rule: RoutingRule; reason: string; notes: string[] };
  replies: ReplyEntry[];
  timeline: OpinionEvent[];
  chaseCount: number;
  reopenCount: number;
  /** Set with every event; cleared once the event's notifications are in the outbox. */
  notifyPending: boolean;
  /** How many timeline events have been turned into notifications. */
  notifiedEvents: number;
  /** Deadlines (core/deadlines.ts): written with the status change that sets them. */
  acceptDueAt?: Date | null;
  resultDueAt?: Date | null;
  resultPausedAt?: Date | null;
  resultRemainingDays?: number | null;
  /** The deadline running now, watched by the scheduler; null when none runs. */
  nextDueAt?: Date | null;
  nextDueKind?: 'accept' | 'result' | null;
  /** Marked by the scheduler when `nextDueAt` has passed (a mark, not a status). */
  overdue?: boolean;
  overdueSince?: Date | null;
  /** The scheduler's alerts sent for `nextDueAt`: 0 none, 1 near, 2 overdue, 3 escalated. */
  dueAlertLevel?: number;
  /** Optimistic concurrency: every write is conditional on the version it read. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  assignedAt?: Date;
  lastChasedAt?: Date;
  photos: string[];
  place?: string;
  /** Content security of photos: one entry per photo until its verdict arrives. */
  mediaChecks?: { fileId: string; traceId: string; verdict?: 'pass' | 'review' | 'risky' }[];
  /** Text check said `review`: held for staff before any deputy sees it. */
  textReview?: boolean;
  /** Information the resident added when asked. */
  additions?: { at: Date; text: string; photos: string[] }[];
  ratings?: { at: Date; result: string; attitude: string; comment?: string }[];
  /** Entered by staff for a walk-in, phone call or letter: claimable with this phone. */
  claimable?: boolean;
  claimedAt?: Date;
  erasedAt?: Date;
  resultKind?: 'solved' | 'partly' | 'explained';
  resolvedAt?: Date;
  acceptedAt?: Date;
  firstResponseAt?: Date;
}
