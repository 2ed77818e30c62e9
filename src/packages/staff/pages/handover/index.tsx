import { Button, Text, View } from '@tarojs/components';
import { Chip } from '../../../../components/chip';
import { Field, Messages } from '../../../../components/field';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { useEndedHandover } from '../../hooks/use-ended-handover';

/** 任期届满转交: open opinions of deputies whose term ended, each handed to a deputy of the station in office. */
export default function StaffHandoverPage() {
  const h = useEndedHandover();
  return (
    <View className='page'>
      <Messages error={h.error} done={h.done} />
      {h.list.status === 'error' ? (
        <ErrorNotice message={h.list.error.message} onRetry={h.list.reload} />
      ) : !h.list.data ? (
        <Loading />
      ) : h.list.data.items.length === 0 ? (
        <View className='card'>
          <Text className='muted'>本站没有需要转交的意见</Text>
        </View>
      ) : (
        h.list.data.items.map((o) => (
          <View key={o.id} className='card handover-item' data-id={o.id}>
            <Text className='card__title'>
              {o.trackingNo} · {o.category}
            </Text>
            <Text className='small'>
              {o.stationName} · {o.statusLabel}
              {o.overdue ? ' · 已超期' : ''} · 原承办：{o.deputyName}（{o.termEnd}任期届满）
            </Text>
            <Text className='field-label'>转交给</Text>
            <View className='chips'>
              {o.targets.length === 0 ? <Text className='muted small'>本站暂无可接手的在任代表，请先为本站设置代表</Text> : null}
              {o.targets.map((d) => (
                <Chip key={d.id} on={h.chosen[o.id] === d.id} label={`${d.name}（${d.levelLabel}）`} onTap={() => h.choose(o.id, d.id)} />
              ))}
            </View>
            <Field label='转交说明' value={h.reasons[o.id] ?? ''} onChange={(v) => h.setReason(o.id, v)} placeholder='原承办代表任期届满' />
            <Button className='btn btn--primary btn--small' disabled={flag(h.busy || !h.chosen[o.id])} onClick={() => void h.handOver(o.id)}>
              转交
            </Button>
          </View>
        ))
      )}
    </View>
  );
}
