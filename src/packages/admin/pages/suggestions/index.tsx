import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { addDays, beijingDate } from '@core/beijing-time';
import { SUGGESTION_TAB_LABELS, SUGGESTION_TABS, type SuggestionTab } from '@core/contract/actions/suggestions';
import { monthDay } from '@core/friendly-time';
import { Chip } from '../../../../components/chip';
import { Field, Messages } from '../../../../components/field';
import { ErrorNotice, ListStates, Loading } from '../../../../components/page-states';
import { PickerField } from '../../../../components/picker-field';
import { HalfScreenDialog } from '../../../../components/ui/half-screen-dialog';
import { flag } from '../../../../lib/flag';
import { type OfficeSuggestion, type OfficeSuggestionLine, type OfficeSuggestionWork, useOfficeSuggestion, useOfficeSuggestions } from '../../hooks/use-office-suggestions';
import '../../../../styles/suggestion.css';

/** What each tab holds, in a line above the list. */
const ABOUT: Record<SuggestionTab, string> = {
  todo: '代表提出、等待交办的建议，先提出的在前',
  assigned: '已交办、等待部门答复的建议，答复期限近的在前',
  answered: '部门已答复的建议（含代表已评价的），最新的在前',
  all: '本地区及下级地区代表提出的全部建议，最新的在前',
};

/** How long a department is usually given to answer (the law asks for three months). */
const DEFAULT_DUE_DAYS = 90;

/**
 * 代表建议 (the region office, decision 0034): the 闭会期间代表建议 of deputies elected in the
 * region and below, by tab; each opens in a sheet with what it proposes, the opinions it merged
 * and its steps, and the office's move there: 交办 (a department of the directory and a due
 * date) or 登记答复 (the department's answer and its date).
 */
export default function OfficeSuggestionsPage() {
  const asked = useRouter().params.tab;
  const [tab, setTab] = useState<SuggestionTab>(() => SUGGESTION_TABS.find((t) => t === asked) ?? 'todo');
  const [openId, setOpenId] = useState<string>();
  const list = useOfficeSuggestions(tab);
  // The first page of a tab says how many wait; later pages do not, and the tabs keep saying it.
  const [counts, setCounts] = useState<NonNullable<typeof list.last>['counts']>();
  useEffect(() => {
    if (list.last?.counts) setCounts(list.last.counts);
  }, [list.last]);
  return (
    <View className='page'>
      <View className='tabs' role='tablist'>
        {SUGGESTION_TABS.map((t) => {
          const n = t === 'all' ? undefined : counts?.[t];
          return (
            <View key={t} className={`tab${t === tab ? ' tab--on' : ''}`} role='tab' aria-selected={t === tab ? 'true' : 'false'} onClick={() => setTab(t)}>
              <Text>
                {SUGGESTION_TAB_LABELS[t]}
                {n ? ` ${n}` : ''}
              </Text>
            </View>
          );
        })}
      </View>
      <Text className='muted small'>{ABOUT[tab]}</Text>
      <ListStates list={list} empty={tab === 'todo' ? '没有等待交办的代表建议' : tab === 'assigned' ? '没有等待答复的代表建议' : '没有代表建议'}>
        {() => list.items.map((s) => <SuggestionLineCard key={s.id} s={s} onOpen={() => setOpenId(s.id)} />)}
      </ListStates>
      {list.hasMore ? (
        <Button className='btn btn--plain' loading={flag(list.loading)} disabled={flag(list.loading)} onClick={() => void list.more()}>
          加载更多
        </Button>
      ) : null}
      {openId ? <SuggestionSheet id={openId} onClose={() => setOpenId(undefined)} onChanged={list.reload} /> : null}
    </View>
  );
}

function SuggestionLineCard({ s, onOpen }: { s: OfficeSuggestionLine; onOpen: () => void }) {
  return (
    <View className='card suggestion-row' role='button' data-id={s.id} onClick={onOpen}>
      <View className='row suggestion-row__head'>
        <Text className='suggestion-row__title'>{s.title}</Text>
        <Text className={`badge nowrap${s.answeredOn ? ' badge--good' : ''}`}>{s.statusLabel}</Text>
      </View>
      <Text className='muted small'>
        {s.deputyName}代表 · {monthDay(s.createdAt, new Date())}提出 · 合并意见{s.opinionCount}条
      </Text>
      {s.departmentName ? (
        <Text className={`suggestion-due${s.overdue ? ' suggestion-due--late' : ''}`}>
          {s.departmentName}
          {s.answeredOn ? ` · ${s.answeredOn}答复` : ` · 答复期限${s.dueDate ?? ''}${s.overdue ? '（已超期）' : ''}`}
        </Text>
      ) : null}
      {s.ratingLabel ? <Text className='small'>代表评价：{s.ratingLabel}</Text> : null}
    </View>
  );
}

/** One suggestion in a half-screen sheet: the whole of it, and the office's move now. */
function SuggestionSheet({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => unknown }) {
  const work = useOfficeSuggestion(id, onChanged);
  // The body shows the form, the footer's button sends it: one form for both.
  const form = useMoveForm();
  const d = work.detail.data;
  const body = () => {
    if (work.detail.status === 'error' && !d) return <ErrorNotice message={work.detail.error.message} onRetry={() => void work.detail.reload()} />;
    if (!d) return <Loading />;
    return <SuggestionBody d={d} work={work} form={form} />;
  };
  return (
    <HalfScreenDialog show title='代表建议' onClose={onClose} footer={d ? <SheetFooter d={d} work={work} form={form} /> : undefined}>
      {body()}
    </HalfScreenDialog>
  );
}

