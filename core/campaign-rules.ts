/**
 * Campaigns (主题活动, e.g. "联系群众办实事"): a period, regions and levels; a summary report
 * (活动总结) is due some days after the period ends, and the admin is reminded before that.
 * Dates are Beijing calendar dates (YYYY-MM-DD).
 */
import { addDays } from './beijing-time';

/** A campaign longer than this is refused (the summary counts every opinion of the period). */
export const CAMPAIGN_MAX_DAYS = 400;
/** Without a due date given, the report is due this many days after the period ends. */
export const REPORT_DUE_AFTER_DAYS = 10;
/** The admin is reminded this many days before the report is due. */
export const REMINDER_DAYS_BEFORE = 3;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar date (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Why a period (and report due date) cannot be used, in words for the admin; undefined when fine. */
export function periodProblem(from: string, to: string, reportDue?: string): string | undefined {
  if (!isCalendarDate(from)) return '开始日期不是有效日期';
  if (!isCalendarDate(to)) return '结束日期不是有效日期';
  if (to < from) return `结束日期（${to}）早于开始日期（${from}），请检查活动期间`;
  if (daysBetween(from, to) + 1 > CAMPAIGN_MAX_DAYS) return `活动期间不能超过${CAMPAIGN_MAX_DAYS}天`;
  if (reportDue !== undefined) {
    if (!isCalendarDate(reportDue)) return '总结报送日期不是有效日期';
    if (reportDue < to) return `总结报送日期（${reportDue}）不能早于活动结束日期（${to}）`;
  }
  return undefined;
}

export const defaultReportDue = (to: string): string => addDays(to, REPORT_DUE_AFTER_DAYS);

export type CampaignPhase = 'upcoming' | 'running' | 'ended';
export const CAMPAIGN_PHASE_LABELS: Record<CampaignPhase, string> = { upcoming: '未开始', running: '进行中', ended: '已结束' };

export function campaignPhase(c: { from: string; to: string }, today: string): CampaignPhase {
  if (today < c.from) return 'upcoming';
  return today > c.to ? 'ended' : 'running';
}

/** Days of the period gone by `today` (0 before it starts, all of them after it ends). */
export function daysElapsed(c: { from: string; to: string }, today: string): { elapsed: number; total: number } {
  const total = daysBetween(c.from, c.to) + 1;
  const elapsed = Math.max(0, Math.min(total, daysBetween(c.from, today) + 1));
  return { elapsed, total };
}

/** Whether the reminder about the report is due today (from REMINDER_DAYS_BEFORE before the due date on). */
export const reminderDue = (reportDue: string, today: string): boolean => today >= addDays(reportDue, -REMINDER_DAYS_BEFORE);
