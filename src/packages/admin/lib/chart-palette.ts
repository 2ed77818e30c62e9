/**
 * The dashboard's chart colours: the app's palette (src/app.css's variables), not a library's.
 * F2 draws on a canvas, which cannot read CSS variables, so the values are repeated here; a
 * unit test keeps them equal to app.css (test/unit/dashboard-charts.test.ts).
 */
export const CHART_COLOURS = {
  /** 收到: --c-info, WeChat's blue. */
  received: { variable: '--c-info', value: '#10aeff' },
  /** 办结: --c-success, the green of done. */
  resolved: { variable: '--c-success', value: '#07c160' },
  /** 超期: --c-error, the colour of what went wrong (never the brand red). */
  overdue: { variable: '--c-error', value: '#fa5151' },
  /** Axis labels: --c-text-2. */
  axis: { variable: '--c-text-2', value: '#666' },
} as const;

export const colour = (k: keyof typeof CHART_COLOURS): string => CHART_COLOURS[k].value;
