import { Button, Text, View } from '@tarojs/components';
import type { Answer } from '@core/contract/functions';
import { LEVEL_LABELS, LEVELS, type Level } from '@core/vocabulary';
import { useMemo, useState } from 'react';
import { Chip } from '../../../../components/chip';
import { Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { PickerField } from '../../../../components/picker-field';
import { HalfScreenDialog } from '../../../../components/ui';
import { flag } from '../../../../lib/flag';
import { F2Canvas } from '../../components/f2-canvas';
import { HotTopicsPanel } from '../../components/hot-topics';
import { type DashboardFilters, useDashboard } from '../../hooks/use-dashboard';
import { barsChart, barsHeight, trendChart } from '../../lib/dashboard-charts';
import { duration, percent } from '../../lib/format';
import '../../../../styles/desk.css';

type Dashboard = Answer<'admin', 'dashboard'>;

/**
 * 数据看板: the region's key figures as tiles first, the filters folded into 筛选 (a sheet, with
 * a one-line summary of what is shown), then the charts and the xlsx export.
 */
export default function AdminDashboardPage() {
  const d = useDashboard();
  const [filtering, setFiltering] = useState(false);
  const data = d.dashboard.data;
  const trend = useMemo(() => (data ? trendChart(data.trend) : null), [data]);
  const categories = useMemo(() => (data ? barsChart(data.byCategory.slice(0, 8)) : null), [data]);
  const byStation = useMemo(() => (data ? barsChart(data.byStation.slice(0, 10)) : null), [data]);
  const byLevel = useMemo(() => (data ? barsChart(data.byLevel) : null), [data]);
  const byRegion = useMemo(() => (data ? barsChart(data.byRegion.slice(0, 10)) : null), [data]);

  return (
    <View className='page dashboard'>
      <View className='filter-bar'>
        <Text className='filter-bar__summary dashboard-scope'>{data ? scopeLine(data) : d.dashboard.status === 'error' ? '没有数据：请调整筛选条件' : '正在加载…'}</Text>
        <Button className='btn btn--plain btn--small' onClick={() => setFiltering(true)}>
          筛选
        </Button>
      </View>
      <Messages error={d.error} done={d.done} />
      {d.dashboard.status === 'error' ? <ErrorNotice message={d.dashboard.error.message} onRetry={() => void d.dashboard.reload()} /> : null}
      {!data ? (
        d.dashboard.status === 'loading' ? <Loading /> : null
      ) : (
        <>
          <KeyFigures data={data} />
          <HotTopicsPanel regionCode={d.filters.regionCode} />
          <View className='card dashboard-totals'>
            <Text className='card__title'>更多数据</Text>
            <View className='figure-lines'>
              <Text>
                办结用时 中位 {duration(data.totals.result.medianHours)} · 90% 在 {duration(data.totals.result.p90Hours)} 内
              </Text>
              <Text>
                办理结果：已解决 {data.totals.resolvedByKind.solved} · 部分解决 {data.totals.resolvedByKind.partly} · 已解释说明 {data.totals.resolvedByKind.explained}
              </Text>
              <Text>
                群众评价 {data.totals.rated} 件：满意 {data.totals.satisfaction.satisfied} · 基本满意 {data.totals.satisfaction.basic} · 不满意 {data.totals.satisfaction.unsatisfied}
              </Text>
              <Text>
                被催办 {data.totals.chased} 件 · 重新办理 {data.totals.reopened} 件
              </Text>
            </View>
            <Text className='muted small'>答复率不计套话式答复，不含最近 {data.responseRate.excludedDays} 天收到的意见。按收到月份统计。</Text>
          </View>
          <View className='card'>
            <Text className='card__title'>月度趋势</Text>
            <F2Canvas id='chart-trend' height={220} element={trend} label='月度收到、办结和超期意见数' />
          </View>
          <View className='card'>
            <Text className='card__title'>按类别</Text>
            <F2Canvas id='chart-category' height={barsHeight(Math.min(8, data.byCategory.length))} element={categories} label='各类别收到和办结意见数' />
          </View>
          <View className='card'>
            <Text className='card__title'>按代表层级</Text>
            <F2Canvas id='chart-level' height={barsHeight(data.byLevel.length)} element={byLevel} label='各层级代表收到和办结意见数' />
          </View>
          {data.byRegion.length ? (
            <View className='card'>
              <Text className='card__title'>按地区</Text>
              <F2Canvas id='chart-region' height={barsHeight(Math.min(10, data.byRegion.length))} element={byRegion} label='各下级地区及本级收到和办结意见数' />
              <RowLines rows={data.byRegion} />
            </View>
          ) : null}
          <View className='card'>
            <Text className='card__title'>按联络站</Text>
            <F2Canvas id='chart-station' height={barsHeight(Math.min(10, data.byStation.length))} element={byStation} label='各联络站收到和办结意见数' />
            <RowLines rows={data.byStation} />
          </View>
          <View className='card'>
            <Text className='card__title'>导出意见清单</Text>
            <Text className='small'>按当前筛选导出 Excel；匿名群众不显示身份，电话号码均已打码。</Text>
            <Button className='btn btn--primary' disabled={flag(d.busy)} onClick={() => void d.exportXlsx()}>
              导出 Excel
            </Button>
          </View>
        </>
      )}
      {filtering ? (
        <FilterSheet
          d={d}
          onClose={() => setFiltering(false)}
          onApply={(f) => {
            d.setFilters(f);
            setFiltering(false);
          }}
        />
      ) : null}
    </View>
  );
}

/** What is shown, in one line: where, which station and level, which months. */
function scopeLine(data: Dashboard): string {
  const parts = [data.scope.regionName, data.scope.stationName, data.scope.levelLabel ? `${data.scope.levelLabel}代表` : undefined].filter(Boolean);
  return `${parts.join(' · ')} · ${data.period.from}至${data.period.to}`;
}

/** The figures an office reports first, each a tile: large number, what it is, what it is of. */
function KeyFigures({ data }: { data: Dashboard }) {
  const t = data.totals;
  const tiles: { key: string; value: string; label: string; sub: string; warn?: boolean }[] = [
    { key: 'received', value: `${t.received}`, label: '收到意见（件）', sub: `已办结 ${t.resolved} 件` },
    { key: 'accepted-on-time', value: percent(t.acceptedOnTimeRate), label: '按期受理率', sub: `${t.acceptedOnTime}/${t.accepted} 件按期` },
    { key: 'satisfaction', value: percent(t.satisfaction.rate), label: '群众满意率', sub: `${t.rated} 件有评价` },
    { key: 'overdue', value: `${t.overdue}`, label: '超期（件）', sub: `被催办 ${t.chased} 件`, warn: t.overdue > 0 },
    { key: 'first-response', value: duration(t.firstResponse.medianHours), label: '首次答复（中位）', sub: `90% 在 ${duration(t.firstResponse.p90Hours)} 内` },
    { key: 'response-rate', value: percent(data.responseRate.rate), label: '代表答复率', sub: `${data.responseRate.responded}/${data.responseRate.eligible} 件` },
  ];
  return (
    <View className='kpi-grid' role='list' ariaLabel='关键数据'>
      {tiles.map((k) => (
        <View key={k.key} className='kpi' data-kpi={k.key} role='listitem' ariaLabel={`${k.label} ${k.value}，${k.sub}`}>
          <Text className={`kpi__value${k.warn ? ' kpi__value--warn' : ''}`}>{k.value}</Text>
          <Text className='kpi__label'>{k.label}</Text>
          <Text className='kpi__sub'>{k.sub}</Text>
        </View>
      ))}
    </View>
  );
}

/** 筛选: months (picked, never typed), region, station and level; applied together with 查看结果. Each opening starts from what is shown. */
function FilterSheet({ d, onClose, onApply }: { d: ReturnType<typeof useDashboard>; onClose: () => void; onApply: (f: DashboardFilters) => void }) {
  const [draft, setDraft] = useState<DashboardFilters>(d.filters);
  const regions = d.regions.data?.items ?? [];
  const regionCode = draft.regionCode ?? regions[0]?.code;
  const top = regions.find((r) => r.code === regionCode)?.depth === 0;
  const stations = (d.stations.data?.items ?? []).filter((s) => top || s.regionCode === regionCode);
  const set = (patch: Partial<DashboardFilters>) => setDraft({ ...draft, ...patch });
  return (
    <HalfScreenDialog
      show
      title='筛选'
      onClose={onClose}
      footer={
        <>
          <Button className='btn btn--primary' onClick={() => onApply(draft)}>
            查看结果
          </Button>
          <Button className='btn btn--plain' onClick={() => onApply({})}>
            重置（近12个月，全部）
          </Button>
        </>
      }
    >
      <View className='picker-pair'>
        <PickerField label='开始月份' mode='date' month value={draft.from ?? ''} onChange={(from) => set({ from })} onClear={() => set({ from: undefined })} placeholder='近12个月' />
        <PickerField label='结束月份' mode='date' month value={draft.to ?? ''} onChange={(to) => set({ to })} onClear={() => set({ to: undefined })} placeholder='本月' />
      </View>
      <Text className='field-label'>地区</Text>
      <View className='chips'>
        {regions.map((r) => (
          <Chip key={r.code} on={regionCode === r.code} label={r.name} onTap={() => set({ regionCode: r.code, stationCode: undefined })} />
        ))}
      </View>
      <Text className='field-label'>联络站</Text>
      <View className='chips'>
        <Chip on={!draft.stationCode} label='全部联络站' onTap={() => set({ stationCode: undefined })} />
        {stations.map((s) => (
          <Chip key={s.code} on={draft.stationCode === s.code} label={s.name} onTap={() => set({ stationCode: s.code })} />
        ))}
      </View>
      <Text className='field-label'>代表层级</Text>
      <View className='chips'>
        <Chip on={!draft.level} label='全部层级' onTap={() => set({ level: undefined })} />
        {LEVELS.map((l) => (
          <Chip key={l} on={draft.level === l} label={LEVEL_LABELS[l]} onTap={() => set({ level: l as Level })} />
        ))}
      </View>
    </HalfScreenDialog>
  );
}

type BreakdownRow = Dashboard['byStation'][number];

/** A breakdown's rows as lines of figures under its chart. */
function RowLines({ rows }: { rows: readonly BreakdownRow[] }) {
  return (
    <>
      {rows.map((r) => (
        <Text key={r.key} className='small bullet'>
          · {r.label}：收到 {r.received}，按期受理 {r.acceptedOnTime}，办结 {r.resolved}，超期 {r.overdue}，满意率 {percent(r.satisfactionRate)}
        </Text>
      ))}
    </>
  );
}
