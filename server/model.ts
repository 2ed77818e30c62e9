/** Documents as stored in the cloud database. */
import type { ContactPreference } from '../core/deputy-profile';
import type { Leave, Schedule } from '../core/reception-schedule';
import type { RoutingRule, TriageTarget } from '../core/route-opinion';
import type { Channel, Level, RegionKind, Scope } from '../core/vocabulary';
import type { OpinionAction } from '../core/opinion-events';
import type { Status } from '../core/opinion-status';
import type { SuggestionAction, SuggestionStatus } from '../core/suggestion-status';

export interface RegionDoc {
  _id: string; // administrative code, e.g. 430104
  name: string;
  kind: RegionKind;
  parentCode: string | null;
  /** Codes from the province down to this region, inclusive. */
  path: string[];
  /**
   * The region's dictionary of places (小区, roads, villages, markets …) as residents name them,
   * kept by its office: similar opinions are told apart by the places they name (decision 0036).
   */
  places?: string[];
  /**
   * What staff's merges taught the county (decision 0036, core/similar/learned.ts): two problem
   * concepts residents name one problem with, "a~b" → how many merges linked them, less the cases
   * taken out again. Kept on the county's region; read with the station, no request more.
   */
  similarLinks?: Record<string, number>;
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
  /**
   * `location` again as a GeoJSON point (`db.Geo.Point(longitude, latitude)`; read back as a
   * Geo.Point), under the 2dsphere index station.nearest's geoNear reads. Written with
   * `location` by stations.repo.ts; migration 0002 fills it in for stations stored before.
   */
  geo?: { longitude: number; latitude: number } | { type: 'Point'; coordinates: [number, number] };
  createdAt: Date;
  /** The station's mini-program code in storage (wxacode.getUnlimited, scene = `_id`). */
  qrFileId?: string;
  updatedAt?: Date;
}

export interface DeputyDoc {
  _id: string;
  name: string;
  level: Level;
  homeRegionCode: string;
  stationCodes: string[];
  specialties: string[];
  bio: string;
  /** The public photo: a URL, or a storage file id once an uploaded photo passed the image check. */
  photo: string;
  /** Public contact preference (core/deputy-profile.ts); absent means 不公开. */
  contactPreference?: ContactPreference;
  officePhone?: string;
  /** The last uploaded photo while its image check runs, or why it was not published. */
  photoCheck?: { fileId: string; traceId: string; state: 'pending' | 'review' | 'refused' };
  openid?: string;
  status: 'active' | 'inactive';
  termEnd?: string; // YYYY-MM-DD
  leaves: Leave[];
  lastAssignedAt: number;
  /** Opinions held in an open status (server/opinions/open-load.ts). */
  openCount?: number;
  /** 届次, e.g. 第十七届 (roster import). */
  term?: string;
  /** Set when the deputy came from a roster import (decision 0011). */
  importBatch?: string;
  /**
   * While the roster batch that imports the deputy is being finished: hidden until every
   * deputy and station list of the batch is written, then removed in one update (activation.ts).
   */
  pendingBatch?: string;
  /** Made inactive by the scheduler when the term ended. */
  inactiveSince?: Date;
  inactiveReason?: 'term_ended';
  /** 代表证号: the office's stable key for the deputy, matched by roster imports (decision 0011). */
  rosterId?: string;
  /** The roster batch that last updated the deputy (its activation writes each deputy once). */
  lastRosterBatch?: string;
  rosterUpdatedAt?: Date;
  /** Identity events: each binding of a WeChat account, who issued its invite and when (the deputy's own accounts are not kept here). */
  bindings?: DeputyBindingEvent[];
}

/** One binding of a deputy to a WeChat account: a first bind, or a re-binding that revoked the account before. */
export interface DeputyBindingEvent {
  kind: 'bind' | 'rebind';
  at: Date;
  /** The invite claimed (its id, the sha256 of the code), who issued it and when. */
  inviteId: string;
  issuedBy?: string;
  issuedAt?: Date;
}

