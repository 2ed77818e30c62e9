import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { Messages } from '../../../../components/field';
import { Cell, Cells, HalfScreenDialog, confirm } from '../../../../components/ui';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import { AdminStationDeputies } from '../../components/admin-station-deputies';
import { type AdminStation, useAdminStations } from '../../hooks/use-admin-stations';
import '../../../../styles/desk.css';

function Box({ label, value, onChange, placeholder }: { label: string; value: string; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <View className='column'>
      <Text className='field-label'>{label}</Text>
      <Input className='input' value={value} placeholder={placeholder} ariaLabel={label} onInput={(e) => onChange(e.detail.value)} />
    </View>
  );
}

type Dialog = { kind: 'staff' | 'merge'; code: string } | undefined;

/**
 * 联络站管理: the stations of my region, their staff by name; a station is given to staff chosen
 * from the region's staff, merged into another station chosen from the list (after a
 * confirmation), has its deputies set; new stations; posters for a region.
 */
export default function AdminStationsPage() {
  const a = useAdminStations();
  const [form, setForm] = useState({ code: '', name: '', address: '', regionCode: '' });
  const [deputiesOf, setDeputiesOf] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  const regions = a.regions.data?.items ?? [];
  const all = a.stations.data?.items ?? [];
  const open = dialog ? all.find((s) => s.code === dialog.code) : undefined;
  const nameOf = (code?: string) => all.find((s) => s.code === code)?.name ?? code ?? '';

  async function merge(s: AdminStation, into: AdminStation) {
    const sure = await confirm('确认撤并', `${s.name}撤并到${into.name}后不能恢复。扫这个站二维码的群众会看到“已撤并”，并被引导到${into.name}。`, {
      confirmText: '撤并',
      danger: true,
    });
    if (!sure) return;
    if (await a.retire(s, into)) setDialog(undefined);
  }

  return (
    <View className='page'>
      <Messages error={a.error} done={a.done} />
      {a.stations.status === 'error' ? (
        <ErrorNotice message={a.stations.error.message} onRetry={a.stations.reload} />
      ) : !a.stations.data ? (
        <Loading />
      ) : (
        all.map((s) => (
          <View key={s.code} className='card admin-station' data-code={s.code}>
            <Text className='card__title'>
              {s.name}（{s.code}）
            </Text>
            <Text className='muted small'>
              {s.regionName} · {s.address}
            </Text>
            {s.retired ? (
              <Text className='small'>已撤并到{nameOf(s.movedTo)}</Text>
            ) : (
              <>
                <Text className='station-card__people'>
                  工作人员：{s.staffMembers.length ? s.staffMembers.map((p) => p.label).join('、') : '暂无'}
                </Text>
                <View className='station-card__actions'>
                  <Button className='btn btn--plain btn--small' disabled={flag(a.busy)} onClick={() => setDialog({ kind: 'staff', code: s.code })}>
                    安排工作人员
                  </Button>
                  <Button className='btn btn--plain btn--small' onClick={() => setDeputiesOf(deputiesOf === s.code ? undefined : s.code)}>
                    {deputiesOf === s.code ? '收起本站代表' : `本站代表（${s.deputyIds.length}位）`}
                  </Button>
                  <Button className='btn btn--plain btn--small btn--danger' disabled={flag(a.busy)} onClick={() => setDialog({ kind: 'merge', code: s.code })}>
                    撤并
                  </Button>
                </View>
                {deputiesOf === s.code ? <AdminStationDeputies code={s.code} changed={a.stations.reload} /> : null}
              </>
            )}
          </View>
        ))
      )}

      <View className='card'>
        <Text className='card__title'>新建联络站</Text>
        <Box label='编号（即二维码参数，建后不变）' value={form.code} onChange={(v) => setForm({ ...form, code: v.toUpperCase() })} placeholder='如 WYH02' />
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
        <Button className='btn btn--primary' disabled={flag(a.busy || !form.code || !form.regionCode)} onClick={() => void a.create(form)}>
          新建
        </Button>
      </View>
      <View className='card'>
        <Text className='card__title'>批量打印海报（每站一页）</Text>
        <View className='chips'>
          {regions.map((r) => (
            <View key={r.code} className='chip' role='button' onClick={() => void a.posters(r.code)}>
              <Text>{r.name}</Text>
            </View>
          ))}
        </View>
      </View>

      <HalfScreenDialog show={dialog?.kind === 'staff' && Boolean(open)} title={`安排工作人员 · ${open?.name ?? ''}`} onClose={() => setDialog(undefined)}>
        {open ? <StaffChoice station={open} a={a} onDone={() => setDialog(undefined)} /> : null}
      </HalfScreenDialog>

      <HalfScreenDialog show={dialog?.kind === 'merge' && Boolean(open)} title={`撤并 ${open?.name ?? ''}`} onClose={() => setDialog(undefined)}>
        <Text className='dialog-hint'>选择撤并到哪个联络站：群众扫原来的二维码时，会被引导到那里。</Text>
        <Cells>
          {all
            .filter((t) => !t.retired && t.code !== open?.code)
            .map((t) => (
              <Cell key={t.code} label={t.name} description={`${t.regionName} · ${t.address}`} onClick={() => open && !a.busy && void merge(open, t)} />
            ))}
        </Cells>
        {all.filter((t) => !t.retired && t.code !== open?.code).length === 0 ? <Text className='muted'>本地区没有其他在用的联络站</Text> : null}
      </HalfScreenDialog>
    </View>
  );
}

/** The region's staff by name: a tap gives the station to one; those who hold it already can be taken off it. */
function StaffChoice({ station, a, onDone }: { station: AdminStation; a: ReturnType<typeof useAdminStations>; onDone: () => void }) {
  const people = a.people.data?.staff ?? [];
  const holders = station.staffMembers;
  const others = people.filter((p) => !station.staff.includes(p.openid));
  async function takeOff(p: { openid: string; label: string }) {
    if (!(await confirm('收回联络站', `${p.label}将不再负责${station.name}，也不再收到这个站的提醒。`, { confirmText: '收回', danger: true }))) return;
    if (await a.take(station, p)) onDone();
  }
  async function give(p: (typeof people)[number]) {
    if (await a.give(station, p)) onDone();
  }
  if (a.people.status === 'error') return <ErrorNotice message={a.people.error.message} onRetry={a.people.reload} />;
  if (!a.people.data) return <Loading />;
  return (
    <>
      {holders.length ? (
        <Cells title='现在负责'>
          {holders.map((p) => (
            <Cell key={p.openid} label={p.label} value='收回' onClick={() => !a.busy && void takeOff(p)} />
          ))}
        </Cells>
      ) : null}
      <Cells title='本地区的工作人员（点一下交给TA负责）'>
        {others.map((p) => (
          <Cell
            key={p.openid}
            label={p.label}
            description={p.stations.length ? `负责：${p.stations.map((s) => s.name).join('、')}` : '暂未负责联络站'}
            onClick={() => !a.busy && void give(p)}
          />
        ))}
      </Cells>
      {others.length === 0 ? <Text className='dialog-hint'>本地区没有其他工作人员。</Text> : null}
      <Text className='dialog-hint'>名单里没有的人：先在“工作人员与邀请码”为他发放邀请码，他用邀请码开通后就会出现在这里。</Text>
      <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.adminStaff })}>
        发放工作人员邀请码
      </Button>
    </>
  );
}
