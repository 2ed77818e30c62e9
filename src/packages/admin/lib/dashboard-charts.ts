/**
 * The dashboard's charts as @antv/f2 elements (F2's own JSX factory, not React's): the
 * monthly trend, and bars for a breakdown. Rendered by F2Canvas on either platform.
 */
import { Axis, Chart, Interval, Legend, Line, Point, jsx as f2jsx } from '@antv/f2';
import { colour } from './chart-palette';

// F2's element factory, typed loosely: its class components do not fit its own ElementType.
const jsx = f2jsx as unknown as (type: unknown, props: Record<string, unknown>) => unknown;

export interface TrendPoint {
  month: string;
  received: number;
  resolved: number;
  overdue: number;
}

/** Counts are whole: no 0.75 on an axis. */
const wholeOnly = (v: number) => (Number.isInteger(v) ? String(v) : '');

/** Months whose label fits a phone's width side by side; more, and every second one is left out. */
export const MONTH_LABELS_THAT_FIT = 6;

/**
 * Whether the `index`-th of `total` month labels is written: all of them when they fit, else
 * every second one counted back from the latest month (which is always labelled).
 */
export function monthLabelShown(index: number, total: number): boolean {
  return total <= MONTH_LABELS_THAT_FIT || (total - 1 - index) % 2 === 0;
}

const axisLabel = { fill: colour('axis') };

/** Received, resolved and overdue per month (labelled `11月`). */
export function trendChart(trend: readonly TrendPoint[]) {
  const data = trend.flatMap((m) => {
    const month = `${Number(m.month.slice(5))}月`;
    return [
      { month, kind: '收到', value: m.received },
      { month, kind: '办结', value: m.resolved },
      { month, kind: '超期', value: m.overdue },
    ];
  });
  const range = [colour('received'), colour('resolved'), colour('overdue')];
  return jsx(Chart, {
    data,
    scale: { value: { min: 0, nice: true } },
    children: [
      jsx(Axis, {
        field: 'month',
        // F2 passes the ticks themselves as the third argument (its types say a count).
        style: {
          label: (text: string, index: number, ticks: number | readonly unknown[]) => ({
            ...axisLabel,
            text: monthLabelShown(index, typeof ticks === 'number' ? ticks : ticks.length) ? text : '',
          }),
        },
      }),
      jsx(Axis, { field: 'value', formatter: wholeOnly, style: { label: axisLabel } }),
      jsx(Line, { x: 'month', y: 'value', color: { field: 'kind', range } }),
      jsx(Point, { x: 'month', y: 'value', color: { field: 'kind', range } }),
      jsx(Legend, { position: 'top' }),
    ],
  });
}

/** Horizontal bars: received and resolved per row (a category, level or station). */
export function barsChart(rows: readonly { label: string; received: number; resolved: number }[]) {
  const data = rows.flatMap((r) => [
    { label: r.label, kind: '收到', value: r.received },
    { label: r.label, kind: '办结', value: r.resolved },
  ]);
  return jsx(Chart, {
    data,
    coord: { transposed: true },
    scale: { value: { min: 0, nice: true } },
    children: [
      jsx(Axis, { field: 'label', style: { label: axisLabel } }),
      jsx(Axis, { field: 'value', formatter: wholeOnly, style: { label: axisLabel } }),
      jsx(Interval, { x: 'label', y: 'value', color: { field: 'kind', range: [colour('received'), colour('resolved')] }, adjust: 'dodge' }),
      jsx(Legend, { position: 'top' }),
    ],
  });
}

/** Rows of a chart grow with the number of bars. */
export const barsHeight = (rows: number) => Math.max(140, 70 + rows * 44);