/** Roles of one openid. A missing document means: a resident and nothing more. */
export interface UserDoc {
  _id: string; // openid
  privacyAgreedAt?: Date;
  privacyVersion?: string;
  deputyId?: string;
  staffStationCodes?: string[];
  adminRegionCode?: string;
  /** While the resident's data is being erased: the unlinkable id this erase gives it (decision 0018). */
  erasing?: string;
  /** A deputy's or staff member's own mobile for SMS reminders when no subscription reaches them (短信备用提醒). */
  smsPhone?: string;
}

export interface ActorRef {
  role: 'resident' | 'deputy' | 'staff' | 'admin' | 'system';
  id?: string;
  name?: string;
}

/** A staff member or a region office admin who works a case themselves (server/opinions/case-access.ts). */
export interface CaseHandler {
  role: 'staff' | 'admin';
  /** Their openid. */
  id: string;
  /** How the case names them: 联络站工作人员, or the office's region (岳麓区人大工作人员). */
  name: string;
}

export interface OpinionEvent {
  at: Date;
  actor: ActorRef;
  action: OpinionAction;
  from?: Status;
  to?: Status;
  note?: string;
  /** A deadline step (due_remind, overdue, escalate_staff, escalate_office): the deadline it is about. */
  due?: { kind: 'accept' | 'result'; at: Date };
}

export interface ReplyEntry {
  at: Date;
  /** The deputy who replied; absent for a reply by staff or the region office (`by`). */
  deputyId?: string;
  /** Staff or the region office replying themselves (工作人员直接办理): who. */
  by?: CaseHandler;
  byName: string;
  text: string;
  /** False for boilerplate (a template with nothing added) or a reply under 15 characters. */
  countsAsResponse?: boolean;
  boilerplate?: boolean;
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
  /** The resident asked for SMS when no subscription message reaches them (needs `phone`; goes with it). */
  smsNotify?: boolean;
  allowContact: boolean;
  consentPublish: boolean;
  chosenDeputyId?: string;
  status: Status;
  /** The status before need_info, where adding information returns it. */
  needInfoFrom?: Status;
  assigneeDeputyId?: string;
  assigneeName?: string;
  assigneeLevelLabel?: string;
  /** Handled by staff or the region office themselves (工作人员直接办理): who took it; cleared when a deputy is given it. */
  handler?: CaseHandler;
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
  /** The scheduler's alerts sent for `nextDueAt`: 0 none, 1 near, 2 overdue, 3 staff told, 4 the region office told. */
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
  /**
   * What the resident added: information when asked (opinion.addInfo), or a follow-up message
   * at any time while the case is worked (`kind: 'message'`, opinion.message; `key`: its
   * request key, so a retry is the same message).
   */
  additions?: { at: Date; text: string; photos: string[]; kind?: 'message'; key?: string }[];
  ratings?: { at: Date; result: string; attitude: string; comment?: string }[];
  /** Entered by staff for a walk-in, phone call or letter: claimable with this phone. */
  claimable?: boolean;
  claimedAt?: Date;
  erasedAt?: Date;
  contactErasedAt?: Date;
  resultKind?: 'solved' | 'partly' | 'explained';
  /** 办结说明: what was done, as written when resolving (the resident reads it with the kind). */
  resultText?: string;
  resolvedAt?: Date;
  acceptedAt?: Date;
  firstResponseAt?: Date;
  /** Entered by staff (walk-in, phone, letter, visit): who entered it. */
  enteredBy?: string;
  /** Entered by staff: they stated the resident was told what their information is used for. */
  residentInformed?: boolean;
  /** Approved by staff for the public showcase (办实事成果). */
  publishedAt?: Date;
  /** Forwarded to a department (转办), with the letter's deadline and, later, the answer. */
  forward?: ForwardRecord;
  forwardedAt?: Date;
  /** Converted into a suggestion (闭会期间代表建议). */
  suggestionId?: string;
  /**
   * What search finds it by (core/search-keys.ts, decision 0032): the bigrams of the resident's
   * words and the phone's last four digits, written with every write that changes them.
   * Personal data: erased with the phone and with the resident's data.
   */
  searchKeys?: string[];
  /** The county its station is in (regionPath[2]), the scope of the county offices' search index. */
  countyCode?: string;
  /**
   * Similarity keys (core/similar/keys.ts, decision 0036): what the problem is and where, written
   * in the insert; a lookup of similar opinions is one indexed read of the county by them.
   */
  simKeys?: string[];
  /** The group of similar opinions it was placed in (the group's first opinion's id); absent until the grouping pass placed it. */
  simGroup?: string;
  /** How many residents joined this case by 附议 (collection `seconds`); absent is none. */
  secondCount?: number;
  /**
   * Bumped by every write of `secondCount` (server/similar/seconds.repo.ts): the count is set from
   * the `seconds` documents on the condition that nobody set it since it was read; absent is 0.
   */
  secondsVersion?: number;
  /** A 汇总件: the source cases merged into it (decision 0036); it counts them, not itself. */
  mergedSources?: string[];
  /** A source case merged into a 汇总件: the parent's id, while merged. */
  mergedInto?: string;
  /** A source while merged (server/similar/merge-job.ts): what it was before, and how far it followed its parent. */
  mergeFollow?: MergeFollow;
  /** A 汇总件: the sources the merge job has linked so far (each source written on its own). */
  mergeLinked?: string[];
  /** A 汇总件: the concept links each source taught the county when merged (core/similar/learned.ts), counted off again when it is taken out. */
  mergeTaught?: Record<string, string[]>;
  /** A 汇总件: sources taken out again (unmerged, or freed when it was dissolved), restored by the merge job. */
  mergeReleased?: string[];
  /** A 汇总件: sources the merge job could not link after all (changed meanwhile), with why. */
  mergeDropped?: { id: string; reason: string }[];
  /** A 汇总件 dissolved because fewer than two sources were left (已撤销合并). */
  mergeDissolvedAt?: Date;
  /** A 汇总件 whose sources are not all linked, following it or released yet: the scheduler's merge pass works it. */
  fanoutDue?: boolean;
}

