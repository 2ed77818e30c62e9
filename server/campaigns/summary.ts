/**
 * Gathers one region's campaign summary (活动总结) from the stored documents and counts it
 * with core/campaign-summary.ts. While the campaign runs the period is cut at today, so the
 * same call shows its progress. Read by the admin function (app, xlsx) and the documents
 * function (PDF), which does not carry exceljs.
 */
import { addDays, beijingDate, fromBeijing } from '../../core/beijing-time';
import { campaignNumbers, campaignRows, type CampaignNumbers } from '../../core/campaign-summary';
import type { Level } from '../../core/vocabulary';
import { AppError } from '../../core/errors';
import type { Actor } from '../users/actor';
import { CAMPAIGN_SUMMARY } from '../config/limits';
import type { AttendanceDoc, OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { deputiesByIds } from '../deputies/visible';
import { activitiesOfDeputiesSince, attendanceOfStationsSince } from '../deputies/duty.repo';
import { countOpinionsOfStationsCreatedSince, opinionsOfStationsCreatedSince } from '../opinions/opinions.repo';
import { stationsInRegion } from '../stations/stations.repo';
import { latestShowcaseOfRegion } from './showcase.repo';
import { campaignAndRegion, campaignView } from './campaigns';

export const TYPICAL_CASES = 5;

export interface CampaignSummary extends CampaignNumbers {
  campaign: ReturnType<typeof campaignView>;
  region: { code: string; name: string };
  counted: { from: string; to: string };
  cases: { title: string; summary: string; result: string; stationName: string; resolvedOn: string }[];
  rows: [string, number | string][];
}

export async function gatherCampaignSummary(ports: Ports, actor: Actor, id: string, regionCode: string): Promise<CampaignSummary> {
  const { campaign, region } = await campaignAndRegion(ports, actor, id, regionCode);
  const today = beijingDate(ports.clock.now());
  const view = campaignView(campaign, today);
  const counted = { from: campaign.from, to: campaign.to < today ? campaign.to : today };
  const start = fromBeijing(counted.from);
  const end = fromBeijing(addDays(counted.to, 1));
  const stations = await stationsInRegion(ports, region._id, 5000);
  const codes = stations.map((s) => s._id);
  let opinions: OpinionDoc[] = [];
  let attendance: AttendanceDoc[] = [];
  if (codes.length && counted.from <= counted.to) {
    const total = await countOpinionsOfStationsCreatedSince(ports, codes, start);
    if (total > CAMPAIGN_SUMMARY.maxOpinions) {
      throw new AppError('INVALID_PAYLOAD', `这个地区活动期间的意见超过${CAMPAIGN_SUMMARY.maxOpinions}件，请按下级地区分别生成总结`);
    }
    [opinions, attendance] = await Promise.all([
      opinionsOfStationsCreatedSince(ports, codes, start, CAMPAIGN_SUMMARY.maxOpinions),
      attendanceOfStationsSince(ports, codes, counted.from, 20_000),
    ]);
    opinions = opinions.filter((o) => new Date(o.createdAt) < end);
    attendance = attendance.filter((a) => a.date <= counted.to);
  }
  // Deputies of the region: attached to its stations, or who checked in or handled an opinion there.
  const regionDeputyIds = [...new Set([...stations.flatMap((s) => s.deputyIds), ...attendance.map((a) => a.deputyId), ...opinions.flatMap((o) => (o.assigneeDeputyId ? [o.assigneeDeputyId] : []))])];
  const deputies = await deputiesByIds(ports, regionDeputyIds);
  const attachedIds = [...new Set(stations.flatMap((s) => s.deputyIds))];
  const activities = attachedIds.length
    ? (await activitiesOfDeputiesSince(ports, attachedIds, counted.from, 20_000)).filter((a) => a.date <= counted.to)
    : [];
  const numbers = campaignNumbers({
    start,
    end,
    levels: campaign.levels,
    opinions,
    attendance,
    activities,
    deputyLevels: new Map<string, Level>(deputies.map((d) => [d._id, d.level])),
  });
  const showcase = await latestShowcaseOfRegion(ports, region._id);
  const cases = showcase
    .filter((c) => new Date(c.resolvedAt) >= start && new Date(c.resolvedAt) < end)
    .slice(0, TYPICAL_CASES)
    .map((c) => ({ title: c.title, summary: c.summary, result: c.result, stationName: c.stationName, resolvedOn: beijingDate(new Date(c.resolvedAt)) }));
  return { ...numbers, campaign: view, region: { code: region._id, name: region.name }, counted, cases, rows: campaignRows(numbers) };
}

/** The answer of admin.campaignProgress (the rows are for files only). */
export function summaryView(s: CampaignSummary) {
  const { rows: _rows, ...view } = s;
  return view;
}
