import { Button, Text, View } from '@tarojs/components';
import { beijingDate } from '@core/beijing-time';
import { MAX_PHOTOS } from '@core/contract/fields';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS } from '@core/duty-record';
import { Chip } from '../../../../components/chip';
import { EmptyNotice } from '../../../../components/page-states';
import { PhotoPicker } from '../../../../components/photo-picker';
import { flag } from '../../../../lib/flag';
import { Field, Messages } from '../../../../components/field';
import { useActivities } from '../../hooks/use-activities';

/** 履职活动: record one (date, place, people met, summary, photos) and see what is recorded. */
export default function ActivitiesPage() {
  const a = useActivities(beijingDate(new Date()));
  const d = a.draft;
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>记录履职活动</Text>
        <View className='chips'>
          {ACTIVITY_KINDS.map((k) => (
            <Chip key={k} on={d.kind === k} label={ACTIVITY_KIND_LABELS[k]} onTap={() => a.update({ kind: k })} />
          ))}
        </View>
        <Field label='日期' value={d.date} onChange={(v) => a.update({ date: v })} placeholder='YYYY-MM-DD' />
        <Field label='地点' value={d.place} onChange={(v) => a.update({ place: v })} />
        <Field label='接触的群众' value={d.people} onChange={(v) => a.update({ people: v })} placeholder='例如：居民代表12人' />
        <Field label='活动内容' value={d.summary} onChange={(v) => a.update({ summary: v })} multi />
        <PhotoPicker photos={a.photos} max={MAX_PHOTOS} />
        <Messages error={a.error} done={a.done} />
        <Button className='btn btn--primary' disabled={flag(a.busy)} loading={flag(a.busy)} onClick={() => void a.save()}>
          保存活动
        </Button>
      </View>

      {a.list.items.length === 0 && !a.list.loading ? <EmptyNotice text='还没有记录履职活动' /> : null}
      {a.list.items.map((x) => (
        <View key={x.id} className='card'>
          <View className='row row--between'>
            <Text className='list-item__title'>{x.kindLabel}</Text>
            <Text className='muted small'>{x.date}{x.automatic ? ' · 签到自动记录' : ''}</Text>
          </View>
          <Text>{x.place} · {x.people}</Text>
          <Text className='excerpt'>{x.summary}</Text>
        </View>
      ))}
      {a.list.hasMore ? (
        <Button className='btn btn--plain' onClick={a.list.more}>
          加载更多
        </Button>
      ) : null}
    </View>
  );
}
