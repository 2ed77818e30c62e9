import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LEVEL_LABELS, type Level } from '@core/vocabulary';
import { Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { Field, Messages } from '../../../../components/field';
import { Chips } from '../../components/chips';
import { useTools } from '../../hooks/use-tools';

/** The department directory of my region, invite codes for deputies, claim locks, and the notifications outbox. */
export default function ToolsPage() {
  const t = useTools();
  const [claimNo, setClaimNo] = useState('');
  const [dept, setDept] = useState({ regionCode: '', level: 'county' as Level, category: '城乡建设', name: '', contact: '' });
  const deputies = (t.stations.data?.items ?? []).flatMap((s) => s.deputies.map((d) => ({ ...d, stationCode: s.code, stationName: s.name })));
  return (
    <View className='page'>
      <Messages error={t.error} done={t.done} />
      <View className='card'>
        <Text className='card__title'>代表绑定邀请码</Text>
        {deputies.map((d) => (
          <View key={`${d.stationCode}-${d.id}`} className='row row--between'>
            <Text className='small'>{d.name} · {d.stationName}{d.bound ? '（已绑定）' : ''}</Text>
            <Button className='btn btn--plain btn--small' disabled={flag(t.busy)} onClick={() => void t.invite(d.id, d.stationCode)}>发放邀请码</Button>
          </View>
        ))}
      </View>
      <View className='card'>
        <Text className='card__title'>部门目录</Text>
        {!t.departments.data ? <Loading /> : t.departments.data.items.map((d) => (
          <Text key={d.id} className='small'>{d.regionName} · {d.levelLabel} · {d.name} · {d.categories.join('、')} · {d.contact}</Text>
        ))}
        {/* Staff keep their stations' own regions; a department's level is its region's. */}
        <Chips
          options={(t.departments.data?.regions ?? []).map((r) => ({ value: r.code, label: r.name }))}
          selected={[dept.regionCode]}
          onToggle={(v) => setDept({ ...dept, regionCode: v, level: t.departments.data?.regions.find((r) => r.code === v)?.level ?? dept.level })}
        />
        {dept.regionCode ? <Text className='muted small'>级别：{LEVEL_LABELS[dept.level]}</Text> : null}
        <Field label='部门名称' value={dept.name} onChange={(v) => setDept({ ...dept, name: v })} />
        <Field label='负责类别' value={dept.category} onChange={(v) => setDept({ ...dept, category: v })} />
        <Field label='联系方式' value={dept.contact} onChange={(v) => setDept({ ...dept, contact: v })} />
        <Button className='btn btn--plain' disabled={flag(t.busy || !dept.regionCode)} onClick={() => void t.saveDepartment({ regionCode: dept.regionCode, level: dept.level, categories: [dept.category as never], name: dept.name, contact: dept.contact })}>保存部门</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>解除认领锁定</Text>
        <Text className='muted small'>群众认领代录意见时尝试次数过多会被暂停认领（次日自动解除）。核实身份后，可输入查询编号立即解除。</Text>
        <Field label='查询编号' value={claimNo} onChange={setClaimNo} />
        <Button className='btn btn--plain' disabled={flag(t.busy || !claimNo.trim())} onClick={() => void t.resetClaim(claimNo.trim())}>解除认领锁定</Button>
      </View>
      <View className='card'>
        <Text className='card__title'>通知发送记录</Text>
        {(t.outbox.data?.items ?? []).map((o) => (
          <Text key={o.id} className='small'>{o.stateLabel}{o.channel === 'sms' ? '（短信）' : ''} · {o.title} · {o.recipientLabel}{o.trackingNo ? ` · ${o.trackingNo}` : ''}</Text>
        ))}
        {t.outbox.data && t.outbox.data.items.length === 0 ? <Text className='muted small'>暂无通知</Text> : null}
      </View>
    </View>
  );
}
