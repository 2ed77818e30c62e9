/** What one opinion of the demo year is to go through; the case script (case-script.ts) plays it. */
import type { Channel, Scope } from '../../../core/vocabulary';
import type { Problem, StaffOnlyProblem, StationCode } from './problem';

export type RatingValue = 'satisfied' | 'basic' | 'unsatisfied';

/** How the deputy handles it after accepting. `late`: the result comes after the deadline (chased). */
export type Route = 'reply' | 'resolve' | 'need-info' | 'forward' | 'late';

/** Where a case planned to end before now stops (the rest of its life is after now). */
export type Stop = 'held' | 'triage' | 'assigned' | 'accepted' | 'need_info' | 'info-added' | 'forwarded' | 'answered' | 'replied' | 'resolved';

export interface CasePlan {
  /** Unique and stable: it seeds the case's own random stream and its request ids. */
  key: string;
  start: Date;
  station: StationCode;
  channel: Channel;
  problem: Problem | StaffOnlyProblem;
  text: string;
  place?: string;
  scope: Scope;
  /** The resident who writes in the app (channel qr), or who later claims a staff entry. */
  resident?: string;
  claims: boolean;
  phone?: string;
  allowContact: boolean;
  anonymous: boolean;
  consentPublish: boolean;
  chosenDeputyId?: string;
  photos: number;
  /** The image check leaves the photos to a person: held until staff release it (or now). */
  photoReview: boolean;
  /** The resident accepts progress notifications in the submit tap. */
  subscribes: boolean;
  /** normal: working days between steps; brisk: a day or so (cases placed just before now). */
  pace: 'normal' | 'brisk';
  route: Route;
  acceptLate: boolean;
  handover: boolean;
  withdraw: boolean;
  stopAt?: Stop;
  /** Chases by the resident once a deadline has passed (overdue cases). */
  chases: number;
  /** The resident's rating in the app, or staff's 回访 for an entry nobody claimed; none: closed after 15 days. */
  rating: RatingValue | 'none';
  /** After a 不满意 reopened it, the second rating. */
  secondRating: RatingValue | 'none';
  publish: boolean;
}

export const isStaffOnly = (p: Problem | StaffOnlyProblem): p is StaffOnlyProblem => 'rejectReason' in p;
