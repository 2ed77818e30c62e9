/**
 * A group of similar opinions as stored (`simgroups`, decision 0036): one document per group,
 * written by the grouping pass (server/similar/grouping.ts) and by `noteSecond`, read by the
 * groups list (汇总整理) and the hot topics (热点问题). Its `_id` is its first opinion's id,
 * which each member carries as `OpinionDoc.simGroup`.
 */

/** The cases and 附议 of one Beijing day. */
export interface DayCell {
  cases?: number;
  seconds?: number;
}

export interface SimGroupDoc {
  /** The group's first opinion's id. */
  _id: string;
  /** The county of its opinions (a group never crosses counties). */
  countyCode: string;
  /** The county's path, province first: the city and province offices find it by it. */
  regionPath: string[];
  /** The townships (街道/乡镇) of its members' stations; none for a county's own stations (区本级). */
  townshipCodes: string[];
  /** The stations of its members. */
  stationCodes: string[];
  /** The first opinion's category. */
  category: string;
  /** What staff read: the place and the problem, e.g. 望月湖小区 · 电梯故障. */
  label: string;
  /** The problem concepts of its first opinion (core/similar/terms.ts ids). */
  concepts: string[];
  /** Every opinion placed in it: a placement run again adds nothing (never personal data: ids only). */
  members: string[];
  /**
   * Its members that can be merged now (core/merged-cases.ts `mergeRefusal` says nothing), as
   * `<id>|<stationCode>|<township or ''>`, so a desk counts those in its scope; kept by the
   * pass from the opinions' changes.
   */
  open: string[];
  /** `open.length`: the groups list reads groups of two or more, biggest first. */
  openCount: number;
  /** Members whose residents consented to publication: the sample excerpt is read from one of them. */
  consented: string[];
  /** The first member's `createdAt`; the last member's or 附议's moment. */
  firstAt: Date;
  lastAt: Date;
  /** Cases placed in it (a 汇总件 is never placed: its sources are). */
  caseCount: number;
  /** 附议 of its members (their `secondCount`s as noted). */
  secondCount: number;
  /** `caseCount + secondCount`: hot topics read groups by it, heaviest first. */
  weight: number;
  /** Per Beijing day (`YYYY-MM-DD`): the cases received and the 附议 made that day, so periods add up. */
  days: Record<string, DayCell>;
  /** Moved by every write: the pass's read-then-write of `open` is conditional on it. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
