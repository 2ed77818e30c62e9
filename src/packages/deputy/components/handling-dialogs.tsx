/**
 * The other ways of handling a case, each in its own half-screen dialog (WeUI), opened from
 * 更多办理方式 — never stacked on the page. Each dialog closes itself once its move is done.
 */
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { LEVEL_LABELS, LEVELS, type Level } from '@core/vocabulary';
import { Chip } from '../../../components/chip';
import { Field, Messages } from '../../../components/field';
import { HalfScreenDialog } from '../../../components/ui/half-screen-dialog';
import { flag } from '../../../lib/flag';
import type { useDeputyOpinion } from '../hooks/use-deputy-opinion';
import { ReplyComposer } from './reply-composer';

type Work = ReturnType<typeof useDeputyOpinion>;
type Detail = NonNullable<Work['detail']['data']>;
export type Kind = 'solved' | 'partly' | 'explained';

interface DialogProps {
  work: Work;
  onClose: () => void;
}

/** The dialog's actions: the error of the last try (if any), then its one button. */
function Footer({ work, label, onClick }: { work: Work; label: string; onClick: () => void }) {
  return (
    <>
      <Messages error={work.error} />
      {/* No `loading`: its spinner renders a moment later, after the dialog may have closed. */}
      <Button className='btn btn--primary' disabled={flag(work.busy)} onClick={onClick}>
        {label}
      </Button>
    </>
  );
}

/** Runs a move; closes the dialog when it was done. */
const then = (onClose: () => void) => async (done: Promise<boolean> | boolean) => {
  if (await done) onClose();
};

export function NeedInfoDialog({ work, onClose }: DialogProps) {
  const [q, setQ] = useState('');
  return (
    <HalfScreenDialog show title='请居民补充情况' onClose={onClose} footer={<Footer work={work} label='发送给居民' onClick={() => void then(onClose)(work.needInfo(q))} />}>
      <Text className='muted small'>居民会收到通知，补充后这条意见回到您这里继续办理。</Text>
      <Field label='需要补充的情况' value={q} onChange={setQ} placeholder='例如：请说明是哪一栋楼、问题出现的时间' multi />
    </HalfScreenDialog>
  );
}

