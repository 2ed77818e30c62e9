/**
 * The staff case page's cards (photos with their image check, the resident's contact, how it
 * was routed and who has it, the forward, replies) and one half-screen dialog per move.
 */
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { RESULT_KIND_LABELS, RESULT_KINDS } from '@core/contract/fields';
import { relativeDayTime } from '@core/friendly-time';
import { Field, Messages } from '../../../components/field';
import { HalfScreenDialog } from '../../../components/ui/half-screen-dialog';
import { flag } from '../../../lib/flag';
import { formatTime } from '../../../lib/time';
import type { CaseWork, ResultKind, WorkerCase } from '../hooks/use-case';
import { Chips } from './chips';

const CHECK_LABELS: Record<WorkerCase['photos'][number]['check'], string | undefined> = {
  pass: undefined,
  none: undefined,
  review: '待人工审核',
  pending: '审核中',
  risky: '未通过审核',
};

/** The resident's photos, held ones included (tap to see one large), and the place they gave. */
export function CasePhotos({ o }: { o: WorkerCase }) {
  if (o.photos.length === 0 && !o.place) return null;
  const shown = o.photos.filter((p) => p.url);
  const held = o.photos.filter((p) => p.check === 'review' || p.check === 'pending').length;
  return (
    <View className='card' data-testid='case-photos'>
      <Text className='card__title'>照片和地点</Text>
      {o.place ? <Text>地点：{o.place}</Text> : null}
      {o.photos.length > 0 ? (
        <View className='photos'>
          {o.photos.map((p, i) => {
            const check = CHECK_LABELS[p.check];
            return p.url ? (
              <View className='photo case-photo' key={p.fileId} role='button' ariaLabel={`查看${p.alt || `第${i + 1}张照片`}${check ? `（${check}）` : ''}`} onClick={() => void Taro.previewImage({ urls: shown.map((s) => s.url), current: p.url })}>
                <Image className='photo__img' src={p.url} mode='aspectFill' ariaLabel={p.alt} nativeProps={{ alt: p.alt }} />
                {check ? <Text className='case-photo__check'>{check}</Text> : null}
              </View>
            ) : (
              <View className='photo case-photo case-photo--hidden' key={p.fileId}>
                <Text className='small'>{check ?? '无法显示'}，不显示</Text>
              </View>
            );
          })}
        </View>
      ) : null}
      {held > 0 ? <Text className='notice small'>有 {held} 张照片待人工审核：请点开查看，确认无违规内容后再审核通过。</Text> : o.photos.length > 0 ? <Text className='muted small'>点照片看大图</Text> : null}
    </View>
  );
}

/** Who wrote and how to reach them, only as they allowed (a full phone is recorded as seen). */
export function ResidentCard({ o }: { o: WorkerCase }) {
  const r = o.resident;
  return (
    <View className='card'>
      <Text className='card__title'>反映人</Text>
      <Text>
        {r.anonymous ? '匿名居民' : '居民（实名）'} · {o.channelLabel}
      </Text>
      {r.phone ? (
        <Text>
          联系电话：{r.phone}
          {r.phoneFull ? <Text className='muted small'>（查看已记录）</Text> : <Text className='muted small'>（居民未同意联系，只显示部分号码）</Text>}
        </Text>
      ) : (
        <Text className='muted'>{r.anonymous ? '匿名反映，不显示联系方式' : '未留电话'}</Text>
      )}
    </View>
  );
}

/** How it was routed (the rule's reason and what fell through), who has it now, and by when. */
export function RoutingCard({ o }: { o: WorkerCase }) {
  return (
    <View className='card'>
      <Text className='card__title'>分派和期限</Text>
      <Text className='small'>分派原因：{o.routing.reason}</Text>
      {o.routing.notes.map((n) => (
        <Text className='muted small' key={n}>
          {n}
        </Text>
      ))}
      {o.handler ? <Text>办理人：{o.handler.label}（直接办理）</Text> : o.assignee ? <Text>承办代表：{o.assignee.name}</Text> : <Text className='muted'>还没有人办理</Text>}
      {o.heldReason ? <Text className='notice'>审核中：{o.heldReason}</Text> : null}
      {o.dueAt ? (
        <Text className={o.overdue ? 'notice' : 'muted small'}>
          {o.overdue ? '已逾期：' : o.dueKind === 'accept' ? '受理期限：' : '办结期限：'}
          {formatTime(o.dueAt)}
        </Text>
      ) : null}
      {o.chaseCount > 0 ? <Text className='notice'>居民已催办 {o.chaseCount} 次</Text> : null}
    </View>
  );
}

