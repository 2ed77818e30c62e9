/**
 * The weekly 汇总报告 of a region office (issue 25, decision 0036): for one week (Monday to
 * Sunday, Beijing), the opinions received, the hot topics with their cases, 附议 and places,
 * and the 汇总件 made that week with how each stands. Gathered here for the xlsx (admin
 * function) and the PDF (documents function, no exceljs).
 *
 * Counting: received is the statistics counters' day cells (decision 0012) of the region, which
 * count no 附议 and no 汇总件 (a 汇总件 counts its sources, which are received opinions of their
 * own); hot topics count a group's cases and 附议 by their own days; the 汇总件 are read from the
 * region's opinions received that week (served by (regionPath, createdAt, _id), only 汇总件
 * answered).
 */
import { addDays, fromBeijing } from '../../core/beijing-time';
import { sumDays } from '../../core/campaign-summary';
import { STATUS_LABELS } from '../../core/opinion-status';
import { counterId } from '../../core/stats/counter-cells';
import { monthsBetween } from '../../core/stats/months';
import type { Metrics } from '../../core/stats/opinion-facts';
import type { Actor } from '../users/actor';
import type { Ports } from '../platform/ports';
import { countersByIds } from '../dashboard/stats.repo';
import { mergedParentsPage, type MergedParentRow, type WalkPoint } from '../opinions/opinions.similar.repo';
import { mondayOf, officeRegion } from './group-views';
import { hotTopicsOf, type HotTopics } from './hot-topics';

/** Hot topics in a weekly report. */
export const WEEKLY_HOT_TOPICS = 10;
/** 汇总件 listed at most (pages of 100 read); more are counted and said. */
const MERGED_MAX = 500;

export interface WeeklyReport {
  region: { code: string; name: string };
  week: { from: string; to: string };
  received: number;
  hotTopics: HotTopics['items'];
  hotComplete: boolean;
  merged: { id: string; trackingNo: string; title: string; category: string; stationName: string; sources: number; statusLabel: string; createdAt: string }[];
  /** 汇总件 beyond those listed. */
  mergedMore: number;
}

/** A 汇总件's title: its text's first line, cut to a line. */
const titleOf = (text: string) => {
  const first = Array.from(text.split('\n')[0]!.trim());
  return first.length > 60 ? `${first.slice(0, 60).join('')}…` : first.join('');
};

export async function gatherWeeklyReport(ports: Ports, actor: Actor, week: string, regionCode?: string): Promise<WeeklyReport> {
  const region = await officeRegion(ports, actor, regionCode);
  const from = mondayOf(week);
  const to = addDays(from, 6);
  const months = monthsBetween(from.slice(0, 7), to.slice(0, 7));
  const start = fromBeijing(from);
  const end = fromBeijing(addDays(to, 1));

  const readMerged = async () => {
    const out: MergedParentRow[] = [];
    let after: WalkPoint | undefined;
    let more = 0;
    for (;;) {
      const page = await mergedParentsPage(ports, region._id, start, end, after);
      if (out.length + page.length > MERGED_MAX) {
        out.push(...page.slice(0, MERGED_MAX - out.length));
        more = page.length - (MERGED_MAX - out.length);
        // Count the rest without listing it.
        let last = page[page.length - 1]!;
        for (;;) {
          const rest = await mergedParentsPage(ports, region._id, start, end, { at: new Date(last.createdAt), id: last._id });
          more += rest.length;
          if (rest.length < 100) break;
          last = rest[rest.length - 1]!;
        }
        break;
      }
      out.push(...page);
      if (page.length < 100) break;
      const last = page[page.length - 1]!;
      after = { at: new Date(last.createdAt), id: last._id };
    }
    return { out, more };
  };

  const [counters, hot, merged] = await Promise.all([
    countersByIds(
      ports,
      months.map((m) => counterId('r', region._id, m)),
    ),
    hotTopicsOf(ports, region, { from, to }, WEEKLY_HOT_TOPICS),
    readMerged(),
  ]);
  const byId = new Map(counters.map((c) => [c._id, c]));
  const received = months.reduce((n, m) => n + (sumDays(byId.get(counterId('r', region._id, m))?.y as Record<string, Metrics> | undefined, m, from, to).n ?? 0), 0);
  return {
    region: { code: region._id, name: region.name },
    week: { from, to },
    received,
    hotTopics: hot.items,
    hotComplete: hot.complete,
    merged: merged.out.map((p) => ({
      id: p._id,
      trackingNo: p.trackingNo,
      title: titleOf(p.text),
      category: p.category,
      stationName: p.stationName,
      sources: p.mergedSources?.length ?? 0,
      statusLabel: p.mergeDissolvedAt ? '已撤销合并' : STATUS_LABELS[p.status],
      createdAt: new Date(p.createdAt).toISOString(),
    })),
    mergedMore: merged.more,
  };
}

/** What admin.weeklyReport answers beside its file. */
export const weeklySummary = (r: WeeklyReport) => ({
  region: r.region,
  week: r.week,
  received: r.received,
  hotTopics: r.hotTopics,
  merged: r.merged,
});
