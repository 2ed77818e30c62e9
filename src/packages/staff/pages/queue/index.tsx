import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { QUEUE_VIEW_LABELS, QUEUE_VIEWS } from '@core/contract/actions/staff';
import { ListStates } from '../../../../components/page-states';
import { flag } from '../../../../lib/flag';
import { Field, Messages } from '../../../../components/field';
import { Chips } from '../../components/chips';
import { lastDelivered } from '../../../../components/reach-line';
import { SecondBadge } from '../../../../components/second-badge';
import { type QueueEntry, type QueueView, useQueue } from '../../hooks/use-queue';
import { staffOnlyHandling } from '../../lib/staff-only';
import { ROUTES } from '../../../../routes';
import '../../../../styles/desk.css';

/**
 * 意见处理: triage (assign or reject with a reason; release or reject held ones; matters deputies
 * do not take up are taken by staff and closed with the answer, never assigned: lib/staff-only.ts),
 * cases deputies are working on (flagged when the deputy cannot be reached), 回访, showcase
 * (publish, take down). Tapping a case opens it whole (the case page), where every move is.
 */
export default function QueuePage() {
  const initial = useRouter().params.view as QueueView | undefined;
  const [view, setView] = useState<QueueView>(initial && QUEUE_VIEWS.includes(initial) ? initial : 'triage');
  const q = useQueue(view);
  return (
    <View className='page'>
      <View className='tabs' role='tablist'>
        {QUEUE_VIEWS.map((v) => (
          <View key={v} className={`tab${v === view ? ' tab--on' : ''}`} role='tab' onClick={() => setView(v)}>
            <Text>{QUEUE_VIEW_LABELS[v]}</Text>
          </View>
        ))}
      </View>
      <Messages error={q.error} done={q.done} />
      <View className='row row--between'>
        {q.queue.items.length > 0 ? <Text className='muted small'>共 {q.queue.total ?? q.queue.items.length} 条，先提交的在前</Text> : <Text />}
        {/* A resident on the phone with a tracking number or "the lift at 3栋": find the case (decision 0032). */}
        <Button className='btn btn--plain btn--small' onClick={() => void Taro.navigateTo({ url: ROUTES.caseSearch('staff') })}>
          查找意见
        </Button>
      </View>
      <ListStates list={q.queue} empty='这里没有需要处理的意见'>
        {() => q.queue.items.map((o) => <Item key={o.id} o={o} view={view} q={q} />)}
      </ListStates>
      {q.queue.hasMore ? (
        <Button className='btn btn--plain' loading={flag(q.queue.loading)} disabled={flag(q.queue.loading)} onClick={() => void q.queue.more()}>
          加载更多
        </Button>
      ) : null}
    </View>
  );
}

