import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { beijingDate } from '@core/beijing-time';
import type { TableSort } from '@core/stats/deputy-rows';
import { addMonths } from '@core/stats/months';
import { LEVEL_LABELS, LEVELS, type Level } from '@core/vocabulary';
import { Chip } from '../../../../components/chip';
import { Messages } from '../../../../components/field';
import { ListStates } from '../../../../components/page-states';
import { PickerField } from '../../../../components/picker-field';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import { type DeputyTableRow, type TableView, useDeputyTable } from '../../hooks/use-deputy-table';
import { percent } from '../../lib/format';
import '../../../../styles/desk.css';
import '../../../../styles/oversight.css';

/** The columns, in the order the office reads them; each sorts the table. */
const COLUMNS: { sort: TableSort; label: string; value: (r: DeputyTableRow) => string }[] = [
  { sort: 'received', label: '收到', value: (r) => `${r.received}` },
  { sort: 'acceptedOnTime', label: '按时受理', value: (r) => `${r.acceptedOnTime}` },
  { sort: 'resolved', label: '办结', value: (r) => `${r.resolved}` },
  { sort: 'satisfaction', label: '满意率', value: (r) => percent(r.satisfactionRate) },
  { sort: 'chases', label: '被催办', value: (r) => `${r.chases}` },
  { sort: 'reopened', label: '重新办理', value: (r) => `${r.reopened}` },
  { sort: 'activities', label: '履职活动', value: (r) => `${r.activities}` },
  { sort: 'checkIns', label: '接待签到', value: (r) => `${r.checkIns}` },
];

const thisMonth = beijingDate(new Date()).slice(0, 7);
const year = thisMonth.slice(0, 4);
const quarterStart = `${year}-${String(Math.floor((Number(thisMonth.slice(5)) - 1) / 3) * 3 + 1).padStart(2, '0')}`;
const PERIODS = [
  { key: 'year', label: `${year}年`, from: `${year}-01`, to: `${year}-12` },
  { key: 'quarter', label: '本季度', from: quarterStart, to: addMonths(quarterStart, 2) },
  { key: 'month', label: '本月', from: thisMonth, to: thisMonth },
] as const;

/** The record page's days for the table's months (at most the last 12 of them: a record covers up to a year). */
function recordDays(from: string, to: string) {
  const start = from < addMonths(to, -11) ? addMonths(to, -11) : from;
  const last = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0)).getUTCDate();
  return { from: `${start}-01`, to: `${to}-${String(last).padStart(2, '0')}` };
}

/**
 * 代表履职 (the region office): one card per deputy listed in the region — received, accepted on
 * time, resolved, satisfaction, chases, reopened, activities and check-ins for a period — sorted
 * by any of them (tap again to turn the order), deputies with nothing in the period last, page
 * by page; exported as Excel; each card opens the deputy's 履职档案.
 */
