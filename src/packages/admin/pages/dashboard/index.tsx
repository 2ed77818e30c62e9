import { Button, Text, View } from '@tarojs/components';
import type { Answer } from '@core/contract/functions';
import { LEVEL_LABELS, LEVELS, type Level } from '@core/vocabulary';
import { useMemo, useState } from 'react';
import { Chip } from '../../../../components/chip';
import { Field, Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { F2Canvas } from '../../components/f2-canvas';
import { useDashboard } from '../../hooks/use-dashboard';
import { barsChart, barsHeight, trendChart } from '../../lib/dashboard-charts';
import { duration, percent } from '../../lib/format';

const MONTH = /^\d{4}-\d{2}$/;

/** 数据看板: the region's numbers from the counters, with filters, charts and the xlsx export. */
export default function AdminDashboardPage() {
  const d = useDashboard();
  const [period, setPeriod] = useState({ from: '', to: '' });
  const data = d.dashboard.data;
  const regions = d.regions.data?.items ?? [];
  const stations = (d.stations.data?.items ?? []).filter((s) => !d.filters.regionCode || s.regionCode === d.filters.regionCode || regions.find((r) => r.code === d.filters.regionCode)?.depth === 0);
  const trend = useMemo(() => (data ? trendChart(data.trend) : null), [data]);
  const categories = useMemo(() => (data ? barsChart(data.byCategory.slice(0, 8)) : null), [data]);
  const byStation = useMemo(() => (data ? barsChart(data.byStation.slice(0, 10)) : null), [data]);
  const byLevel = useMemo(() => (data ? barsChart(data.byLevel) : null), [data]);
  const byRegion = useMemo(() => (data ? barsChart(data.byRegion.slice(0, 10)) : null), [data]);
  const set = (patch: Partial<typeof d.filters>) => d.setFilters({ ...d.filters, ...patch });
  const periodOk = (!period.from || MONTH.test(period.from)) && (!period.to || MONTH.test(period.to));

  return (
    <View className='page dashboard'>
      <Messages error={d.error} done={d.done} />
      <View className='card'>
        <Text className='card__title'>筛选</Text>
        <Field label='开始月份' value={period.from} onChange={(from) => setPeriod({ ...period, from: from.trim() })} placeholder='如 2026-01(默认近12个月)' />
        <Field label='结束月份' value={period.to} onChange={(to) => setPeriod({ ...period, to: to.trim() })} placeholder='如 2026-12' />
        <Button className='btn btn--plain' disabled={flag(!periodOk)} onClick={() => set({ from: period.from || undefined, to: period.to || undefined })}>
          按期间查询
        </Button>
        <Text className='field-label'>地区</Text>
        <View className='chips'>
          {regions.map((r) => (
            <Chip key={r.code} on={(d.filters.regionCode ?? regions[0]?.code) === r.code} label={r.name} onTap={() => set({ regionCode: r.code, stationCode: undefined })} />
          ))}
        </View>
        <Text className='field-label'>联络站</Text>
        <View className='chips'>
          <Chip on={!d.filters.stationCode} label='全部' onTap={() => set({ stationCode: undefined })} />
          {stations.map((s) => (
            <Chip key={s.code} on={d.filters.stationCode === s.code} label={s.name} onTap={() => set({ stationCode: s.code })} />
          ))}
        </View>
        <Text className='field-label'>代表层级</Text>
        <View className='chips'>
          <Chip on={!d.filters.level} label='全部' onTap={() => set({ level: undefined })} />
          {LEVELS.map((l) => (
            <Chip key={l} on={d.filters.level === l} label={LEVEL_LABELS[l]} onTap={() => set({ level: l as Level })} />
          ))}
        </View>
      </View>

      {d.dashboard.status === 'error' ? <ErrorNotice message={d.dashboard.error.message} onRetry={() => void d.dashboard.reload()} /> : null}
      {!data ? (
        d.dashboard.status === 'loading' ? <Loading /> : null
      ) : (
        <>
          <View className='card dashboard-totals'>
            <Text className='card__title'>
              {data.scope.regionName}
              {data.scope.stationName ? ` · ${data.scope.stationName}` : ''}
              {data.scope.levelLabel ? ` · ${data.scope.levelLabel}代表` : ''}
            </Text>
            <Text className='muted small'>
              {data.period.from} 至 {data.period.to} 收到的意见(按收到月份统计)
            </Text>
            <Text>收到意见 {data.totals.received} 件 · 已办结 {data.totals.resolved} 件</Text>
            <Text>
              按期受理 {data.totals.acceptedOnTime}/{data.totals.accepted}({percent(data.totals.acceptedOnTimeRate)})
            </Text>
            <Text>
              首次答复 中位 {duration(data.totals.firstResponse.medianHours)} · 90% 在 {duration(data.totals.firstResponse.p90Hours)} 内
            </Text>
            <Text>
              办结用时 中位 {duration(data.totals.result.medianHours)} · 90% 在 {duration(data.totals.result.p90Hours)} 内
            </Text>
            <Text>
              办理结果:已解决 {data.totals.resolvedByKind.solved} · 部分解决 {data.totals.resolvedByKind.partly} · 已解释说明 {data.totals.resolvedByKind.explained}
            </Text>
            <Text>
              群众评价 {data.totals.rated} 件:满意 {data.totals.satisfaction.satisfied} · 基本满意 {data.totals.satisfaction.basic} · 不满意 {data.totals.satisfaction.unsatisfied}(满意率 {percent(data.totals.satisfaction.rate)})
            </Text>
            <Text>
              超期 {data.totals.overdue} 件 · 被催办 {data.totals.chased} 件 · 重新办理 {data.totals.reopened} 件
            </Text>
            <Text>
              代表答复率 {percent(data.responseRate.rate)}({data.responseRate.responded}/{data.responseRate.eligible})
            </Text>
            <Text className='muted small'>答复率不计套话式答复,不含最近 {data.responseRate.excludedDays} 天收到的意见。</Text>
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
            <Text className='small'>按当前筛选导出 Excel;匿名群众不显示身份,电话号码均已打码。</Text>
            <Button className='btn btn--primary' disabled={flag(d.busy)} onClick={() => void d.exportXlsx()}>
              导出 Excel
            </Button>
          </View>
        </>
      )}
    </View>
  );
}

type BreakdownRow = Answer<'admin', 'dashboard'>['byStation'][number];

/** A breakdown's rows as lines of figures under its chart. */
function RowLines({ rows }: { rows: readonly BreakdownRow[] }) {
  return (
    <>
      {rows.map((r) => (
        <Text key={r.key} className='small bullet'>
          · {r.label}:收到 {r.received},按期受理 {r.acceptedOnTime},办结 {r.resolved},超期 {r.overdue},满意率 {percent(r.satisfactionRate)}
        </Text>
      ))}
    </>
  );
}
