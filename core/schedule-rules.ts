/**
 * Checks a reception schedule before it is saved: every session ends after it starts, no two
 * sessions of the station overlap (weekly with weekly on the same weekday, dated with dated on
 * the same day, a dated session with the weekly ones of its weekday unless that occurrence is
 * cancelled), deputies on duty are attached to the station, cancellations name a real
 * occurrence. Pure: returns the problems in words staff understand, empty when it is fine.
 */
import { minutesOf, weekdayOf } from './beijing-time';
import type { Schedule } from './reception-schedule';

const WEEKDAY_LABELS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

interface Slot {
  label: string;
  start: number;
  end: number;
}

const overlaps = (a: Slot, b: Slot) => a.start < b.end && b.start < a.end;

function firstOverlap(slots: Slot[]): [Slot, Slot] | undefined {
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) if (overlaps(slots[i], slots[j])) return [slots[i], slots[j]];
  }
  return undefined;
}

export function scheduleProblems(schedule: Schedule, stationDeputyIds: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const all = [
    ...schedule.weekly.map((s) => ({ ...s, label: `${WEEKDAY_LABELS[s.weekday]} ${s.start}-${s.end}` })),
    ...schedule.dated.map((s) => ({ ...s, label: `${s.date} ${s.start}-${s.end}` })),
  ];
  for (const s of all) {
    if (ids.has(s.id)) problems.push(`接待安排编号重复：${s.id}`);
    ids.add(s.id);
    if (minutesOf(s.end) <= minutesOf(s.start)) problems.push(`${s.label}：结束时间必须晚于开始时间`);
    const strangers = s.deputyIds.filter((d) => !stationDeputyIds.includes(d));
    if (strangers.length) problems.push(`${s.label}：值班代表不属于本联络站`);
  }
  if (problems.length) return problems;

  const slot = (s: { label: string; start: string; end: string }): Slot => ({
    label: s.label,
    start: minutesOf(s.start),
    end: minutesOf(s.end),
  });
  for (let weekday = 0; weekday < 7; weekday++) {
    const pair = firstOverlap(all.filter((s) => 'weekday' in s && s.weekday === weekday).map(slot));
    if (pair) problems.push(`${pair[0].label} 与 ${pair[1].label} 时间重叠`);
  }
  const dates = [...new Set(schedule.dated.map((s) => s.date))];
  for (const date of dates) {
    const weekday = weekdayOf(date);
    const sameDay = [
      ...schedule.dated.filter((s) => s.date === date).map((s) => ({ ...s, label: `${s.date} ${s.start}-${s.end}` })),
      ...schedule.weekly
        .filter((s) => s.weekday === weekday)
        .filter((s) => !schedule.cancelled.some((c) => c.sessionId === s.id && c.date === date))
        .map((s) => ({ ...s, label: `${date}（${WEEKDAY_LABELS[weekday]}例行） ${s.start}-${s.end}` })),
    ];
    const pair = firstOverlap(sameDay.map(slot));
    if (pair) problems.push(`${pair[0].label} 与 ${pair[1].label} 时间重叠`);
  }
  for (const c of schedule.cancelled) {
    const weekly = schedule.weekly.find((s) => s.id === c.sessionId);
    const dated = schedule.dated.find((s) => s.id === c.sessionId);
    if (!weekly && !dated) problems.push(`取消的接待不存在：${c.sessionId}`);
    else if (weekly && weekdayOf(c.date) !== weekly.weekday) problems.push(`${c.date} 不是${WEEKDAY_LABELS[weekly.weekday]}，不能取消这次接待`);
    else if (dated && dated.date !== c.date) problems.push(`取消日期与接待日期不符：${c.date}`);
  }
  return problems;
}
