/**
 * The dashboard's charts: month labels that never collide on a phone (every second one left
 * out when there are more than fit, the latest always written), and colours from the app's
 * palette (src/app.css's variables), not the chart library's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHART_COLOURS } from '../../src/packages/admin/lib/chart-palette';
import { MONTH_LABELS_THAT_FIT, monthLabelShown, trendChart } from '../../src/packages/admin/lib/dashboard-charts';

const months = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, received: i, resolved: 0, overdue: 0 }));

/** The props of the trend chart's month axis (F2 elements are plain objects before rendering). */
function monthAxis(n: number) {
  const chart = trendChart(months(n)) as { props: { children: { props: Record<string, any> }[] } };
  return chart.props.children.find((c) => c.props.field === 'month')!.props;
}

describe('month labels', () => {
  it('writes every month when they fit', () => {
    expect(Array.from({ length: MONTH_LABELS_THAT_FIT }, (_, i) => monthLabelShown(i, MONTH_LABELS_THAT_FIT))).toEqual(Array(MONTH_LABELS_THAT_FIT).fill(true));
  });

  it('leaves out every second month of twelve, counted back from the latest, which is always written', () => {
    const shown = Array.from({ length: 12 }, (_, i) => monthLabelShown(i, 12));
    expect(shown).toEqual([false, true, false, true, false, true, false, true, false, true, false, true]);
    expect(Array.from({ length: 7 }, (_, i) => monthLabelShown(i, 7))).toEqual([true, false, true, false, true, false, true]);
  });

  it('the trend chart’s month axis blanks the labels it leaves out (F2 passes the ticks as the third argument)', () => {
    const label = monthAxis(12).style.label as (text: string, index: number, ticks: unknown[]) => { text: string; fill: string };
    const ticks = Array(12).fill({});
    expect(label('10月', 9, ticks).text).toBe('10月');
    expect(label('11月', 10, ticks).text).toBe('');
    expect(label('12月', 11, ticks).text).toBe('12月');
    expect(label('12月', 11, 12 as unknown as unknown[]).text).toBe('12月');
    expect(label('1月', 0, Array(3).fill({})).text).toBe('1月');
  });
});

describe('chart colours', () => {
  const css = readFileSync(path.resolve(__dirname, '../../src/app.css'), 'utf8');
  const variable = (name: string) => css.match(new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,6})\\s*;`))?.[1]?.toLowerCase();

  it('are the app palette’s variables, with their values', () => {
    for (const { variable: name, value } of Object.values(CHART_COLOURS)) expect(variable(name)).toBe(value.toLowerCase());
  });

  it('the trend uses received, resolved and overdue colours; never the brand red', () => {
    const chart = trendChart(months(3)) as { props: { children: { props: Record<string, any> }[] } };
    const line = chart.props.children.find((c) => c.props.x === 'month' && c.props.color)!;
    expect(line.props.color.range).toEqual([CHART_COLOURS.received.value, CHART_COLOURS.resolved.value, CHART_COLOURS.overdue.value]);
    expect(line.props.color.range).not.toContain(variable('--c-brand'));
  });
});
