/**
 * Public holidays and make-up workdays (调休) in mainland China, as data. The only place
 * to edit when the State Council publishes a year's notice (usually in November of the
 * year before). Checked when the calendar is built (see core/working-calendar.ts).
 */
import { buildCalendar, type HolidayYear, type WorkingCalendar } from '../../core/working-calendar';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
};

/** 国办发明电〔2025〕7号 (published 2025-11-04): 国务院办公厅关于2026年部分节假日安排的通知. */
const Y2026: HolidayYear = {
  year: 2026,
  provisional: false,
  holidays: [
    ...range('2026-01-01', '2026-01-03'), // 元旦
    ...range('2026-02-15', '2026-02-23'), // 春节
    ...range('2026-04-04', '2026-04-06'), // 清明节
    ...range('2026-05-01', '2026-05-05'), // 劳动节
    ...range('2026-06-19', '2026-06-21'), // 端午节
    ...range('2026-09-25', '2026-09-27'), // 中秋节
    ...range('2026-10-01', '2026-10-07'), // 国庆节
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/**
 * 2027: NOT YET PUBLISHED when this was written. Until the notice comes out this lists only
 * the statutory days off (全国年节及纪念日放假办法, as amended in 2024: 元旦 1, 春节 4 from
 * 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3) on their 2027 dates as computed from the
 * lunar calendar (除夕 2-5, 清明 4-5, 端午 6-9, 中秋 9-15 — verify), with no bridging days
 * and no make-up workdays. Deadlines computed with it are, if anything, a little early.
 * Replace the whole entry with the official table and set `provisional: false`.
 */
const Y2027: HolidayYear = {
  year: 2027,
  provisional: true,
  holidays: [
    '2027-01-01',
    ...range('2027-02-05', '2027-02-08'),
    '2027-04-05',
    '2027-05-01',
    '2027-05-02',
    '2027-06-09',
    '2027-09-15',
    ...range('2027-10-01', '2027-10-03'),
  ],
  workdays: [],
};

export const HOLIDAY_TABLES: readonly HolidayYear[] = [Y2026, Y2027];

/** Built once at load; a malformed table fails the function at start, not mid-request. */
export const CALENDAR: WorkingCalendar = buildCalendar(HOLIDAY_TABLES);