export default function AdminDeputiesPage() {
  const d = useDeputyTable({ from: PERIODS[0].from, to: PERIODS[0].to, sort: 'received', direction: 'desc' });
  const { view, table } = d;
  const [custom, setCustom] = useState<{ from: string; to: string } | undefined>();
  const set = (patch: Partial<TableView>) => d.setView({ ...view, ...patch });
  const preset = PERIODS.find((p) => p.from === view.from && p.to === view.to);
  const regions = d.regions.data?.items ?? [];
  const answer = table.last;
  return (
    <View className='page deputies-page'>
      <View className='card'>
        <Text className='field-label'>统计期间</Text>
        <View className='chips'>
          {PERIODS.map((p) => (
            <Chip key={p.key} on={!custom && preset?.key === p.key} label={p.label} onTap={() => {
                setCustom(undefined);
                set({ from: p.from, to: p.to });
              }} />
          ))}
          <Chip on={Boolean(custom) || !preset} label='自定义' onTap={() => setCustom({ from: view.from ?? thisMonth, to: view.to ?? thisMonth })} />
        </View>
        {custom ? (
          <>
            <View className='picker-pair'>
              <PickerField label='开始月份' mode='date' month value={custom.from} onChange={(from) => setCustom({ ...custom, from })} />
              <PickerField label='结束月份' mode='date' month value={custom.to} onChange={(to) => setCustom({ ...custom, to })} />
            </View>
            <Button className='btn btn--plain btn--small' onClick={() => set({ from: custom.from, to: custom.to })}>
              查看这段期间
            </Button>
          </>
        ) : null}
        {regions.length > 1 ? (
          <>
            <Text className='field-label'>地区</Text>
            <View className='chips'>
              {regions.map((r) => (
                <Chip key={r.code} on={(view.regionCode ?? regions[0].code) === r.code} label={r.name} onTap={() => set({ regionCode: r.code })} />
              ))}
            </View>
          </>
        ) : null}
        <Text className='field-label'>代表层级</Text>
        <View className='chips'>
          <Chip on={!view.level} label='全部层级' onTap={() => set({ level: undefined })} />
          {LEVELS.map((l) => (
            <Chip key={l} on={view.level === l} label={LEVEL_LABELS[l]} onTap={() => set({ level: l as Level })} />
          ))}
        </View>
        <Text className='field-label'>排序（再点一次反过来）</Text>
        <View className='chips sort-chips'>
          {COLUMNS.map((c) => {
            const on = view.sort === c.sort;
            const arrow = on ? (view.direction === 'desc' ? ' ↓' : ' ↑') : '';
            return (
              <Chip
                key={c.sort}
                on={on}
                label={`${c.label}${arrow}`}
                ariaLabel={`按${c.label}排序${on ? (view.direction === 'desc' ? '，从高到低' : '，从低到高') : ''}`}
                onTap={() => set(on ? { direction: view.direction === 'desc' ? 'asc' : 'desc' } : { sort: c.sort, direction: 'desc' })}
              />
            );
          })}
        </View>
      </View>
      {answer ? (
        <Text className='muted small deputies-scope'>
          {answer.scope.regionName}
          {answer.scope.levelLabel ? ` · ${answer.scope.levelLabel}代表` : ''} · {answer.period.from}至{answer.period.to} · 意见按收到月份统计，转交的意见计入接手的代表；本期间无记录的代表列在最后
        </Text>
      ) : null}
      <Messages error={d.error} done={d.done} />
      <ListStates list={table} empty='本地区没有代表'>
        {() => table.items.map((r) => <DeputyCard key={r.deputyId} r={r} sort={view.sort} period={recordDays(answer?.period.from ?? view.from!, answer?.period.to ?? view.to!)} />)}
      </ListStates>
      {table.error && table.items.length > 0 ? <Text className='error-box'>{table.error.message}</Text> : null}
      {table.hasMore ? (
        <Button className='btn btn--plain' loading={flag(table.loading)} disabled={flag(table.loading)} onClick={() => void table.more()}>
          加载更多
        </Button>
      ) : null}
      <Button className='btn btn--primary' disabled={flag(d.busy)} loading={flag(d.busy)} onClick={() => void d.exportXlsx()}>
        导出 Excel
      </Button>
    </View>
  );
}

function DeputyCard({ r, sort, period }: { r: DeputyTableRow; sort: TableSort; period: { from: string; to: string } }) {
  const open = () => void Taro.navigateTo({ url: ROUTES.adminDeputyRecord(r.deputyId, period) });
  return (
    <View
      className={`card list-item deputy-row${r.nothing ? ' deputy-row--nothing' : ''}`}
      hoverClass='list-item--hover'
      data-deputy={r.deputyId}
      role='button'
      ariaLabel={`${r.name}代表，查看履职档案`}
      onClick={open}
    >
      <View className='deputy-row__head'>
        <Text className='deputy-row__name'>{r.name}</Text>
        <Text className='small'>
          {r.levelLabel} · {r.homeRegionName}
        </Text>
        <Text className='deputy-row__more small'>履职档案 ›</Text>
      </View>
      {r.nothing ? (
        <Text className='muted small'>本期间没有收到意见，也没有履职活动和签到</Text>
      ) : (
        <View className='figures'>
          {COLUMNS.map((c) => (
            <View key={c.sort} className={`figure${c.sort === sort ? ' figure--sorted' : ''}`} data-column={c.sort}>
              <Text className='figure__value'>{c.value(r)}</Text>
              <Text className='figure__label'>{c.label}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