/** Forward to a department chosen from the directory, filtered by level and category (分级分类). */
export function ForwardDialog({ work, o, onClose }: DialogProps & { o: Detail }) {
  const [level, setLevel] = useState<Level | undefined>();
  const [sameCategory, setSameCategory] = useState(true);
  const [list, setList] = useState<{ id: string; name: string; levelLabel: string; contact: string }[]>();
  const [chosen, setChosen] = useState<{ id: string; name: string }>();
  const [note, setNote] = useState('');
  const load = async (lv = level, same = sameCategory) => {
    try {
      setList(await work.departments({ ...(lv ? { level: lv } : {}), ...(same ? { category: o.category } : {}) }));
      setChosen(undefined);
    } catch (e) {
      work.setError((e as Error).message);
    }
  };
  useEffect(() => {
    void load();
    // Loaded once when the dialog opens; the filters reload it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const send = () => (chosen ? void then(onClose)(work.forward(chosen, note)) : work.setError('请先从部门目录中选择部门'));
  return (
    <HalfScreenDialog show title='转交部门办理' onClose={onClose} footer={<Footer work={work} label='转交部门' onClick={send} />}>
      <Text className='field-label'>部门层级</Text>
      <View className='chips'>
        {LEVELS.filter((l) => l !== 'national').map((l) => (
          <Chip key={l} on={level === l} label={LEVEL_LABELS[l]} onTap={() => (setLevel(l), void load(l))} />
        ))}
        <Chip on={sameCategory} label={`仅${o.category}`} onTap={() => (setSameCategory(!sameCategory), void load(level, !sameCategory))} />
      </View>
      <Text className='field-label'>选择部门</Text>
      {list === undefined ? (
        <Text className='muted'>正在读取部门目录…</Text>
      ) : list.length === 0 ? (
        <Text className='muted'>没有符合条件的部门，请换一个层级</Text>
      ) : (
        <View className='chips'>
          {list.map((d) => (
            <Chip key={d.id} on={chosen?.id === d.id} label={d.name} ariaLabel={`${d.name}（${d.levelLabel}）`} onTap={() => setChosen({ id: d.id, name: d.name })} />
          ))}
        </View>
      )}
      <Field label='转办要求（选填）' value={note} onChange={setNote} placeholder='例如：请督促物业限期检修' />
    </HalfScreenDialog>
  );
}

/** Hand over to another deputy of the station, with a reason. */
export function HandoverDialog({ work, onClose }: DialogProps) {
  const [targets, setTargets] = useState<{ id: string; name: string; levelLabel: string }[]>();
  const [to, setTo] = useState<{ id: string; name: string }>();
  const [reason, setReason] = useState('');
  useEffect(() => {
    work.handoverTargets().then(setTargets, (e: Error) => work.setError(e.message));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const send = () => (to ? void then(onClose)(work.handover(to, reason)) : work.setError('请先选择接手的代表'));
  return (
    <HalfScreenDialog show title='转交给本站其他代表' onClose={onClose} footer={<Footer work={work} label='转交其他代表' onClick={send} />}>
      <Text className='field-label'>接手的代表</Text>
      {targets === undefined ? (
        <Text className='muted'>正在读取本站代表…</Text>
      ) : targets.length === 0 ? (
        <Text className='muted'>本站没有可接手的代表</Text>
      ) : (
        <View className='chips'>
          {targets.map((d) => (
            <Chip key={d.id} on={to?.id === d.id} label={`${d.name}（${d.levelLabel}）`} onTap={() => setTo({ id: d.id, name: d.name })} />
          ))}
        </View>
      )}
      <Field label='转交原因' value={reason} onChange={setReason} placeholder='例如：该代表更熟悉这个小区' />
    </HalfScreenDialog>
  );
}

export function DepartmentAnswerDialog({ work, o, onClose }: DialogProps & { o: Detail }) {
  const [answer, setAnswer] = useState('');
  return (
    <HalfScreenDialog show title='登记部门答复' onClose={onClose} footer={<Footer work={work} label='登记答复' onClick={() => void then(onClose)(work.departmentAnswer(answer))} />}>
      <Text className='muted small'>{o.forward?.departmentName}的答复，登记后可以办结。</Text>
      <Field label='部门答复' value={answer} onChange={setAnswer} placeholder='部门答复的办理情况' multi />
    </HalfScreenDialog>
  );
}

/** 答复居民 when it is not the current step (e.g. after the department answered). */
/** 答复居民, or 再次答复 once the case is answered (`title`): the reply box with my templates. */
export function ReplyDialog({ work, onClose, onSaveTemplate, title = '答复居民' }: DialogProps & { onSaveTemplate: () => void; title?: string }) {
  return (
    <HalfScreenDialog show title={title} onClose={onClose} footer={<Footer work={work} label='发送答复' onClick={() => void then(onClose)(work.sendReply())} />}>
      <ReplyComposer work={work} onSaveTemplate={onSaveTemplate} />
    </HalfScreenDialog>
  );
}

/** Names the reply box's text and keeps it as one of my templates. */
export function SaveTemplateDialog({ work, onClose }: DialogProps) {
  const [title, setTitle] = useState('');
  return (
    <HalfScreenDialog show title='存为答复模板' onClose={onClose} footer={<Footer work={work} label='保存模板' onClick={() => void then(onClose)(work.saveTemplate(title))} />}>
      <Field label='模板名称（20字以内）' value={title} onChange={setTitle} placeholder='例如：已收到，正在了解' />
      <Text className='muted small'>模板内容：</Text>
      <Text className='template-preview'>{work.reply.trim() || '答复框里还没有内容'}</Text>
      <Text className='muted small'>只套用模板、不补充具体情况的答复不计为有效答复。</Text>
    </HalfScreenDialog>
  );
}

export const KINDS: [Kind, string][] = [
  ['solved', '已解决'],
  ['partly', '部分解决'],
  ['explained', '已解释说明'],
];

/** The result and the closing words: on the page when 办结 is the step, or in a dialog. */
export function ResolveForm({ kind, setKind, text, setText }: { kind?: Kind; setKind: (k: Kind) => void; text: string; setText: (t: string) => void }) {
  return (
    <>
      <Text className='field-label'>办理结果</Text>
      <View className='chips'>
        {KINDS.map(([k, label]) => (
          <Chip key={k} on={kind === k} label={label} onTap={() => setKind(k)} />
        ))}
      </View>
      <Field label='办结说明' value={text} onChange={setText} placeholder='写明办理结果，居民会看到' multi />
    </>
  );
}

export function ResolveDialog({ work, onClose, form }: DialogProps & { form: Parameters<typeof ResolveForm>[0] }) {
  return (
    <HalfScreenDialog show title='办结本件意见' onClose={onClose} footer={<Footer work={work} label='办结' onClick={() => void then(onClose)(work.resolve(form.kind, form.text))} />}>
      <ResolveForm {...form} />
    </HalfScreenDialog>
  );
}
