/** Months as `YYYY-MM` (Beijing): the periods a dashboard is asked for. Pure. */

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** Why a period cannot be shown, in words for the user; undefined when it can. */
export function periodProblem(from: string, to: string, maxMonths: number): string | undefined {
  if (!MONTH_PATTERN.test(from) || !MONTH_PATTERN.test(to)) return '月份格式应为 YYYY-MM';
  if (to < from) return `结束月份（${to}）不能早于开始月份（${from}）`;
  const n = monthsBetween(from, to).length;
  if (n > maxMonths) return `统计期间最长${maxMonths}个月，当前为${n}个月`;
  return undefined;
}
