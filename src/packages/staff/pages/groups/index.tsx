import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { GROUP_PERIOD_LABELS, type GroupPeriod } from '@core/contract/actions/similar-groups';
import { Messages } from '../../../../components/field';
import { ListStates } from '../../../../components/page-states';
import { PickerField } from '../../../../components/picker-field';
import { flag } from '../../../../lib/flag';
import { formatTime } from '../../../../lib/time';
import { ROUTES } from '../../../../routes';
import { Chips } from '../../components/chips';
import { type Desk, type GroupItem, type GroupsAsk, useGroups, useMergeGroup } from '../../hooks/use-groups';
import { useMyStations } from '../../hooks/use-my-stations';
import '../../../../styles/desk.css';
import '../../../../styles/groups.css';

const PERIODS: { value: GroupPeriod; label: string }[] = (['week', 'month', 'custom'] as const).map((value) => ({ value, label: GROUP_PERIOD_LABELS[value] }));

/**
 * 汇总整理 (decision 0036): groups of similar cases — the same problem at the same place, found
 * whatever words residents used — with two or more still open to merging, staff's stations
 * (`desk=staff`) or the office's region and below (`desk=admin`), biggest first. A group opens
 * its cases with check boxes; 合并为汇总件 makes one case of those checked, worked once, whose
 * result reaches every resident.
 */
export default function GroupsPage() {
  const desk: Desk = useRouter().params.desk === 'admin' ? 'admin' : 'staff';
  const g = useGroups(desk);
  const [openId, setOpenId] = useState<string>();
  const opened = g.list.items.find((i) => i.id === openId);
  if (opened) {
    return (
      <GroupDetail
        group={opened}
        desk={desk}
        onBack={() => setOpenId(undefined)}
        onMerged={(id) => {
          setOpenId(undefined);
          void g.list.reload();
          void Taro.navigateTo({ url: ROUTES.staffCase(id, desk) });
        }}
      />
    );
  }
  return (
    <View className='page groups-page'>
      <Text className='muted small'>同一地点、同一问题的意见自动归为一组。这里列出有两件以上可以合并办理的组，件数多的在前。</Text>
      <PeriodChooser ask={g.ask} onChange={g.setAsk} />
      {desk === 'staff' ? <StationChips value={g.ask.stationCode ?? ''} onChange={(code) => g.setAsk({ ...g.ask, stationCode: code || undefined })} /> : null}
      <ListStates list={g.list} empty='这段时间没有可以合并办理的同类意见'>
        {() => g.list.items.map((item) => <GroupCard key={item.id} item={item} periodLabel={periodWord(g.ask.period)} onOpen={() => setOpenId(item.id)} />)}
      </ListStates>
      {g.list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(g.list.loading)} disabled={flag(g.list.loading)} onClick={() => void g.list.more()}>
          加载更多
        </Button>
      ) : null}
      {g.list.last?.learned ? <Learned links={g.list.last.learned} /> : null}
    </View>
  );
}

/** What the county's merges taught (an office's desk): two problems residents name one problem with. */
export function Learned({ links }: { links: { labels: string[]; merges: number }[] }) {
  return (
    <View className='card learned' data-testid='learned-links'>
      <Text className='card__title'>合并中学到的同类说法</Text>
      <Text className='small muted'>工作人员把说法不同的同一问题合并办理后，本区今后会把这两类问题归在一起、互相推荐；撤出合并即撤销。</Text>
      {links.length === 0 ? (
        <Text className='small muted'>还没有：合并办理说法不同的同类意见后，这里会列出学到的说法。</Text>
      ) : (
        links.map((l) => (
          <View key={l.labels.join('~')} className='row row--between learned__row'>
            <Text className='small'>{`${l.labels[0]} ≈ ${l.labels[1]}`}</Text>
            <Text className='small muted'>{`${l.merges}件`}</Text>
          </View>
        ))
      )}
    </View>
  );
}

const periodWord = (p: GroupPeriod | undefined) => (p === 'week' ? '本周' : p === 'custom' ? '期间内' : '本月');

/** 本周, 本月 or from–to (applied once both days are chosen). */
function PeriodChooser({ ask, onChange }: { ask: GroupsAsk; onChange: (a: GroupsAsk) => void }) {
  const [custom, setCustom] = useState({ from: ask.from ?? '', to: ask.to ?? '' });
  const period = ask.period ?? 'month';
  const [showCustom, setShowCustom] = useState(period === 'custom');
  const pick = (p: GroupPeriod) => {
    if (p === 'custom') return setShowCustom(true);
    setShowCustom(false);
    onChange({ ...ask, period: p, from: undefined, to: undefined });
  };
  const setDay = (patch: Partial<typeof custom>) => {
    const next = { ...custom, ...patch };
    setCustom(next);
    if (next.from && next.to) onChange({ ...ask, period: 'custom', from: next.from, to: next.to });
  };
  return (
    <View className='column'>
      <Text className='field-label'>期间</Text>
      <Chips options={PERIODS} selected={[showCustom ? 'custom' : period]} onToggle={pick} />
      {showCustom ? (
        <View className='row search-period'>
          <PickerField label='从' mode='date' value={custom.from} onChange={(from) => setDay({ from })} />
          <PickerField label='到' mode='date' value={custom.to} onChange={(to) => setDay({ to })} />
        </View>
      ) : null}
    </View>
  );
}

