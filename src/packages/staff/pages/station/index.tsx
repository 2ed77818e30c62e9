import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { Field, Messages } from '../../../../components/field';
import { Chips } from '../../components/chips';
import { PhotoReviews } from '../../components/photo-reviews';
import { StationDeputies } from '../../../../components/station-deputies';
import { StationLocation } from '../../components/station-location';
import { useAttachDeputies } from '../../hooks/use-attach-deputies';
import { usePhotoReviews } from '../../hooks/use-photo-reviews';
import { useStationEditor } from '../../hooks/use-station-editor';
import { PickerField } from '../../../../components/picker-field';
import { beijingDate } from '@core/beijing-time';
import '../../../../styles/desk.css';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const sid = () => `s${Date.now().toString(36)}`;

/** A station's address and map position, its deputies, schedule (weekly, one-off, cancelled) and deputies' leave. */
export default function StationSchedulePage() {
  const code = useRouter().params.code;
  const e = useStationEditor(code);
  const attach = useAttachDeputies(code, e, e.station.reload);
  const photos = usePhotoReviews(code, e);
  const [kind, setKind] = useState<'weekly' | 'dated'>('weekly');
  const [weekday, setWeekday] = useState(2);
  const [date, setDate] = useState('');
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('11:30');
  const [onDuty, setOnDuty] = useState<string[]>([]);
  const [cancel, setCancel] = useState({ sessionId: '', date: '', reason: '' });
  const [leave, setLeave] = useState({ deputyId: '', from: '', to: '', reason: '' });
  const [address, setAddress] = useState<string>();

  if (e.station.status === 'error') return <ErrorNotice message={e.station.error.message} onRetry={e.station.reload} />;
  const st = e.station.data;
  if (!st) return <Loading />;
  const sched = st.schedule;
  const names = (ids: string[]) => ids.map((id) => st.deputies.find((d) => d.id === id)?.name ?? id).join('、');
  const deputyChips = st.deputies.map((d) => ({ value: d.id, label: d.name }));
  const toggle = (id: string) => setOnDuty(onDuty.includes(id) ? onDuty.filter((x) => x !== id) : [...onDuty, id]);

  const today = beijingDate(new Date());
  // A button that only looks disabled can still be tapped (a fast double tap): each form checks what it needs.
  const addSession = () => {
    if (kind === 'weekly') return e.save({ ...sched, weekly: [...sched.weekly, { id: sid(), weekday, start, end, deputyIds: onDuty }] });
    if (!date) return e.setError('请选择接待日期');
    return e.save({ ...sched, dated: [...sched.dated, { id: sid(), date, start, end, deputyIds: onDuty }] });
  };
  const pause = () => {
    if (!cancel.sessionId || !cancel.date) return e.setError('请选择要暂停的接待和日期');
    return e.save({ ...sched, cancelled: [...sched.cancelled, cancel] });
  };
  const addLeave = () => {
    if (!leave.deputyId || !leave.from || !leave.to) return e.setError('请选择请假的代表和起止日期');
    return e.addLeave(leave.deputyId, { from: leave.from, to: leave.to, ...(leave.reason ? { reason: leave.reason } : {}) });
  };

  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>{st.name}</Text>
        <Field label='地址' value={address ?? st.address} onChange={setAddress} />
        <Button className='btn btn--plain btn--small' disabled={flag(e.busy || !address)} onClick={() => void e.saveAddress(address!)}>保存地址</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>地图位置</Text>
        <StationLocation key={st.location ? `${st.location.latitude},${st.location.longitude}` : 'none'} location={st.location} busy={e.busy} onSave={(l) => void e.saveLocation(l)} onError={e.setError} />
      </View>
      <Messages error={e.error} done={e.done} />

      <View className='card'>
        <Text className='card__title'>本站代表（五级代表均可）</Text>
        <StationDeputies data={attach.list.data} busy={e.busy} onToggle={(id) => void attach.toggle(id)} />
      </View>
      <PhotoReviews items={photos.list.data?.items} busy={e.busy} onDecide={(id, fileId, approve) => void photos.decide(id, fileId, approve)} />

      <View className='card'>
        <Text className='card__title'>现有接待安排</Text>
        {sched.weekly.length + sched.dated.length === 0 ? <Text className='muted'>还没有接待安排</Text> : null}
        {sched.weekly.map((s) => (
          <View key={s.id} className='row row--between session'>
            <Text>每{WEEKDAYS[s.weekday]} {s.start}-{s.end} {names(s.deputyIds)}</Text>
            <Button className='btn btn--plain btn--small' onClick={() => void e.save({ ...sched, weekly: sched.weekly.filter((x) => x.id !== s.id), cancelled: sched.cancelled.filter((c) => c.sessionId !== s.id) })}>删除</Button>
          </View>
        ))}
        {sched.dated.map((s) => (
          <View key={s.id} className='row row--between session'>
            <Text>{s.date} {s.start}-{s.end} {names(s.deputyIds)}</Text>
            <Button className='btn btn--plain btn--small' onClick={() => void e.save({ ...sched, dated: sched.dated.filter((x) => x.id !== s.id), cancelled: sched.cancelled.filter((c) => c.sessionId !== s.id) })}>删除</Button>
          </View>
        ))}
        {sched.cancelled.map((c) => (
          <Text key={`${c.sessionId}-${c.date}`} className='muted small'>{c.date} 暂停：{c.reason}</Text>
        ))}
      </View>

      <View className='card'>
        <Text className='card__title'>新增接待</Text>
        <Chips options={[{ value: 'weekly' as const, label: '每周例行' }, { value: 'dated' as const, label: '单次接待' }]} selected={[kind]} onToggle={setKind} />
        {kind === 'weekly' ? (
          <>
            <Text className='field-label'>每周几</Text>
            <Chips options={WEEKDAYS.map((l, i) => ({ value: i, label: l }))} selected={[weekday]} onToggle={setWeekday} />
          </>
        ) : (
          <PickerField label='接待日期' mode='date' value={date} onChange={setDate} start={today} fallback={today} placeholder='选择日期' />
        )}
        <View className='picker-pair'>
          <PickerField label='开始' mode='time' value={start} onChange={setStart} />
          <PickerField label='结束' mode='time' value={end} onChange={setEnd} />
        </View>
        <Text className='field-label'>值班代表</Text>
        <Chips options={deputyChips} selected={onDuty} onToggle={toggle} />
        <Button className='btn btn--primary' disabled={flag(e.busy || (kind === 'dated' && !date))} loading={flag(e.busy)} onClick={() => void addSession()}>保存接待安排</Button>
      </View>

      <View className='card'>
        <Text className='card__title'>暂停某次接待</Text>
        <Chips options={[...sched.weekly.map((s) => ({ value: s.id, label: `每${WEEKDAYS[s.weekday]}${s.start}` })), ...sched.dated.map((s) => ({ value: s.id, label: `${s.date}` }))]} selected={[cancel.sessionId]} onToggle={(v) => setCancel({ ...cancel, sessionId: v })} />
        <PickerField label='暂停哪一天' mode='date' value={cancel.date} onChange={(v) => setCancel({ ...cancel, date: v })} start={today} fallback={today} placeholder='选择日期' />
        <Field label='原因' value={cancel.reason} onChange={(v) => setCancel({ ...cancel, reason: v })} />
        <Button className='btn btn--plain' disabled={flag(e.busy || !cancel.sessionId || !cancel.date)} onClick={() => void pause()}>暂停这次接待</Button>
      </View>

      <View className='card'>
        <Text className='card__title'>代表请假</Text>
        {st.deputies.map((d) => (
          <Text key={d.id} className='small'>{d.name} {d.levelLabel}{d.onLeaveToday ? '（请假中）' : ''}{d.bound ? '' : '（未绑定微信）'} {d.leaves.map((l) => `${l.from}~${l.to}`).join(' ')}</Text>
        ))}
        <Chips options={deputyChips} selected={[leave.deputyId]} onToggle={(v) => setLeave({ ...leave, deputyId: v })} />
        <View className='picker-pair'>
          <PickerField label='开始日期' mode='date' value={leave.from} onChange={(v) => setLeave({ ...leave, from: v, to: leave.to && leave.to < v ? v : leave.to })} fallback={today} placeholder='选择日期' />
          <PickerField label='结束日期' mode='date' value={leave.to} onChange={(v) => setLeave({ ...leave, to: v })} start={leave.from || undefined} fallback={leave.from || today} placeholder='选择日期' />
        </View>
        <Field label='原因（选填）' value={leave.reason} onChange={(v) => setLeave({ ...leave, reason: v })} />
        <Button className='btn btn--plain' disabled={flag(e.busy || !leave.deputyId || !leave.from || !leave.to)} onClick={() => void addLeave()}>登记请假</Button>
      </View>
    </View>
  );
}