function Item({ o, view, q }: { o: QueueEntry; view: QueueView; q: ReturnType<typeof useQueue> }) {
  const [deputyId, setDeputyId] = useState('');
  const [reason, setReason] = useState('');
  const [story, setStory] = useState({ title: '', summary: o.text.slice(0, 120) });
  const deputies = q.deputiesOf(o.stationCode).filter((d) => d.active && d.bound && !d.onLeaveToday);
  const staffOnly = staffOnlyHandling(o.category);
  const [answer, setAnswer] = useState(staffOnly?.reply ?? '');
  return (
    <View className='card queue-item' data-id={o.id}>
      <View className='queue-item__open' role='link' ariaLabel={`查看${o.category}意见 ${o.trackingNo}`} onClick={() => void Taro.navigateTo({ url: ROUTES.staffCase(o.id) })}>
        <View className='row row--between'>
          <View className='row'>
            <Text className='list-item__title'>{o.category}</Text>
            {staffOnly ? <Text className={staffOnly.tagClass}>{staffOnly.tag}</Text> : o.flagged ? <Text className='tag tag--quiet'>需关注</Text> : null}
          </View>
          <View className='row__badges'>
            <SecondBadge count={o.secondCount} />
            <Text className='small'>{o.statusLabel}</Text>
          </View>
        </View>
        <Text className='excerpt'>{o.text}</Text>
        <Text className='muted small'>{o.trackingNo} · {o.stationName} · {o.channelLabel} · {o.reason}</Text>
      </View>
      {o.assigneeName ? <Text className='small'>承办代表：{o.assigneeName}</Text> : null}
      {o.assigneeReach && !o.assigneeReach.reachable ? (
        <View className='notice small reach-flag' role='status'>
          <Text>
            代表收不到提醒（{o.assigneeReach.label}，{lastDelivered(o.assigneeReach)}），请电话联系代表。
          </Text>
        </View>
      ) : null}
      {view === 'triage' && o.status === 'triage' && staffOnly ? (
        <>
          <Text className='guidance'>{staffOnly.guidance}</Text>
          <Field label='告知居民（居民可见）' value={answer} onChange={setAnswer} placeholder={staffOnly.placeholder} multi />
          <Button className='btn btn--primary btn--small' disabled={flag(q.busy || !answer.trim())} onClick={() => (answer.trim() ? void q.answer(o.id, answer.trim(), staffOnly.done) : q.setError('请写明告知居民的内容'))}>
            {staffOnly.action}
          </Button>
        </>
      ) : null}
      {view === 'triage' && o.status === 'triage' && !staffOnly ? (
        <>
          <Chips options={deputies.map((d) => ({ value: d.id, label: d.reach.reachable ? d.name : `${d.name}（收不到提醒）` }))} selected={[deputyId]} onToggle={setDeputyId} />
          <Button className='btn btn--primary btn--small' disabled={flag(q.busy || !deputyId)} onClick={() => void q.assign(o.id, deputyId)}>分派给代表</Button>
        </>
      ) : null}
      {view === 'triage' && o.status === 'held' ? (
        <Button className='btn btn--primary btn--small' disabled={flag(q.busy)} onClick={() => void q.release(o.id)}>审核通过</Button>
      ) : null}
      {view === 'triage' && !(staffOnly && o.status === 'triage') ? (
        <>
          <Field label='不予受理的原因（居民可见）' value={reason} onChange={setReason} />
          <Button className='btn btn--plain btn--small' disabled={flag(q.busy || !reason.trim())} onClick={() => void q.reject(o.id, reason)}>不予受理</Button>
        </>
      ) : null}
      {view === 'followup' ? (
        <>
          {o.phone ? <Text className='small'>回访电话：{o.phone}</Text> : <Text className='muted small'>居民未留电话</Text>}
          {o.result ? <Text className='small'>办理结果：{o.result}</Text> : null}
          <View className='row'>
            <Button className='btn btn--plain btn--small' onClick={() => void q.followUp(o.id, 'satisfied')}>满意</Button>
            <Button className='btn btn--plain btn--small' onClick={() => void q.followUp(o.id, 'basic')}>基本满意</Button>
            <Button className='btn btn--plain btn--small' onClick={() => void q.followUp(o.id, 'unsatisfied')}>不满意</Button>
          </View>
        </>
      ) : null}
      {view === 'showcase' ? (
        <>
          <Field label='标题' value={story.title} onChange={(v) => setStory({ ...story, title: v })} />
          <Field label='问题（已去除个人信息）' value={story.summary} onChange={(v) => setStory({ ...story, summary: v })} multi />
          <Text className='field-label'>办理结果（公开办结说明，电话、证件号、门牌和姓名自动隐去）</Text>
          <Text className='excerpt'>{o.result ?? '没有办结说明'}</Text>
          <Button className='btn btn--primary btn--small' disabled={flag(q.busy || !story.title.trim() || !o.result)} onClick={() => void q.publish(o.id, story.title, story.summary)}>公开到办实事成果</Button>
        </>
      ) : null}
      {view === 'published' ? (
        <>
          {o.result ? <Text className='small'>办理结果：{o.result}</Text> : null}
          <Button className='btn btn--plain btn--small' disabled={flag(q.busy)} onClick={() => void q.unpublish(o.id)}>从办实事成果撤下</Button>
        </>
      ) : null}
    </View>
  );
}
