import { Button, Text, View } from '@tarojs/components';
import { LEVEL_LABELS, LEVELS, type Level } from '@core/vocabulary';
import { useState } from 'react';
import { Chip } from '../../../../components/chip';
import { Field, Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { PickerField } from '../../../../components/picker-field';
import '../../../../styles/desk.css';
import '../../../../styles/campaign.css';
import { useCampaigns, type CampaignForm, type CampaignProgress } from '../../hooks/use-campaigns';

const toggle = <T,>(list: T[], x: T) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

/** 主题活动: create a campaign, follow its progress per region, and produce the summary (PDF, xlsx). */
export default function AdminCampaignsPage() {
  const c = useCampaigns();
  const [form, setForm] = useState<CampaignForm>({ name: '', from: '', to: '', regionCodes: [], levels: [...LEVELS] as Level[] });
  const regions = c.regions.data?.items ?? [];
  const p = c.progress;
  return (
    <View className='page'>
      <Messages error={c.error} done={c.done} />
      <View className='card'>
        <Text className='card__title'>新建主题活动</Text>
        <Field label='活动名称' value={form.name} onChange={(name) => setForm({ ...form, name })} placeholder='如 联系群众办实事' />
        <View className='picker-pair'>
          <PickerField label='开始日期' mode='date' value={form.from} onChange={(from) => setForm({ ...form, from })} placeholder='选择日期' />
          <PickerField label='结束日期' mode='date' value={form.to} onChange={(to) => setForm({ ...form, to })} fallback={form.from || undefined} placeholder='选择日期' />
        </View>
        <Text className='field-label'>活动地区</Text>
        <View className='chips'>
          {regions.map((r) => (
            <Chip key={r.code} on={form.regionCodes.includes(r.code)} label={r.name} onTap={() => setForm({ ...form, regionCodes: toggle(form.regionCodes, r.code) })} />
          ))}
        </View>
        <Text className='field-label'>代表层级</Text>
        <View className='chips'>
          {LEVELS.map((l) => (
            <Chip key={l} on={form.levels.includes(l)} label={LEVEL_LABELS[l]} onTap={() => setForm({ ...form, levels: toggle(form.levels, l) })} />
          ))}
        </View>
        <Button className='btn btn--primary' disabled={flag(c.busy || !form.name || !form.from || !form.to)} onClick={() => void c.create(form)}>
          新建活动
        </Button>
      </View>
      {p ? (
        <View className='card campaign-progress'>
          <Text className='card__title'>
            {p.campaign.name} · {p.region.name}
          </Text>
          <Text className='muted small'>
            统计 {p.counted.from} 至 {p.counted.to}（{p.campaign.phaseLabel}，第 {p.campaign.daysElapsed}/{p.campaign.daysTotal} 天）
          </Text>
          <Text>接待活动 {p.sessionsHeld} 场 · 参加代表 {p.deputies.total} 人</Text>
          <Text className='small'>{p.deputies.byLevel.map((l) => `${l.label} ${l.count}`).join(' · ')}</Text>
          <Text>
            收到意见 {p.opinions.received} 件 · 转交部门 {p.opinions.forwarded} · 转为建议 {p.opinions.converted} · 已办结 {p.opinions.resolved}
          </Text>
          <Text>
            评价 {p.satisfaction.rated} 件，满意率 {p.satisfaction.satisfiedPercent === null ? '—' : `${p.satisfaction.satisfiedPercent}%`} · 代表签到 {p.checkIns} 人次
          </Text>
          <ActivityKinds p={p} />
          <RegionTable p={p} />
          {p.hotTopics.map((h, i) => (
            <Text key={h.id} className='bullet small'>
              · 热点问题{i + 1}：{h.label}（{h.cases}件意见{h.seconds ? `，${h.seconds}人附议` : ''}）
            </Text>
          ))}
          {p.cases.map((x) => (
            <Text key={x.title} className='bullet small'>
              · 典型案例：{x.title}（{x.stationName}）
            </Text>
          ))}
        </View>
      ) : null}
      {c.campaigns.status === 'error' ? (
        <ErrorNotice message={c.campaigns.error.message} onRetry={c.campaigns.reload} />
      ) : !c.campaigns.data ? (
        <Loading />
      ) : c.campaigns.data.items.length === 0 ? (
        <View className='card'>
          <Text className='muted'>还没有主题活动</Text>
        </View>
      ) : (
        c.campaigns.data.items.map((x) => (
          <View key={x.id} className='card campaign' data-id={x.id}>
            <Text className='card__title'>
              {x.name} · {x.phaseLabel}
            </Text>
            <Text className='muted small'>
              {x.from} 至 {x.to} · 层级：{x.levelLabels.join('、')} · 总结报送：{x.reportDue}前
            </Text>
            {x.regions.map((r) => (
              <View key={r.code} className='row campaign-region'>
                <Text className='small'>{r.name}</Text>
                <Button className='btn btn--plain btn--small' disabled={flag(c.busy)} onClick={() => void c.showProgress(x.id, r.code)}>
                  进展
                </Button>
                <Button className='btn btn--plain btn--small' disabled={flag(c.busy)} onClick={() => void c.summaryPdf(x.id, r.code)}>
                  活动总结PDF
                </Button>
                <Button className='btn btn--plain btn--small' disabled={flag(c.busy)} onClick={() => void c.summaryXlsx(x.id, r.code)}>
                  活动总结Excel
                </Button>
              </View>
            ))}
          </View>
        ))
      )}
    </View>
  );
}

const rate = (percent: number | null) => (percent === null ? '—' : `${percent}%`);

/** 履职活动 by kind (接待 includes the check-ins' own), withdrawn ones left out. */
function ActivityKinds({ p }: { p: CampaignProgress }) {
  return (
    <View className='campaign-section'>
      <Text className='field-label'>履职活动（按类别）</Text>
      <View className='campaign-kinds' role='list' ariaLabel='履职活动（按类别）'>
        {[...p.activities.byKind.map((k) => ({ key: k.kind, label: k.label, count: k.count })), { key: 'total', label: '合计', count: p.activities.total }].map((k) => (
          <View key={k.key} className={`campaign-kind${k.key === 'total' ? ' campaign-kind--total' : ''}`} role='listitem' ariaLabel={`${k.label} ${k.count}次`}>
            <Text className='campaign-kind__count'>{k.count}</Text>
            <Text className='campaign-kind__label'>{k.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** Every figure per township (乡镇/街道) and the county's own stations (区本级), with the total; none when the region has nothing below it. */
function RegionTable({ p }: { p: CampaignProgress }) {
  if (p.byRegion.length === 0) return null;
  const head = ['地区', '收到意见', '已办结', '满意率', '履职活动', '签到'];
  const rows = [
    ...p.byRegion.map((r) => ({ key: r.code, own: r.own, cells: [r.name, r.received, r.resolved, rate(r.satisfiedPercent), r.activities, r.checkIns] })),
    { key: 'total', own: false, cells: ['合计', p.opinions.received, p.opinions.resolved, rate(p.satisfaction.satisfiedPercent), p.activities.total, p.checkIns] },
  ];
  return (
    <View className='campaign-section'>
      <Text className='field-label'>分{p.partsLabel}</Text>
      <View className='campaign-table' role='table' ariaLabel={`分${p.partsLabel}`}>
        <View className='campaign-table__row campaign-table__row--head' role='row'>
          {head.map((h) => (
            <View key={h} className='campaign-table__cell' role='columnheader'>
              <Text>{h}</Text>
            </View>
          ))}
        </View>
        {rows.map((r) => (
          <View key={r.key} className={`campaign-table__row${r.key === 'total' ? ' campaign-table__row--total' : ''}${r.own ? ' campaign-table__row--own' : ''}`} role='row'>
            {r.cells.map((c, i) => (
              <View key={i} className='campaign-table__cell' role={i === 0 ? 'rowheader' : 'cell'}>
                <Text>{c}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
      <Text className='muted small'>收到、办结和满意率按活动期间收到的意见统计；履职活动按代表所在的第一个联络站计入。</Text>
    </View>
  );
}
