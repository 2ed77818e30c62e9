import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { addDays, beijingDate } from '@core/beijing-time';
import { Messages } from '../../../components/field';
import { ErrorNotice, Loading } from '../../../components/page-states';
import { flag } from '../../../lib/flag';
import { ROUTES } from '../../../routes';
import { useHotTopics } from '../hooks/use-hot-topics';
import '../../../styles/groups.css';

const WEEKS = [
  { value: 'this', label: '本周' },
  { value: 'last', label: '上周' },
] as const;
/** A day of the week asked (the report covers its Monday to Sunday). */
const dayOf = (week: 'this' | 'last') => addDays(beijingDate(new Date()), week === 'this' ? 0 : -7);

const PERIODS = [
  { value: 'week', label: '本周' },
  { value: 'month', label: '本月' },
] as const;

/**
 * 热点问题 on the dashboard (decision 0036): the problems most residents raised in the period —
 * cases plus 附议 of each group of similar opinions, heaviest first, for the region shown (a
 * city's or province's named by county) — with the way to 汇总整理 and the weekly 汇总报告.
 */
export function HotTopicsPanel({ regionCode }: { regionCode?: string }) {
  const h = useHotTopics(regionCode);
  const [week, setWeek] = useState<'this' | 'last'>('this');
  const data = h.topics.data;
  return (
    <View className='card hot-topics' data-testid='hot-topics'>
      <View className='row row--between'>
        <Text className='card__title'>热点问题</Text>
        <View className='chips'>
          {PERIODS.map((p) => (
            <View key={p.value} className={`chip${h.period === p.value ? ' chip--on' : ''}`} role='button' ariaLabel={`看${p.label}`} onClick={() => h.setPeriod(p.value)}>
              <Text>{p.label}</Text>
            </View>
          ))}
        </View>
      </View>
      {h.topics.status === 'error' ? (
        <ErrorNotice message={h.topics.error.message} onRetry={() => void h.topics.reload()} />
      ) : !data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <Text className='muted small'>{data.period.label}没有两件以上反映同一问题的意见。</Text>
      ) : (
        <>
          <Text className='muted small'>
            {data.region.name} · {data.period.label}：同一问题的意见件数加附议人数，多的在前。附议不计为收到的意见。
          </Text>
          {data.items.map((t, i) => (
            <View key={t.id} className='hot-topic' data-topic={t.id} role='listitem' ariaLabel={`第${i + 1}：${t.label}，${t.cases}件意见，${t.seconds}人附议`}>
              <Text className='hot-topic__rank'>{i + 1}</Text>
              <View className='hot-topic__body'>
                <Text>{t.label}</Text>
                <Text className='small muted'>{[t.countyName, t.category, t.places].filter(Boolean).join(' · ')}</Text>
                {t.sample ? <Text className='small excerpt'>{t.sample}</Text> : null}
              </View>
              <Text className='hot-topic__total small'>
                {t.cases}件{t.seconds ? ` · 附议${t.seconds}` : ''}
              </Text>
            </View>
          ))}
          {data.complete ? null : <Text className='muted small'>同类意见组较多，以上按最活跃的{data.scanned}组统计。</Text>}
        </>
      )}
      <Button className='btn btn--plain btn--small' onClick={() => void Taro.navigateTo({ url: ROUTES.similarGroups('admin') })}>
        汇总整理：合并同类意见
      </Button>
      <View className='column hot-topics__weekly'>
        <Text className='field-label'>每周汇总报告</Text>
        <Text className='muted small'>本周（或上周）收到的意见、热点问题和汇总件办理情况。</Text>
        <View className='chips'>
          {WEEKS.map((w) => (
            <View key={w.value} className={`chip${week === w.value ? ' chip--on' : ''}`} role='button' ariaLabel={`选择${w.label}`} onClick={() => setWeek(w.value)}>
              <Text>{w.label}</Text>
            </View>
          ))}
        </View>
        <View className='row'>
          <Button className='btn btn--plain btn--small' disabled={flag(h.busy)} onClick={() => void h.weekly(dayOf(week), 'pdf')}>
            下载 PDF
          </Button>
          <Button className='btn btn--plain btn--small' disabled={flag(h.busy)} onClick={() => void h.weekly(dayOf(week), 'xlsx')}>
            下载 Excel
          </Button>
        </View>
        <Messages error={h.error} done={h.done} />
      </View>
    </View>
  );
}
