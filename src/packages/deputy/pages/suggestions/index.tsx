import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { beijingDate } from '@core/beijing-time';
import { RATINGS, RATING_LABELS } from '@core/contract/limits';
import { monthDay } from '@core/friendly-time';
import { Chip } from '../../../../components/chip';
import { Field, Messages } from '../../../../components/field';
import { EmptyNotice, ErrorNotice, Loading } from '../../../../components/page-states';
import { PickerField } from '../../../../components/picker-field';
import { HalfScreenDialog } from '../../../../components/ui/half-screen-dialog';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import { type MySuggestion, type MySuggestions, type SuggestionRating, useMySuggestions } from '../../hooks/use-my-suggestions';
import '../../../../styles/suggestion.css';

type Dialog = { kind: 'answer' | 'rate'; item: MySuggestion };

/**
 * 我的代表建议 (decision 0034): each suggestion I made, newest first — where it stands (已提交 /
 * 已交办 / 已答复 / 已评价), the department and its due date, the department's answer and my
 * rating, and what I may do now: 登记部门答复 (when the answer came to me) and 评价答复.
 */
export default function MySuggestionsPage() {
  const s = useMySuggestions();
  const [dialog, setDialog] = useState<Dialog>();
  const open = (kind: Dialog['kind'], item: MySuggestion) => (s.clear(), setDialog({ kind, item }));
  const close = () => setDialog(undefined);
  const data = s.list.data;

  if (s.list.status === 'error' && !data) {
    return s.list.error.code === 'FORBIDDEN' ? (
      <ErrorNotice title='还不是代表身份' message='代表请用联络站工作人员发放的邀请码绑定微信。' />
    ) : (
      <ErrorNotice message={s.list.error.message} onRetry={() => void s.list.reload()} />
    );
  }
  if (!data) return <Loading />;
  return (
    <View className='page'>
      {data.items.length === 0 ? (
        <EmptyNotice text='还没有提出代表建议。'>
          <Text className='muted small'>在已受理意见的“更多办理方式”里，可以把意见转为闭会期间代表建议。</Text>
          <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.deputyInbox })}>
            去收件箱
          </Button>
        </EmptyNotice>
      ) : (
        data.items.map((item) => <SuggestionItem key={item.id} item={item} onAnswer={() => open('answer', item)} onRate={() => open('rate', item)} />)
      )}
      {dialog?.kind === 'answer' ? <AnswerDialog s={s} item={dialog.item} onClose={close} /> : null}
      {dialog?.kind === 'rate' ? <RateDialog s={s} item={dialog.item} onClose={close} /> : null}
    </View>
  );
}

function SuggestionItem({ item, onAnswer, onRate }: { item: MySuggestion; onAnswer: () => void; onRate: () => void }) {
  const now = new Date();
  const a = item.assignment;
  return (
    <View className='card suggestion-row' data-id={item.id}>
      <View className='row suggestion-row__head'>
        <Text className='suggestion-row__title'>{item.title}</Text>
        <Text className={`badge nowrap${item.answer ? ' badge--good' : ''}`}>{item.statusLabel}</Text>
      </View>
      <Text className='muted small'>
        {monthDay(item.createdAt, now)}提出 · 合并意见{item.opinionIds.length}条
      </Text>
      {a ? (
        <Text className={`suggestion-due${a.overdue ? ' suggestion-due--late' : ''}`}>
          承办部门：{a.departmentName} · 答复期限{a.dueDate}
          {a.overdue ? '（已超期）' : ''}
        </Text>
      ) : (
        <Text className='suggestion-due'>等待人大常委会交办</Text>
      )}
      {item.answer ? (
        <View className='card--inner suggestion-answer'>
          <Text className='small'>
            {item.answer.departmentName}的答复 · <Text className='nowrap'>{item.answer.answeredOn}</Text>
          </Text>
          <Text className='suggestion-answer__text'>{item.answer.text}</Text>
          <Text className='muted small'>{item.answer.byLabel}登记</Text>
        </View>
      ) : null}
      {item.rating ? (
        <Text className='small'>
          我的评价：{item.rating.resultLabel}
          {item.rating.comment ? `。${item.rating.comment}` : ''}
        </Text>
      ) : null}
      {item.events.length > 1 ? (
        <View className='suggestion-section'>
          <Text className='field-label'>办理经过</Text>
          {item.events.map((e, i) => (
            <Text key={i} className='suggestion-step'>
              {monthDay(e.at, now)} {e.actorLabel} {e.actionLabel}
              {e.note ? `：${e.note}` : ''}
            </Text>
          ))}
        </View>
      ) : null}
      {item.can.answer || item.can.rate ? (
        <View className='row suggestion-actions'>
          {item.can.answer ? (
            <Button className='btn btn--plain btn--small' onClick={onAnswer}>
              登记部门答复
            </Button>
          ) : null}
          {item.can.rate ? (
            <Button className='btn btn--primary btn--small' onClick={onRate}>
              评价答复
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

const closing = (onClose: () => void) => async (done: Promise<boolean>) => {
  if (await done) onClose();
};

function Footer({ s, label, onClick }: { s: MySuggestions; label: string; onClick: () => void }) {
  return (
    <>
      <Messages error={s.error} />
      <Button className='btn btn--primary' disabled={flag(s.busy)} loading={flag(s.busy)} onClick={onClick}>
        {label}
      </Button>
    </>
  );
}

/** The department's answer as it reached the deputy: its text and the date it was given (not later than today). */
function AnswerDialog({ s, item, onClose }: { s: MySuggestions; item: MySuggestion; onClose: () => void }) {
  const today = beijingDate(new Date());
  const [text, setText] = useState('');
  const [answeredOn, setAnsweredOn] = useState(today);
  return (
    <HalfScreenDialog
      show
      title='登记部门答复'
      onClose={onClose}
      footer={<Footer s={s} label='登记答复' onClick={() => void closing(onClose)(s.recordAnswer(item.id, text, answeredOn))} />}
    >
      <Text className='muted small'>{item.assignment?.departmentName}对《{item.title}》的书面答复。登记后，提出意见的居民会收到通知。</Text>
      <Field label='答复内容' value={text} onChange={setText} multi />
      <PickerField label='答复日期' mode='date' value={answeredOn} onChange={setAnsweredOn} end={today} />
    </HalfScreenDialog>
  );
}

/** 代表满意度: 满意 / 基本满意 / 不满意 (with the reason). */
function RateDialog({ s, item, onClose }: { s: MySuggestions; item: MySuggestion; onClose: () => void }) {
  const [result, setResult] = useState<SuggestionRating>();
  const [comment, setComment] = useState('');
  return (
    <HalfScreenDialog show title='评价部门答复' onClose={onClose} footer={<Footer s={s} label='提交评价' onClick={() => void closing(onClose)(s.rate(item.id, result, comment))} />}>
      <Text className='muted small'>您对{item.answer?.departmentName}答复的满意度，记入履职档案。</Text>
      <View className='chips'>
        {RATINGS.map((r) => (
          <Chip key={r} label={RATING_LABELS[r]} ariaLabel={`对答复${RATING_LABELS[r]}`} on={result === r} onTap={() => setResult(r)} />
        ))}
      </View>
      <Field label={result === 'unsatisfied' ? '不满意的原因（必填）' : '意见（选填）'} value={comment} onChange={setComment} multi />
    </HalfScreenDialog>
  );
}
