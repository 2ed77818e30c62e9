/**
 * 0003 — the statistics counters in the layout by level (decision 0025).
 *
 * Region counter documents used to hold a cell for every station and every region below
 * them: a province's month grew to a cell per station (5,000 in Hunan) and per township,
 * megabytes a dashboard had to read. Since then a province's and a city's documents break
 * down into the regions one and two levels down, and a county's and a township's into their
 * townships and stations (core/stats/counter-cells.ts). Counters kept before carry cells the
 * new layout no longer moves. This reconciles every month that has counters, oldest first:
 * each counter is moved to the sum of its month's counted facts (dashboard/reconcile.ts), so
 * the cells the layout dropped go to zero (the dashboard shows no empty row) and nothing a
 * keeper counts meanwhile is lost. One month per checkpoint; a month with changes still in
 * the quiet period is left to the scheduler's reconcile, which compares it on a later run.
 */
import type { Migration } from '../platform/migrations';
import { reconcileEveryMonth } from './reconcile-months';

export const statsLayoutByLevel: Migration = {
  id: '0003-stats-layout-by-level',
  description: '统计计数改为按级别的布局：省、市按下级地区统计，县（市区）及以下按乡镇街道和联络站统计',
  run: reconcileEveryMonth,
};
