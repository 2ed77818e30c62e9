/** Statistics, the dashboard and exports (PRODUCT.md: numbers that matter). */

/**
 * Histogram bucket edges, in hours, for the time to first response and to the result. The
 * counters store bucket indexes: changing these edges means `npm run stats:rebuild`.
 */
export const DURATION_EDGES_HOURS: readonly number[] = [
  1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 360, 480, 720, 1080, 1440,
];

export const DASHBOARD = {
  /** Rates leave out opinions received in the last this many days (too recent to judge). */
  rateExcludeRecentDays: 14,
  /** The longest period one dashboard call covers. */
  maxMonths: 36,
  /** Months shown when no period is given (up to the current month). */
  defaultMonths: 12,
} as const;

export const OPINION_EXPORT = {
  /** Rows in one .xlsx; a larger list is refused with its size, to be narrowed by the filters. */
  maxRows: 5000,
} as const;

/** The scheduler's daily reconcile of the counters with the opinions (server/dashboard/reconcile.ts). */
export const STATS_RECONCILE = {
  /**
   * A claim younger than this may still have its increments on the way (functions run at
   * most 60 s): a month with one is left for a later tick.
   */
  quietMs: 5 * 60_000,
  /** Starts each Beijing day from this hour, when the counters are quiet. */
  fromBeijingHour: 2,
  /** Opinions and counters read per call. */
  page: 500,
  /** A tick starts no new month after this long in the job. */
  budgetMs: 10_000,
} as const;