/** Staff with several stations may look at one of them. */
function StationChips({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { stations } = useMyStations();
  const mine = stations.data?.items ?? [];
  if (mine.length < 2) return null;
  return (
    <View className='column'>
      <Text className='field-label'>联络站</Text>
      <Chips options={[{ value: '', label: '全部' }, ...mine.map((s) => ({ value: s.code, label: s.name }))]} selected={[value]} onToggle={onChange} />
    </View>
  );
}

/** One group: where and what, how many in the period and open, its stations, an excerpt. */
function GroupCard({ item, periodLabel, onOpen }: { item: GroupItem; periodLabel: string; onOpen: () => void }) {
  const open = item.openCases.length + item.moreOpen;
  return (
    <View className='card group-card' data-group={item.id} role='button' ariaLabel={`${item.label}，可合并${open}件，打开`} onClick={onOpen}>
      <View className='row row--between'>
        <Text className='list-item__title group-card__label'>{item.label}</Text>
        <Text className='tag'>可合并 {open} 件</Text>
      </View>
      <Text className='small muted'>
        {[item.countyName, item.category, `${periodLabel}收到 ${item.cases} 件`, item.seconds ? `附议 ${item.seconds} 人` : undefined, `累计 ${item.caseCount} 件`].filter(Boolean).join(' · ')}
      </Text>
      <Text className='small muted'>{item.stations.map((s) => s.name).join('、')}</Text>
      {item.sample ? <Text className='excerpt'>{item.sample}</Text> : null}
    </View>
  );
}

/** A group's open cases, each with its check box (all checked to begin with), and 合并为汇总件. */
function GroupDetail({ group, desk, onBack, onMerged }: { group: GroupItem; desk: Desk; onBack: () => void; onMerged: (id: string) => void }) {
  const m = useMergeGroup(desk);
  const [picked, setPicked] = useState<string[]>(group.openCases.map((c) => c.id));
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const merge = async () => {
    const r = await m.merge(picked);
    if (r) onMerged(r.id);
  };
  return (
    <View className='page groups-page' data-testid='group-detail'>
      <View className='card'>
        <Text className='card__title'>{group.label}</Text>
        <Text className='small muted'>
          {[group.countyName, group.category, group.stations.map((s) => s.name).join('、')].filter(Boolean).join(' · ')}
        </Text>
        <Text className='small'>勾选要合并的意见（至少两件）。合并后统一转交、答复和办结，各件居民分别收到结果并评价。</Text>
      </View>
      <View className='card' role='group' ariaLabel='可合并的意见'>
        {group.openCases.map((c) => {
          const on = picked.includes(c.id);
          return (
            <View key={c.id} className={`group-case${on ? ' group-case--on' : ''}`} data-id={c.id}>
              <View className='group-case__pick' role='checkbox' ariaLabel={`${on ? '已选' : '未选'}：意见${c.trackingNo}`} onClick={() => toggle(c.id)}>
                <View className='group-case__box'>
                  <Text>{on ? '✓' : ''}</Text>
                </View>
                <View className='group-case__body'>
                  <Text className='small muted'>
                    {[c.trackingNo, c.stationName, c.place, c.statusLabel, c.secondCount > 0 ? `附议${c.secondCount}人` : undefined].filter(Boolean).join(' · ')}
                  </Text>
                  <Text className='group-case__text'>{c.excerpt}</Text>
                  <Text className='small muted'>{formatTime(c.createdAt)} 收到</Text>
                </View>
              </View>
              <View className='group-case__open small' role='link' ariaLabel={`打开意见${c.trackingNo}`} onClick={() => void Taro.navigateTo({ url: ROUTES.staffCase(c.id, desk) })}>
                <Text>查看</Text>
              </View>
            </View>
          );
        })}
        {group.moreOpen ? <Text className='small muted'>另有{group.moreOpen}件未列出：一件汇总件最多合并50件。</Text> : null}
      </View>
      <Messages error={m.error} />
      <Button className='btn btn--primary' disabled={flag(m.busy || picked.length < 2)} onClick={() => void merge()}>
        {picked.length < 2 ? '请至少勾选两件' : `合并为汇总件（共${picked.length}件）`}
      </Button>
      <Button className='btn btn--plain' onClick={onBack}>
        返回列表
      </Button>
    </View>
  );
}
