import { Button, Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Status } from '@core/opinion-status';
import { OPEN_STATUSES } from '@core/opinion-status';
import { ListStates } from '../../../../components/page-states';
import { OpinionCard } from '../../../../components/opinion-card';
import { PickerField } from '../../../../components/picker-field';
import { flag } from '../../../../lib/flag';
import { formatTime } from '../../../../lib/time';
import { criterionOf, type BoxKind } from '../../../../lib/search-box';
import { ROUTES } from '../../../../routes';
import { Chips } from '../../components/chips';
import { type Desk, type SearchAsk, useCaseSearch } from '../../hooks/use-case-search';
import { useMyStations } from '../../hooks/use-my-stations';
import '../../../../styles/desk.css';
import '../../../../styles/search.css';

const KINDS: { value: BoxKind; label: string; placeholder: string }[] = [
  { value: 'text', label: '内容中的词', placeholder: '如：电梯坏了、3栋 电梯（几个词用空格分开）' },
  { value: 'trackingNo', label: '查询编号', placeholder: '如：430104-20261125-0042' },
  { value: 'phone', label: '电话', placeholder: '电话号码后四位或完整号码' },
];

/** The status filter in the words of the desk: groups of statuses, not thirteen codes. */
const STATUS_GROUPS: { value: string; label: string; statuses?: Status[] }[] = [
  { value: 'all', label: '全部' },
  { value: 'waiting', label: '待分派', statuses: ['held', 'submitted', 'triage'] },
  { value: 'open', label: '办理中', statuses: [...OPEN_STATUSES] },
  { value: 'done', label: '已办结', statuses: ['resolved', 'closed'] },
  { value: 'ended', label: '不予受理或已撤回', statuses: ['rejected', 'withdrawn'] },
];

/**
 * 查找意见: a resident phones with a tracking number or "the lift at 3栋" — staff find the case
 * among their stations' (`desk=staff`), the region office among its region's and below
 * (`desk=admin`): by words of the text, the tracking number or the phone (its last four digits;
 * each search by phone is recorded in the identity-access log), narrowed by status, station and
 * the days received. Newest first; each row opens the case at the same desk.
 */
export default function SearchPage() {
  const desk: Desk = useRouter().params.desk === 'admin' ? 'admin' : 'staff';
  const s = useCaseSearch(desk);
  const [kind, setKind] = useState<BoxKind>('text');
  const [box, setBox] = useState('');
  const [group, setGroup] = useState('all');
  const [station, setStation] = useState('');
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [missing, setMissing] = useState('');

  const submit = () => {
    const statuses = STATUS_GROUPS.find((g) => g.value === group)?.statuses;
    const ask: SearchAsk = {
      ...criterionOf(kind, box),
      ...(statuses ? { status: statuses } : {}),
      ...(station ? { stationCode: station } : {}),
      ...(period.from ? { from: period.from } : {}),
      ...(period.to ? { to: period.to } : {}),
    };
    if (Object.keys(ask).length === 0) return setMissing('请输入要查找的内容，或选择状态、联络站、日期。');
    setMissing('');
    s.search(ask);
  };
  const placeholder = KINDS.find((k) => k.value === kind)!.placeholder;

  return (
    <View className='page search-page'>
      <Chips options={KINDS} selected={[kind]} onToggle={setKind} />
      <View className='row search-box'>
        <Input
          className='input search-box__input'
          value={box}
          placeholder={placeholder}
          ariaLabel={`按${KINDS.find((k) => k.value === kind)!.label}查找`}
          confirmType='search'
          onInput={(e) => setBox(e.detail.value)}
          onConfirm={submit}
        />
        <Button className='btn btn--primary btn--small' loading={flag(s.list.loading && s.asked !== undefined)} onClick={submit}>
          查找
        </Button>
      </View>
      {kind === 'phone' ? (
        <View>
          <Text className='muted small'>按电话查找会记入身份信息查看记录。</Text>
        </View>
      ) : null}
      <View className='column'>
        <Text className='field-label'>办理状态</Text>
        <Chips options={STATUS_GROUPS} selected={[group]} onToggle={setGroup} />
      </View>
      {desk === 'staff' ? <StationChips value={station} onChange={setStation} /> : null}
      <View className='row search-period'>
        <PickerField label='收到日期从' mode='date' value={period.from} onChange={(from) => setPeriod({ ...period, from })} onClear={() => setPeriod({ ...period, from: '' })} />
        <PickerField label='到' mode='date' value={period.to} onChange={(to) => setPeriod({ ...period, to })} onClear={() => setPeriod({ ...period, to: '' })} />
      </View>
      {missing ? (
        <View className='error-box' role='alert'>
          <Text>{missing}</Text>
        </View>
      ) : null}
      {s.asked ? (
        <>
          <ListStates list={s.list} empty='没有找到符合条件的意见'>
            {() => (
              <>
                <View>
                  <Text className='muted small'>新收到的在前</Text>
                </View>
                {s.list.items.map((o) => (
                  <View key={o.id} className='search-result' data-id={o.id}>
                    <OpinionCard opinion={o} url={ROUTES.staffCase(o.id, desk)}>
                      <Text className='muted small'>
                        {o.trackingNo} · {o.stationName}
                      </Text>
                      <Text className='muted small'>
                        {formatTime(o.createdAt)} 收到 · {o.holderLabel}
                      </Text>
                    </OpinionCard>
                  </View>
                ))}
              </>
            )}
          </ListStates>
          {s.list.hasMore ? (
            <Button className='btn btn--plain' loading={flag(s.list.loading)} disabled={flag(s.list.loading)} onClick={() => void s.list.more()}>
              加载更多
            </Button>
          ) : null}
        </>
      ) : null}
    </View>
  );
}

/** Staff with several stations may look in one of them. */
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
