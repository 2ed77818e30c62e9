/**
 * 0007 — the statistics counters gain a cell per day (`y.<DD>`, core/stats/counter-cells.ts):
 * the campaign's 活动总结 counts the days of its period from them instead of reading opinions.
 * Counters kept before have month cells only, so a campaign whose days fall before the deploy
 * would read zeros. As 0003 did for the layout by level, this reconciles every month that has
 * counters, oldest first: each counter is moved to the sum of its month's counted facts
 * (dashboard/reconcile.ts), which now include the day cells, and nothing a keeper counts
 * meanwhile is lost. One month per checkpoint; a month with changes still in the quiet period
 * is left to the scheduler's nightly reconcile.
 */
import type { Migration } from '../platform/migrations';
import { reconcileEveryMonth } from './reconcile-months';

export const counterDayCells: Migration = {
  id: '0007-counter-day-cells',
  description: '统计计数增加按日的格子：主题活动按活动期间的日期统计，不再逐条读取意见',
  run: reconcileEveryMonth,
};
