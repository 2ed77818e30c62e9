import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { Messages } from '../../../../components/field';
import { flag } from '../../../../lib/flag';
import { AdminStationDeputies } from '../../components/admin-station-deputies';
import { useAdminStations } from '../../hooks/use-admin-stations';

function Box({ label, value, onChange, placeholder }: { label: string; value: string; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <View className='column'>
      <Text className='field-label'>{label}</Text>
      <Input className='input' value={value} placeholder={placeholder} ariaLabel={label} onInput={(e) => onChange(e.detail.value)} />
    </View>
  );
}

/** 联络站管理: the stations of my region; create one, give it to staff, set its deputies, retire it; posters for a region. */
export default function AdminStationsPage() {
  const a = useAdminStations();
  const [form, setForm] = useState({ code: '', name: '', address: '', regionCode: '' });
  const [staff, setStaff] = useState<Record<string, string>>({});
  const [moved, setMoved] = useState<Record<string, string>>({});
  const [deputiesOf, setDeputiesOf] = useState<string>();
  const regions = a.regions.data?.items ?? [];
  return (
    <View className='page'>
      <Messages error={a.error} done={a.done} />
      <View className='card'>
        <Text className='card__title'>新建联络站</Text>
        <Box label='编号(即二维码参数,建后不变)' value={form.code} onChange={(v) => setForm({ ...form, code: v.toUpperCase() })} placeholder='如 WYH02' />
        <Box label='名称' value={form.name} onChange={(v) => setForm({ ...form, name: v })} />
        <Box label='地址' value={form.address} onChange={(v) => setForm({ ...form, address: v })} />
        <Text className='field-label'>所在地区</Text>
        <View className='chips'>
          {regions.map((r) => (
            <View key={r.code} className={`chip${form.regionCode === r.code ? ' chip--on' : ''}`} role='button' onClick={() => setForm({ ...form, regionCode: r.code })}>
              <Text>{r.name}</Text>
            </View>
          ))}
        </View>
        <Button className='btn btn--primary' disabled={flag(a.busy || !form.code || !form.regionCode)} onClick={() => void a.create(form)}>新建</Button>
      </View>
      {a.stations.status === 'error' ? (
        <ErrorNotice message={a.stations.error.message} onRetry={a.stations.reload} />
      ) : !a.stations.data ? (
        <Loading />
      ) : (
        a.stations.data.items.map((s) => (
          <View key={s.code} className='card admin-station' data-code={s.code}>
            <Text className='card__title'>{s.name}({s.code}){s.retired ? ` · 已撤并到 ${s.movedTo ?? ''}` : ''}</Text>
            <Text className='muted small'>{s.regionName} · {s.address}</Text>
            <Text className='small'>工作人员:{s.staff.length ? s.staff.join('、') : '暂无'}</Text>
            {s.retired ? null : (
              <>
                <Box label='交给工作人员(微信标识)' value={staff[s.code] ?? ''} onChange={(v) => setStaff({ ...staff, [s.code]: v })} />
                <Button className='btn btn--plain btn--small' disabled={flag(a.busy || !staff[s.code])} onClick={() => void a.give(s.code, staff[s.code])}>交给TA负责</Button>
                <Box label='撤并到(联络站编号)' value={moved[s.code] ?? ''} onChange={(v) => setMoved({ ...moved, [s.code]: v.toUpperCase() })} />
                <Button className='btn btn--plain btn--small' disabled={flag(a.busy || !moved[s.code])} onClick={() => void a.retire(s.code, moved[s.code])}>撤并</Button>
                <Button className='btn btn--plain btn--small' onClick={() => setDeputiesOf(deputiesOf === s.code ? undefined : s.code)}>
                  {deputiesOf === s.code ? '收起本站代表' : `设置本站代表(${s.deputyIds.length}位)`}
                </Button>
                {deputiesOf === s.code ? <AdminStationDeputies code={s.code} changed={a.stations.reload} /> : null}
              </>
            )}
          </View>
        ))
      )}
      <View className='card'>
        <Text className='card__title'>批量打印海报(每站一页)</Text>
        <View className='chips'>
          {regions.map((r) => (
            <View key={r.code} className='chip' role='button' onClick={() => void a.posters(r.code)}>
              <Text>{r.name}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
