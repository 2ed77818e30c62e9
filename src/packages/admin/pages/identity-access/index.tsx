import { PickerField } from '../../../../components/picker-field';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Chip } from '../../../../components/chip';
import { ErrorNotice, ListStates } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { formatTime } from '../../../../lib/time';
import { useIdentityAccess } from '../../hooks/use-identity-access';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 身份信息查看记录: each time staff of my region saw a resident's full phone — when, who, which case, what and why. */
export default function AdminIdentityAccessPage() {
  const a = useIdentityAccess();
  const [period, setPeriod] = useState({ from: '', to: '' });
  const periodOk = (!period.from || DAY.test(period.from)) && (!period.to || DAY.test(period.to));
  const staff = a.staff.data?.staff ?? [];
  // Who looked, as the office names them (staff labels), never by their WeChat id.
  const labelOf = new Map(staff.map((s) => [s.openid, s.label]));
  const set = (patch: Partial<typeof a.filters>) => a.setFilters({ ...a.filters, ...patch });
  const { list } = a;
  return (
    <View className='page'>
      <View className='card'>
        <Text className='muted small'>工作人员每次看到群众的完整电话号码等身份信息（如电话回访），都会记录在这里。记录写明谁、何时、看了哪条意见、为什么，不保存电话号码本身。</Text>
        <PickerField label='开始日期' mode='date' value={period.from} onChange={(from) => setPeriod({ ...period, from })} onClear={() => setPeriod({ ...period, from: '' })} />
        <PickerField label='结束日期' mode='date' value={period.to} onChange={(to) => setPeriod({ ...period, to })} onClear={() => setPeriod({ ...period, to: '' })} />
        <Button className='btn btn--plain' disabled={flag(!periodOk)} onClick={() => set({ from: period.from || undefined, to: period.to || undefined })}>
          按日期查询
        </Button>
        <Text className='field-label'>工作人员</Text>
        <View className='chips'>
          <Chip on={!a.filters.staff} label='全部' onTap={() => set({ staff: undefined })} />
          {staff.map((s) => (
            <Chip key={s.openid} on={a.filters.staff === s.openid} label={s.label} ariaLabel={`工作人员 ${s.label}`} onTap={() => set({ staff: s.openid })} />
          ))}
        </View>
      </View>
      <ListStates list={list} empty='没有查看记录'>
        {() => (
          <>
            <Text className='muted small'>共 {list.total} 条</Text>
            {list.items.map((e) => (
              <View key={e.id} className='card identity-access-row'>
                <Text className='card__title'>{formatTime(e.at)}</Text>
                <Text>
                  查看人：{labelOf.get(e.by) ?? e.byLabel}
                </Text>
                <Text>
                  {/* A search by phone that found nothing names no case: where it looked. */}
                  {e.trackingNo ? `意见：${e.trackingNo}（${e.stationName}）` : `未查到意见（${e.stationName}）`}
                </Text>
                <Text>
                  看到：{e.seenLabel} · 用途：{e.purposeLabel}
                </Text>
              </View>
            ))}
          </>
        )}
      </ListStates>
      {list.error && list.items.length > 0 ? <Text className='error-box'>{list.error.message}</Text> : null}
      {list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(list.loading)} disabled={flag(list.loading)} onClick={list.more}>
          加载更多
        </Button>
      ) : null}
    </View>
  );
}
