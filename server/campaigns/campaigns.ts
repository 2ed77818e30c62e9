/**
 * Campaigns (主题活动): created by a region admin for regions of their scope and deputies of
 * some levels; listed with their phase; the admin who created one is reminded through the
 * outbox before its summary report is due (once: the outbox key is per campaign).
 */
import { randomBytes } from 'node:crypto';
import { beijingDate } from '../../core/beijing-time';
import { CAMPAIGN_PHASE_LABELS, campaignPhase, daysElapsed, defaultReportDue, periodProblem, reminderDue } from '../../core/campaign-rules';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { withinRegion } from '../../core/region-scope';
import { LEVEL_LABELS, LEVELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import { isDuplicateKey } from '../platform/db-errors';
import { requestKey } from '../platform/request-key';
import type { RegionDoc } from '../model';
import { buildEntry, enqueue } from '../notifications/outbox/enqueue';
import type { Ports } from '../platform/ports';
import { adminRegion } from '../stations/scope';
import { getRegion, regionsByCodes, regionsUnderUpTo } from '../stations/regions.repo';
import { adminsOfRegionsUpTo } from '../users/users.repo';
import { addCampaign, campaignsCreatedIn, campaignsToRemind, getCampaign, markCampaignReminded, type CampaignDoc } from './campaigns.repo';

export function campaignView(c: CampaignDoc, today: string) {
  const phase = campaignPhase(c, today);
  const days = daysElapsed(c, today);
  return {
    id: c._id,
    name: c.name,
    from: c.from,
    to: c.to,
    reportDue: c.reportDue,
    regions: c.regionCodes.map((code, i) => ({ code, name: c.regionNames[i] ?? code })),
    levels: c.levels,
    levelLabels: c.levels.map((l) => LEVEL_LABELS[l]),
    phase,
    phaseLabel: CAMPAIGN_PHASE_LABELS[phase],
    daysElapsed: days.elapsed,
    daysTotal: days.total,
    createdAt: new Date(c.createdAt).toISOString(),
  };
}

export async function createCampaign(ports: Ports, actor: Actor, p: Payload<'admin', 'createCampaign'>) {
  const scope = await adminRegion(ports, actor);
  const problem = periodProblem(p.from, p.to, p.reportDue);
  if (problem) throw new AppError('CAMPAIGN_PERIOD_INVALID', problem);
  const codes = [...new Set(p.regionCodes)];
  const regions = await regionsByCodes(ports, codes);
  const missing = codes.filter((c) => !regions.some((r) => r._id === c));
  if (missing.length) throw new AppError('REGION_NOT_FOUND', `没有找到地区：${missing.join('、')}`);
  const outside = regions.filter((r) => !withinRegion(r.path, scope._id));
  if (outside.length) throw new AppError('OUT_OF_REGION', `以下地区不在您管辖的范围（${scope.name}）：${outside.map((r) => r.name).join('、')}`);
  const ordered = codes.map((c) => regions.find((r) => r._id === c)!);
  const doc: CampaignDoc = {
    _id: p.requestId ? `cp${requestKey(actor.openid!, p.requestId)}` : `cp${randomBytes(6).toString('hex')}`,
    name: p.name,
    from: p.from,
    to: p.to,
    reportDue: p.reportDue ?? defaultReportDue(p.to),
    regionCodes: ordered.map((r) => r._id),
    regionNames: ordered.map((r) => r.name),
    levels: LEVELS.filter((l) => p.levels.includes(l)),
    adminRegionCode: scope._id,
    createdBy: actor.openid!,
    createdAt: ports.clock.now(),
    remindedAt: null,
  };
  try {
    await addCampaign(ports, doc);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    // The same form sent again: the campaign it created.
    const landed = await getCampaign(ports, doc._id);
    if (!landed) throw e;
    return campaignView(landed, beijingDate(ports.clock.now()));
  }
  return campaignView(doc, beijingDate(ports.clock.now()));
}

/**
 * Whether a campaign concerns an admin of `scope`: created in the region or below it, or
 * created above it for regions that include it (a city's campaign reaches its counties, and
 * each county reports for itself).
 */
function concerns(c: CampaignDoc, owner: RegionDoc | undefined, scope: RegionDoc): boolean {
  if (!owner) return false;
  if (withinRegion(owner.path, scope._id)) return true;
  return scope.path.includes(owner._id) && c.regionCodes.some((rc) => scope.path.includes(rc));
}

/** The campaign's regions as this admin may report on them: their own region stands for a region above it. */
function regionsFor(c: CampaignDoc, scope: RegionDoc): CampaignDoc {
  const within = c.regionCodes.map((code, i) => ({ code, name: c.regionNames[i] ?? code })).filter((r) => !scope.path.slice(0, -1).includes(r.code));
  const covered = c.regionCodes.some((rc) => scope.path.slice(0, -1).includes(rc)) && !within.some((r) => r.code === scope._id);
  const regions = covered ? [{ code: scope._id, name: scope.name }, ...within] : within;
  return { ...c, regionCodes: regions.map((r) => r.code), regionNames: regions.map((r) => r.name) };
}

/** Campaigns created in my region or below it, and those created above it that include it. */
export async function listCampaigns(ports: Ports, actor: Actor) {
  const scope = await adminRegion(ports, actor);
  const below = await regionsUnderUpTo(ports, scope._id, 5000);
  const owners = [...below, ...(await regionsByCodes(ports, scope.path))];
  const docs = await campaignsCreatedIn(ports, owners.map((r) => r._id));
  const today = beijingDate(ports.clock.now());
  const mine = docs.filter((c) => concerns(c, owners.find((r) => r._id === c.adminRegionCode), scope));
  mine.sort((a, b) => b.from.localeCompare(a.from) || a.name.localeCompare(b.name));
  return { items: mine.map((c) => campaignView(regionsFor(c, scope), today)) };
}

/** A campaign that concerns me and one region of it within my scope, or a refusal. */
export async function campaignAndRegion(ports: Ports, actor: Actor, id: string, regionCode: string) {
  const scope = await adminRegion(ports, actor);
  const campaign = await getCampaign(ports, id);
  if (!campaign) throw new AppError('CAMPAIGN_NOT_FOUND');
  const owner = await getRegion(ports, campaign.adminRegionCode);
  if (!concerns(campaign, owner, scope)) throw new AppError('CAMPAIGN_NOT_FOUND', undefined, `${actor.openid} on campaign ${id}`);
  const region = await getRegion(ports, regionCode);
  if (!region) throw new AppError('REGION_NOT_FOUND');
  if (!withinRegion(region.path, scope._id)) throw new AppError('OUT_OF_REGION');
  if (!campaign.regionCodes.some((c) => withinRegion(region.path, c))) {
    throw new AppError('OUT_OF_REGION', `${region.name}不在这个活动的地区范围内`);
  }
  return { campaign: regionsFor(campaign, scope), region };
}

/** Scheduler: reminds the admin who created a campaign, from a few days before its report is due. */
export async function remindCampaignReports(ports: Ports): Promise<number> {
  const now = ports.clock.now();
  const today = beijingDate(now);
  // Due within the reminder window, or overdue by up to a month (a reminder missed by a stopped scheduler still goes).
  const due = await campaignsToRemind(ports, beijingDate(new Date(now.getTime() - 30 * 86_400_000)));
  let written = 0;
  for (const c of due.filter((x) => reminderDue(x.reportDue, today))) {
    // Whoever writes a report: the creator and the admins of every region the campaign covers.
    const admins = await adminsOfRegionsUpTo(ports, c.regionCodes, 200);
    const recipients = [...new Set([c.createdBy, ...admins.map((a) => a._id)])];
    const entries = recipients.map((openid) =>
      buildEntry(
        { audience: 'staff', template: 'staff_alert', values: { note: `活动总结请于${c.reportDue}前报送：${c.name}`, trackingNo: c._id, stationName: c.regionNames.join('、'), at: now } },
        { ref: openid, openid, label: '区域管理员' },
        { eventKey: `campaign-report-${c._id}`, page: 'packages/admin/pages/index/index' },
        now,
      ),
    );
    written += (await enqueue(ports, entries)).length;
    await markCampaignReminded(ports, c._id, now);
  }
  return written;
}
