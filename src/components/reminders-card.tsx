import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { flag } from '../lib/flag';
import type { ReminderRole } from '../lib/subscribe-batch';
import { formatTime } from '../lib/time';
import { useReminders, type ReminderItem } from '../hooks/use-reminders';

const ON: Record<ReminderRole, string> = {
  deputy: '新意见提醒已开启：新意见、催办和期限提醒会通过微信服务通知送达',
  staff: '新意见提醒已开启：本站的新意见、超期意见和每日待办会通过微信服务通知送达',
};
const OFF: Record<ReminderRole, string> = {
  deputy: '新意见提醒未开启：居民的意见分派给您时，微信不会通知您，容易错过受理期限。',
  staff: '新意见提醒未开启：本站有新意见、意见超期时，微信不会通知您，容易耽误办理。',
};
export const MAIN_SWITCH_NOTICE = '您在微信中关闭了订阅消息，请在小程序右上角「···」→设置→订阅消息中打开';
export const ASK_LABEL = '接收新意见提醒';
export const SMS_LABEL = '短信备用提醒';
export const SMS_EXPLAINED = '微信提醒未开启或被退回时，新意见和期限提醒改发短信到这个号码。';

interface Props {
  role: ReminderRole;
  /** The card's title; binding and joining say "最后一步:接收新意见提醒". */
  title?: string;
  /** Binding and joining: the way on (also the way to skip), shown in every state. */
  next?: { label: string; onTap: () => void };
}

/**
 * 接收新意见提醒: the one place a deputy or staff member turns on the reminders their work needs.
 * Long-term reminders (the norm) are on or off, in plain words, asked for in one tap; an
 * account whose templates are declared one-time tops up instead ("剩余 N 次").
 */
export function RemindersCard({ role, title, next }: Props) {
  const r = useReminders(role);
  const forward = next ? (
    <Button className={`btn ${r.ready && r.on ? 'btn--primary' : 'btn--plain'} btn--big`} onClick={next.onTap}>
      {next.label}
    </Button>
  ) : null;
  if (!r.ready) return forward;

  const oneTime = r.items.filter((i) => !i.longTerm);
  const longTerm = r.items.filter((i) => i.longTerm);
  const status = r.notice ? (
    <View className='small' role='status'>
      <Text>{r.notice}</Text>
    </View>
  ) : null;
  const mainSwitch = r.mainSwitchOff ? (
    <View className='notice' role='alert'>
      <Text>{MAIN_SWITCH_NOTICE}</Text>
    </View>
  ) : null;

  return (
    <>
      <View className='card reminders' data-testid='reminders' data-state={r.mode === 'once' ? 'once' : r.on ? 'on' : 'off'}>
        <Text className='card__title'>{title ?? ASK_LABEL}</Text>
        {r.mode === 'long' ? (
          r.on ? (
            <>
              <Text>{ON[role]}</Text>
              {r.reach?.lastSentAt ? <Text className='muted small'>最近一次提醒：{formatTime(r.reach.lastSentAt)}</Text> : null}
              {mainSwitch}
              {r.longBatch.length > 0 ? (
                // Synchronously inside the tap: WeChat refuses the dialog after an await.
                <Button className='btn btn--plain btn--small' disabled={flag(r.asking)} onClick={() => r.ask('longTerm')}>
                  同时接收{r.longBatch.map((t) => t.title).join('、')}
                </Button>
              ) : null}
            </>
          ) : (
            <>
              <Text className='notice-text'>{OFF[role]}</Text>
              {r.reach?.endedAt ? (
                <Text className='muted small'>
                  {r.reach.label}（{formatTime(r.reach.endedAt)}）
                </Text>
              ) : null}
              {mainSwitch}
              <Button className='btn btn--primary' disabled={flag(r.asking)} onClick={() => r.ask('longTerm')}>
                {ASK_LABEL}
              </Button>
            </>
          )
        ) : (
          <>
            <ItemRows items={longTerm} />
            {mainSwitch}
            {r.longBatch.length > 0 ? (
              <Button className='btn btn--plain btn--small' disabled={flag(r.asking)} onClick={() => r.ask('longTerm')}>
                开启长期提醒
              </Button>
            ) : null}
          </>
        )}
        {oneTime.length > 0 ? (
          <>
            <ItemRows items={oneTime} />
            <Text className='muted small'>
              {oneTime.some((i) => (i.left ?? 0) < 1) ? '提醒次数用完后不再推送微信消息，请及时补充。' : '每同意一次，可收到一条对应的提醒。'}
            </Text>
            {r.oneTimeBatch.length > 0 ? (
              <Button className='btn btn--plain btn--small' disabled={flag(r.asking)} onClick={() => r.ask('oneTime')}>
                补充提醒次数（每次最多3项）
              </Button>
            ) : null}
          </>
        ) : null}
        {r.sms?.available ? <SmsLine reminders={r} /> : null}
        {status}
      </View>
      {forward}
    </>
  );
}

/**
 * 短信备用提醒: the number an SMS goes to when no WeChat reminder can (shown masked), set with
 * a phone input and 保存, or removed. The server checks the number and says what is wrong.
 */
function SmsLine({ reminders: r }: { reminders: ReturnType<typeof useReminders> }) {
  const [editing, setEditing] = useState(false);
  const [phone, setPhone] = useState('');
  const phoneSet = r.sms?.phone;
  const save = async () => {
    if (await r.saveSmsPhone(phone)) {
      setEditing(false);
      setPhone('');
    }
  };
  return (
    <View className='reminders__sms' data-testid='sms-reminder'>
      <View className='row row--between small'>
        <Text>{SMS_LABEL}</Text>
        <Text className={phoneSet ? 'muted' : 'notice-text'}>{phoneSet ?? '未设置'}</Text>
      </View>
      <Text className='muted small'>{SMS_EXPLAINED}</Text>
      {editing ? (
        <>
          <Input className='input' type='number' value={phone} placeholder='11位手机号码' onInput={(e) => setPhone(e.detail.value)} />
          <View className='row'>
            <Button className='btn btn--primary btn--small' disabled={flag(r.smsSaving)} onClick={() => void save()}>
              保存
            </Button>
            <Button className='btn btn--plain btn--small' disabled={flag(r.smsSaving)} onClick={() => setEditing(false)}>
              取消
            </Button>
          </View>
        </>
      ) : (
        <View className='row'>
          <Button className='btn btn--plain btn--small' onClick={() => setEditing(true)}>
            {phoneSet ? '更换号码' : '设置号码'}
          </Button>
          {phoneSet ? (
            <Button className='btn btn--plain btn--small' disabled={flag(r.smsSaving)} onClick={() => void r.saveSmsPhone(null)}>
              删除号码
            </Button>
          ) : null}
        </View>
      )}
      {r.smsError ? (
        <View className='error-box' role='alert'>
          <Text>{r.smsError}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** One line per reminder: on or off for a long-term one, what is left for a one-time one. */
function ItemRows({ items }: { items: readonly ReminderItem[] }) {
  return (
    <>
      {items.map((i) => (
        <View key={i.key} className='row row--between small' data-key={i.key}>
          <Text>{i.title}</Text>
          <Text className={i.on ? 'muted' : 'notice-text'}>{i.longTerm ? (i.on ? '已开启' : '未开启') : `剩余 ${i.left ?? 0} 次`}</Text>
        </View>
      ))}
    </>
  );
}