/** What a source was before its merge (unmerge restores exactly this), absent fields included as absent. */
export type MergeBefore = Pick<
  OpinionDoc,
  | 'status'
  | 'needInfoFrom'
  | 'assigneeDeputyId'
  | 'assigneeName'
  | 'assigneeLevelLabel'
  | 'assignedAt'
  | 'handler'
  | 'acceptedAt'
  | 'acceptDueAt'
  | 'resultDueAt'
  | 'nextDueAt'
  | 'nextDueKind'
  | 'dueAlertLevel'
  | 'forward'
  | 'forwardedAt'
  | 'firstResponseAt'
>;

/** A merged source's side of the link to its 汇总件. */
export interface MergeFollow {
  before: MergeBefore;
  /** How many of the parent's timeline events it has looked at (those it follows are copied onto it). */
  seen: number;
  /** When the parent's result reached it: from then on it is the resident's own case again (rating, reopening). */
  endedAt?: Date;
}

export interface ForwardRecord {
  departmentId: string;
  departmentName: string;
  departmentContact: string;
  letterNo: string;
  at: Date;
  answerDueAt: Date;
  /** The deputy who forwarded it; absent when staff or the region office did (`by`). */
  byDeputyId?: string;
  /** Staff or the region office who forwarded it (the 转办函 then names the station). */
  by?: CaseHandler;
  note?: string;
  answer?: { at: Date; text: string };
}

/** A one-time code that binds an openid to a deputy; `_id` is sha256 of the code. */
export interface InviteDoc {
  _id: string;
  deputyId: string;
  expiresAt: Date;
  usedAt?: Date | null;
  usedBy?: string;
  /** When what the code grants was written in full: a claim without it is finished by a retry from the claiming phone. */
  grantedAt?: Date;
  issuedBy: string;
  issuedAt?: Date;
  /** A re-binding: the deputy was bound to this openid when the invite was issued; claiming it revokes that binding (and only that one). */
  rebindOf?: string;
}

/** The department directory (分级分类): by region, level and the categories it handles. */
export interface DepartmentDoc {
  _id: string;
  regionCode: string;
  level: Level;
  categories: string[];
  name: string;
  contact: string;
}

/**
 * A category a region office added to the provincial defaults (core/categories.ts), for its
 * region and everything below it. Never deleted: a retired one stays on the opinions that
 * carry it and is offered for nothing new. `_id` is `cat-<region code>-<digest of the name>`.
 */