/** The forward on record: the letter to print and, once recorded, the department's answer. */
export function ForwardCard({ o, work }: { o: WorkerCase; work: CaseWork }) {
  const f = o.forward;
  if (!f) return null;
  return (
    <View className='card'>
      <Text className='card__title'>已转交：{f.departmentName}</Text>
      <Text className='muted small'>
        {f.byLabel}转交 · 转办函 {f.letterNo} · 请于 {formatTime(f.answerDueAt).slice(0, 10)} 前答复 · {f.departmentContact}
      </Text>
      {f.answer ? <Text>部门答复（{formatTime(f.answer.at)}）：{f.answer.text}</Text> : <Text className='muted'>等待部门答复</Text>}
      <Button className='btn btn--plain' disabled={flag(work.busy)} onClick={() => void work.transferLetter()}>
        打印转办函
      </Button>
    </View>
  );
}

/** The replies to the resident, each marked when it does not count as a response. */
export function CaseReplies({ o }: { o: WorkerCase }) {
  if (o.replies.length === 0) return null;
  const now = new Date();
  return (
    <View className='card'>
      <Text className='card__title'>答复居民</Text>
      {o.replies.map((r, i) => (
        <View className='reply' key={`${r.at}-${i}`}>
          <Text className='reply__by'>
            {r.byLabel} · {relativeDayTime(r.at, now)}
            {o.replyFlags[i] && !o.replyFlags[i].countsAsResponse ? <Text className='tag tag--quiet'>不计为有效答复</Text> : null}
          </Text>
          <Text className='reply__text'>{r.text}</Text>
        </View>
      ))}
    </View>
  );
}

interface DialogProps {
  work: CaseWork;
  o: WorkerCase;
  onClose: () => void;
}

/** The dialog's actions: the error of the last try, then its one button. */
function Footer({ work, label, onClick }: { work: CaseWork; label: string; onClick: () => void }) {
  return (
    <>
      <Messages error={work.error} />
      <Button className='btn btn--primary' disabled={flag(work.busy)} onClick={onClick}>
        {label}
      </Button>
    </>
  );
}

/** Runs a move; closes the dialog when it was done. */
const closing = (onClose: () => void) => async (done: Promise<boolean> | boolean) => {
  if (await done) onClose();
};

/** A deputy of the station for the case: to assign from triage, or to reassign (with the reason). */
export function DeputyDialog({ work, o, onClose, mode }: DialogProps & { mode: 'assign' | 'reassign' }) {
  const [chosen, setChosen] = useState('');
  const [why, setWhy] = useState('');
  const deputy = o.deputies.find((d) => d.id === chosen);
  const title = mode === 'assign' ? '分派给代表' : o.assignee ? '改派其他代表' : '交给代表办理';
  const send = () => {
    if (!deputy) return work.setError('请先选择一位代表');
    void closing(onClose)(mode === 'assign' ? work.assign(deputy, why) : work.reassign(deputy, why));
  };
  return (
    <HalfScreenDialog show title={title} onClose={onClose} footer={<Footer work={work} label={title} onClick={send} />}>
      {o.deputies.length === 0 ? (
        <Text className='muted'>本站没有可以接收的代表（都已请假、未绑定微信或任期已满）。</Text>
      ) : (
        <>
          <Text className='field-label'>本站可接收的代表</Text>
          <Chips options={o.deputies.map((d) => ({ value: d.id, label: d.reach.reachable ? `${d.name}（${d.levelLabel}）` : `${d.name}（收不到提醒）` }))} selected={[chosen]} onToggle={setChosen} />
        </>
      )}
      <Field label={mode === 'assign' ? '备注（选填）' : '改派原因'} value={why} onChange={setWhy} placeholder={mode === 'assign' ? '' : '例如：原代表外出学习，期间无法办理'} multi />
    </HalfScreenDialog>
  );
}

