import { Button, Switch, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ENTRY_CHANNELS } from '@core/contract/actions/staff';
import { CHANNEL_LABELS } from '@core/vocabulary';
import { flag } from '../../../../lib/flag';
import { Field, Messages } from '../../../../components/field';
import { Chips } from '../../components/chips';
import { useEntry } from '../../hooks/use-entry';
import { useMyStations } from '../../hooks/use-my-stations';
import { useStationCategories } from '../../hooks/use-station-categories';

type EntryChannel = (typeof ENTRY_CHANNELS)[number];

/** 代录意见: a walk-in, phone call or letter entered by staff; then the slip with the tracking number. */
export default function EnterPage() {
  const { stations } = useMyStations();
  const e = useEntry();
  const [stationCode, setStationCode] = useState('');
  const [channel, setChannel] = useState<EntryChannel>('walk_in');
  const [category, setCategory] = useState<string>('其他');
  const [text, setText] = useState('');
  const [phone, setPhone] = useState('');
  // The statement staff make for the resident in front of them (PIPL: informed before collecting).
  const [informed, setInformed] = useState(false);
  const active = (stations.data?.items ?? []).filter((s) => !s.retired);
  const code = stationCode || active[0]?.code || '';
  // The station's categories (those its regions added too); staff-only matters last, as on the resident's form.
  const categories = useStationCategories(code || undefined) ?? [];
  return (
    <View className='page'>
      <View className='card'>
        <Text className='field-label'>联络站</Text>
        <Chips options={active.map((s) => ({ value: s.code, label: s.name }))} selected={[code]} onToggle={setStationCode} />
        <Text className='field-label'>来源</Text>
        <Chips options={ENTRY_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} selected={[channel]} onToggle={setChannel} />
        <Text className='field-label'>类别</Text>
        <Chips options={categories.map((c) => ({ value: c.name, label: c.name }))} selected={[category]} onToggle={setCategory} />
        <Field label='群众反映的内容' value={text} onChange={setText} multi />
        <Field label='联系电话（选填，留电话可在小程序认领）' value={phone} onChange={setPhone} />
        <View className='row row--between switch-row'>
          <Text>已告知群众：反映的内容和电话只用于办理这条意见，会交给代表和有关部门办理</Text>
          <Switch checked={informed} color='#b71c1c' onChange={(ev) => setInformed(ev.detail.value)} />
        </View>
        <Button
          className='btn btn--primary'
          disabled={flag(e.busy || !code || !text.trim() || !informed)}
          loading={flag(e.busy)}
          onClick={() => {
            if (!informed) return; // a tap on a button that only looks disabled
            void e.submit({
              stationCode: code,
              channel,
              category,
              text,
              ...(phone.trim() ? { phone: phone.trim() } : {}),
              residentInformed: true,
            }).then((entered) => entered && setInformed(false)); // the next walk-in is told again
          }}
        >
          登记意见
        </Button>
      </View>
      <Messages error={e.error} done={e.done} />
      {e.entered ? (
        <View className='card entered'>
          <Text className='card__title'>查询编号 {e.entered.trackingNo}</Text>
          <Text className='small'>{e.entered.claimable ? '回执上有认领二维码：群众扫码，或在小程序“我的 → 认领工作人员代录的意见”中，凭查询编号和电话认领。' : '未留电话：请告知群众凭查询编号到站查询。'}</Text>
          <Button className='btn btn--plain' disabled={flag(e.busy)} onClick={() => void e.printSlip()}>打印回执</Button>
        </View>
      ) : null}
    </View>
  );
}