export interface CategoryDoc {
  _id: string;
  name: string;
  /** What residents read once they choose it. */
  hint: string;
  /** Shown first on the resident's form. */
  common: boolean;
  /** The region that added it, and that region's path (province first). */
  regionCode: string;
  regionPath: string[];
  /** The department of the directory it goes to by default (on the region's path); its name as it was when chosen. */
  departmentId?: string;
  departmentName?: string;
  status: 'active' | 'retired';
  addedAt: Date;
  updatedAt: Date;
  retiredAt?: Date;
}

export interface ReplyTemplateDoc {
  _id: string;
  deputyId: string;
  title: string;
  text: string;
  createdAt: Date;
}

export interface SuggestionDoc {
  _id: string;
  deputyId: string;
  deputyName: string;
  title: string;
  reasons: string;
  proposals: string;
  opinionIds: string[];
  createdAt: Date;
  /*
   * Followed to an answer (decision 0034). Suggestions stored before carry none of the fields
   * below until migration 0004 fills them in (status submitted, the deputy's home region).
   */
  /** The deputy's home region: its office, and the offices above it, follow the suggestion up. */
  regionCode?: string;
  regionPath?: string[];
  status?: SuggestionStatus;
  /** Optimistic concurrency: every change is conditional on the version it read. */
  version?: number;
  /** 办理经过: every change, appended. */
  events?: SuggestionEvent[];
  /** 交办: the department (from the directory of the suggestion's region and those above) and the due date. */
  assignment?: { departmentId: string; departmentName: string; departmentContact: string; dueDate: string; at: Date; by: ActorRef };
  /** The department's answer: its text and the date the department gave it (Beijing YYYY-MM-DD), as recorded. */
  answer?: { departmentName: string; text: string; answeredOn: string; at: Date; by: ActorRef };
  /** 代表满意度: the deputy's rating of the answer. */
  rating?: { result: 'satisfied' | 'basic' | 'unsatisfied'; comment?: string; at: Date };
  /** Set once the answer is on the timeline of every opinion that fed the suggestion (the residents are told from there). */
  answerToldAt?: Date;
  updatedAt?: Date;
}

export interface SuggestionEvent {
  at: Date;
  actor: ActorRef;
  action: SuggestionAction;
  from?: SuggestionStatus;
  to: SuggestionStatus;
  note?: string;
}

export interface ActivityDoc {
  _id: string;
  deputyId: string;
  kind: 'reception' | 'research' | 'inspection' | 'group' | 'visit';
  date: string; // YYYY-MM-DD, Beijing
  place: string;
  people: string;
  summary: string;
  photos: string[];
  /** Written by the app itself (a reception check-in), not typed in. */
  automatic?: boolean;
  createdAt: Date;
  /** Every correction or withdrawal adds one (absent: 0); each is written on the condition that it is still as read. */
  version?: number;
  /** The activity as it was before each correction, oldest first (append-only). */
  edits?: ActivityEdit[];
  /** Withdrawn by the deputy: kept, and counted nowhere. */
  withdrawn?: { at: Date; reason: string };
  updatedAt?: Date;
}

/** An activity as it was until a correction replaced it (`version` is the one it had). */
export interface ActivityEdit {
  version: number;
  kind: ActivityDoc['kind'];
  date: string;
  place: string;
  people: string;
  summary: string;
  photos: string[];
  /** When the correction replaced it. */
  replacedAt: Date;
}

/** One check-in at a reception session; `_id` = deputy|station|date|session, so twice is once. */
export interface AttendanceDoc {
  _id: string;
  deputyId: string;
  stationCode: string;
  stationName: string;
  sessionId: string;
  date: string;
  start: string;
  end: string;
  at: Date;
}

/**
 * An upload, recorded when the uploader registers it (decision 0015): who uploaded it and as
 * what. `_id` is `uploadIdOf(fileId)` (server/users/uploads.repo.ts): a file has one record, so
 * the first to register it owns it.
 */
export interface UploadDoc {
  _id: string;
  fileId: string;
  /** The uploader's openid (replaced by an unlinkable id when they erase their data). */
  owner: string;
  kind: 'image' | 'file';
  /** For an image: what its bytes are (the content type it is served with). */
  format?: 'png' | 'jpeg';
  width?: number;
  height?: number;
  bytes: number;
  at: Date;
}