/** Forward to a department from the directory of the case's region and those above it. */
export function ForwardDialog({ work, o, onClose }: DialogProps) {
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState('');
  const department = o.departments.find((d) => d.id === chosen);
  const send = () => (department ? void closing(onClose)(work.forward(department, note)) : work.setError('请先从部门目录中选择部门'));
  return (
    <HalfScreenDialog show title='转交部门办理' onClose={onClose} footer={<Footer work={work} label='转交部门' onClick={send} />}>
      {o.departments.length === 0 ? (
        <Text className='muted'>部门目录里还没有本地区的部门，请先在“部门目录”中添加。</Text>
      ) : (
        <>
          <Text className='field-label'>选择部门（管“{o.category}”的在前）</Text>
          <Chips options={o.departments.map((d) => ({ value: d.id, label: d.name }))} selected={[chosen]} onToggle={setChosen} />
        </>
      )}
      {department ? <Text className='muted small'>{department.levelLabel} · {department.contact}</Text> : null}
      <Field label='转办说明（选填，印在转办函上）' value={note} onChange={setNote} multi />
    </HalfScreenDialog>
  );
}

export function DepartmentAnswerDialog({ work, o, onClose }: DialogProps) {
  const [text, setText] = useState('');
  return (
    <HalfScreenDialog show title='登记部门答复' onClose={onClose} footer={<Footer work={work} label='登记部门答复' onClick={() => void closing(onClose)(work.departmentAnswer(text))} />}>
      <Text className='muted small'>{o.forward?.departmentName}的书面答复，登记后可办结。</Text>
      <Field label='部门答复' value={text} onChange={setText} multi />
    </HalfScreenDialog>
  );
}

export function ReplyDialog({ work, onClose }: Omit<DialogProps, 'o'>) {
  const [text, setText] = useState('');
  return (
    <HalfScreenDialog show title='答复居民' onClose={onClose} footer={<Footer work={work} label='发送答复' onClick={() => void closing(onClose)(work.reply(text))} />}>
      <Text className='muted small'>居民会收到答复通知。写清了解到的情况和办理打算，过短的答复不计为有效答复。</Text>
      <Field label='答复内容' value={text} onChange={setText} multi />
    </HalfScreenDialog>
  );
}

/** 办结 with a result and the 办结说明; `guidance` pre-fills it (已解释说明) for a matter staff alone handle. */
export function ResolveDialog({ work, onClose, guidance }: Omit<DialogProps, 'o'> & { guidance?: string }) {
  const [kind, setKind] = useState<ResultKind | undefined>(guidance ? 'explained' : undefined);
  const [text, setText] = useState(guidance ?? '');
  return (
    <HalfScreenDialog show title='办结' onClose={onClose} footer={<Footer work={work} label='办结' onClick={() => void closing(onClose)(work.resolve(kind, text))} />}>
      <Text className='field-label'>办结结果</Text>
      <Chips options={RESULT_KINDS.map((k) => ({ value: k, label: RESULT_KIND_LABELS[k] }))} selected={kind ? [kind] : []} onToggle={setKind} />
      <Field label='办结说明（居民可见）' value={text} onChange={setText} placeholder='写明办了什么、结果如何' multi />
    </HalfScreenDialog>
  );
}

export function RejectDialog({ work, onClose }: Omit<DialogProps, 'o'>) {
  const [reason, setReason] = useState('');
  return (
    <HalfScreenDialog show title='不予受理' onClose={onClose} footer={<Footer work={work} label='不予受理' onClick={() => void closing(onClose)(work.reject(reason))} />}>
      <Field label='不予受理的原因（居民可见）' value={reason} onChange={setReason} multi />
    </HalfScreenDialog>
  );
}

export function FollowUpDialog({ work, o, onClose }: DialogProps) {
  return (
    <HalfScreenDialog show title='登记电话回访' onClose={onClose}>
      {o.resident.phone ? <Text>回访电话：{o.resident.phone}</Text> : <Text className='muted'>居民未留电话</Text>}
      {o.resolution ? <Text className='small'>办理结果：{o.resolution.text}</Text> : null}
      <Messages error={work.error} />
      <Text className='field-label'>居民的评价</Text>
      <View className='row'>
        <Button className='btn btn--plain btn--small' disabled={flag(work.busy)} onClick={() => void closing(onClose)(work.followUp('satisfied'))}>满意</Button>
        <Button className='btn btn--plain btn--small' disabled={flag(work.busy)} onClick={() => void closing(onClose)(work.followUp('basic'))}>基本满意</Button>
        <Button className='btn btn--plain btn--small' disabled={flag(work.busy)} onClick={() => void closing(onClose)(work.followUp('unsatisfied'))}>不满意</Button>
      </View>
    </HalfScreenDialog>
  );
}
