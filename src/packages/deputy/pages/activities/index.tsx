import { Button, Text, View } from '@tarojs/components';
import { beijingDate } from '@core/beijing-time';
import { MAX_PHOTOS } from '@core/contract/fields';
import { ACTIVITY_CHANGE_DAYS, ACTIVITY_KIND_LABELS, ACTIVITY_KINDS } from '@core/duty-record';
import { Chip } from '../../../../components/chip';
import { EmptyNotice } from '../../../../components/page-states';
import { PhotoPicker } from '../../../../components/photo-picker';
import { HalfScreenDialog } from '../../../../components/ui/half-screen-dialog';
import { flag } from '../../../../lib/flag';
import { Field, Messages } from '../../../../components/field';
import { useActivities } from '../../hooks/use-activities';
import { useActivityChanges, type ActivityChanges, type MyActivity } from '../../hooks/use-activity-changes';
import '../../../../styles/activities.css';

/**
 * 履职活动: record one (date, place, people met, summary, photos) and see what is recorded;
 * correct (修改) or withdraw (撤回, with a reason) one I typed in, for ACTIVITY_CHANGE_DAYS after
 * recording it. A withdrawn one stays listed, marked, and counts nowhere.
 */
export default function ActivitiesPage() {
  const a = useActivities(beijingDate(new Date()));
  const c = useActivityChanges(a.list.reload);
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
        <Text className='muted small'>记录后{ACTIVITY_CHANGE_DAYS}天内可以修改或撤回；签到自动记录的接待不能修改。</Text>
      </View>

      {a.list.items.length === 0 && !a.list.loading ? <EmptyNotice text='还没有记录履职活动' /> : null}
      {a.list.items.map((x) => (
        <ActivityItem key={x.id} item={x} onEdit={() => c.edit(x)} onWithdraw={() => c.withdraw(x)} />
      ))}
      {a.list.hasMore ? (
        <Button className='btn btn--plain' onClick={a.list.more}>
          加载更多
        </Button>
      ) : null}
      {c.editing ? <EditDialog c={c} /> : null}
      {c.withdrawing ? <WithdrawDialog c={c} item={c.withdrawing} /> : null}
    </View>
  );
}

function ActivityItem({ item: x, onEdit, onWithdraw }: { item: MyActivity; onEdit: () => void; onWithdraw: () => void }) {
  return (
    <View className={`card activity${x.withdrawn ? ' activity--withdrawn' : ''}`} data-id={x.id}>
      <View className='row row--between'>
        <Text className='list-item__title'>{x.kindLabel}</Text>
        <Text className='muted small'>
          {x.date}
          {x.automatic ? ' · 签到自动记录' : ''}
          {x.corrections ? ` · 已修改${x.corrections}次` : ''}
        </Text>
      </View>
      {x.withdrawn ? (
        <Text className='activity__withdrawn'>
          <Text className='badge'>已撤回</Text> {x.withdrawn.reason}（不计入履职档案和统计）
        </Text>
      ) : null}
      <Text>
        {x.place} · {x.people}
      </Text>
      <Text className='excerpt'>{x.summary}</Text>
      {x.changeableUntil ? (
        <View className='row activity__actions'>
          <Text className='muted small activity__until'>可修改至{x.changeableUntil}</Text>
          <Button className='btn btn--plain btn--small' ariaLabel={`修改${x.kindLabel}（${x.date}）`} onClick={onEdit}>
            修改
          </Button>
          <Button className='btn btn--plain btn--small' ariaLabel={`撤回${x.kindLabel}（${x.date}）`} onClick={onWithdraw}>
            撤回
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function Footer({ c, label, danger, onClick }: { c: ActivityChanges; label: string; danger?: boolean; onClick: () => void }) {
  return (
    <>
      <Messages error={c.error} />
      <Button className={`btn ${danger ? 'btn--danger' : 'btn--primary'}`} disabled={flag(c.busy)} loading={flag(c.busy)} onClick={onClick}>
        {label}
      </Button>
    </>
  );
}

/** 修改: every field of the activity; the version before is kept on the server. */
function EditDialog({ c }: { c: ActivityChanges }) {
  const d = c.editing!.draft;
  return (
    <HalfScreenDialog show title='修改履职活动' onClose={c.close} footer={<Footer c={c} label='保存修改' onClick={() => void c.saveCorrection()} />}>
      <Text className='muted small'>修改后，履职档案和各项统计随之更新；修改前的内容会保留。</Text>
      <View className='chips'>
        {ACTIVITY_KINDS.map((k) => (
          <Chip key={k} on={d.kind === k} label={ACTIVITY_KIND_LABELS[k]} ariaLabel={`改为${ACTIVITY_KIND_LABELS[k]}`} onTap={() => c.update({ kind: k })} />
        ))}
      </View>
      <Field label='日期' value={d.date} onChange={(v) => c.update({ date: v })} placeholder='YYYY-MM-DD' />
      <Field label='地点' value={d.place} onChange={(v) => c.update({ place: v })} />
      <Field label='接触的群众' value={d.people} onChange={(v) => c.update({ people: v })} />
      <Field label='活动内容' value={d.summary} onChange={(v) => c.update({ summary: v })} multi />
      <PhotoPicker photos={c.photos} max={MAX_PHOTOS} />
    </HalfScreenDialog>
  );
}

/** 撤回: with the reason, confirmed first; the activity stays listed, marked. */
function WithdrawDialog({ c, item }: { c: ActivityChanges; item: MyActivity }) {
  return (
    <HalfScreenDialog show title='撤回履职活动' onClose={c.close} footer={<Footer c={c} label='撤回' danger onClick={() => void c.confirmWithdrawal()} />}>
      <Text className='muted small'>
        {item.date} {item.kindLabel}：{item.summary}
      </Text>
      <Field label='撤回理由' value={c.reason} onChange={c.setReason} placeholder='例如：重复记录' multi />
    </HalfScreenDialog>
  );
}
