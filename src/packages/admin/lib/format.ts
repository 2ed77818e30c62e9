/** How the dashboard writes its numbers. */

export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** Hours under two days as hours, longer as days. */
export const duration = (hours: number | null): string =>
  hours === null ? '—' : hours < 48 ? `${Math.round(hours * 10) / 10} 小时` : `${Math.round((hours / 24) * 10) / 10} 天`;
