import { beijingDateTime } from '@core/beijing-time';

/** An ISO time as people here read it: Beijing time, `2026-11-25 09:30`. */
export function formatTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : beijingDateTime(at);
}