/** The office's form for the move it may make now: 交办 (department, due date, note) or 登记答复 (text, date). */
function useMoveForm() {
  const today = beijingDate(new Date());
  const [departmentId, setDepartmentId] = useState('');
  const [dueDate, setDueDate] = useState(addDays(today, DEFAULT_DUE_DAYS));
  const [note, setNote] = useState('');
  const [text, setText] = useState('');
  const [answeredOn, setAnsweredOn] = useState(today);
  return { today, departmentId, setDepartmentId, dueDate, setDueDate, note, setNote, text, setText, answeredOn, setAnsweredOn };
}
type MoveForm = ReturnType<typeof useMoveForm>;

function SuggestionBody({ d, work, form }: { d: OfficeSuggestion; work: OfficeSuggestionWork; form: MoveForm }) {
  const now = new Date();
  const department = d.departments.find((x) => x.id === form.departmentId);
  return (
    <View className='column' data-testid='suggestion-sheet'>
      <View className='row suggestion-row__head'>
        <Text className='suggestion-row__title'>{d.title}</Text>
        <Text className={`badge nowrap${d.answer ? ' badge--good' : ''}`}>{d.statusLabel}</Text>
      </View>
      <Text className='muted small'>
        {d.deputyName}代表（{d.regionName}）· {monthDay(d.createdAt, now)}提出
      </Text>
      <View className='suggestion-section'>
        <Text className='field-label'>理由</Text>
        <Text className='body-text'>{d.reasons}</Text>
        <Text className='field-label'>建议内容</Text>
        <Text className='body-text'>{d.proposals}</Text>
      </View>
      {d.opinions.length > 0 ? (
        <View className='suggestion-section'>
          <Text className='field-label'>合并的群众意见（{d.opinions.length}条）</Text>
          {d.opinions.map((o) => (
            <Text key={o.id} className='suggestion-step'>
              {o.trackingNo} · {o.category} · {o.stationName} · {o.statusLabel}
            </Text>
          ))}
        </View>
      ) : null}
      {d.assignment ? (
        <Text className={`suggestion-due${d.assignment.overdue ? ' suggestion-due--late' : ''}`}>
          承办部门：{d.assignment.departmentName}（{d.assignment.departmentContact}）· 答复期限{d.assignment.dueDate}
          {d.assignment.overdue ? '（已超期）' : ''}
        </Text>
      ) : null}
      {d.answer ? (
        <View className='card--inner suggestion-answer'>
          <Text className='small'>
            {d.answer.departmentName}的答复 · <Text className='nowrap'>{d.answer.answeredOn}</Text>
          </Text>
          <Text className='suggestion-answer__text'>{d.answer.text}</Text>
          <Text className='muted small'>{d.answer.byLabel}登记</Text>
        </View>
      ) : null}
      {d.rating ? (
        <Text className='small'>
          代表评价：{d.rating.resultLabel}
          {d.rating.comment ? `。${d.rating.comment}` : ''}
        </Text>
      ) : null}
      {d.can.assign ? (
        <View className='suggestion-section'>
          <Text className='field-label'>交办：选择承办部门（本地区的在前）</Text>
          {d.departments.length === 0 ? (
            <Text className='muted'>部门目录里还没有本地区的部门，请先在部门目录中添加。</Text>
          ) : (
            <View className='chips'>
              {d.departments.map((x) => (
                <Chip key={x.id} label={x.name} on={x.id === form.departmentId} onTap={() => (work.clear(), form.setDepartmentId(x.id))} />
              ))}
            </View>
          )}
          {department ? (
            <Text className='muted small'>
              {department.levelLabel} · {department.contact}
            </Text>
          ) : null}
          <PickerField label='答复期限' mode='date' value={form.dueDate} onChange={form.setDueDate} start={form.today} />
          <Field label='交办说明（选填）' value={form.note} onChange={form.setNote} multi />
        </View>
      ) : null}
      {d.can.answer ? (
        <View className='suggestion-section'>
          <Field label='部门答复内容' value={form.text} onChange={form.setText} multi />
          <PickerField label='答复日期' mode='date' value={form.answeredOn} onChange={form.setAnsweredOn} end={form.today} />
        </View>
      ) : null}
      <View className='suggestion-section'>
        <Text className='field-label'>办理经过</Text>
        {d.events.map((e, i) => (
          <Text key={i} className='suggestion-step'>
            {monthDay(e.at, now)} {e.actorLabel} {e.actionLabel}
            {e.note ? `：${e.note}` : ''}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** The footer: the move the office may make now, with its error; nothing once the suggestion is answered. */
function SheetFooter({ d, work, form }: { d: OfficeSuggestion; work: OfficeSuggestionWork; form: MoveForm }) {
  if (!d.can.assign && !d.can.answer) return <Messages error={work.error} />;
  const assign = () => void work.assign(d.departments.find((x) => x.id === form.departmentId), form.dueDate, form.note);
  const answer = () => void work.recordAnswer(form.text, form.answeredOn);
  return (
    <>
      <Messages error={work.error} />
      <Button className='btn btn--primary' disabled={flag(work.busy)} loading={flag(work.busy)} onClick={d.can.assign ? assign : answer}>
        {d.can.assign ? '交办' : '登记答复'}
      </Button>
    </>
  );
}
