import { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { Answer } from '@core/contract/functions';
import { type ApiError, toApiError } from '../api/api-error';
import { call } from '../api/client';
import {
  MAIN_SWITCH_OFF,
  REMINDER_PRIORITY,
  remindersToAsk,
  topUpBatches,
  type ReminderRole,
  type TemplateKind,
} from '../lib/subscribe-batch';
import { readSubscriptionSettings, type SubscriptionSettings } from '../platform/subscription-settings';
import { accepted, askAndRecord } from './use-subscription';

type RemindersView = Answer<'subscription', 'reminders'>;
export type ReminderItem = RemindersView['items'][number];

const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_ITEMS = 100;

/** WeChat's settings as `subscription.sync` takes them: ids it can read, at most 100 of them. */
export function settingsToSync(s: SubscriptionSettings): SubscriptionSettings {
  const itemSettings: SubscriptionSettings['itemSettings'] = {};
  for (const [id, v] of Object.entries(s.itemSettings)) {
    if (Object.keys(itemSettings).length >= MAX_ITEMS) break;
    if (TEMPLATE_ID.test(id) && (v === 'accept' || v === 'reject' || v === 'ban')) itemSettings[id] = v;
  }
  return { mainSwitch: s.mainSwitch, itemSettings };
}

/**
 * The reminders of `role` when the server answered another role's (a deputy who is also staff,
 * on the staff desk): built from the role's templates and the person's credits.
 */
async function remindersOfRole(role: ReminderRole): Promise<RemindersView> {
  const [t, c] = await Promise.all([call('subscription', 'templates', { audience: role }), call('subscription', 'credits', {})]);
  const items = t.templates.map((x) => {
    const left = c.credits[x.key] ?? 0;
    return { ...x, on: left > 0, ...(x.longTerm ? {} : { left }) };
  });
  return { role, items };
}

/** Reads WeChat's settings and hands them to the server (which ends grants turned off there). */
async function loadReminders(role: ReminderRole): Promise<{ view: RemindersView; settings?: SubscriptionSettings }> {
  const settings = await readSubscriptionSettings().catch(() => undefined);
  let view: RemindersView | undefined;
  if (settings) view = await call('subscription', 'sync', settingsToSync(settings)).catch(() => undefined);
  view ??= await call('subscription', 'reminders', {});
  // The SMS number is the person's, whichever role's reminders the page shows.
  if (view.role !== role) view = { ...(await remindersOfRole(role)), ...(view.sms ? { sms: view.sms } : {}) };
  return { view, settings };
}

/**
 * A deputy's or staff member's reminders: on each visit (page show) WeChat's settings are read
 * and synced, so a reminder turned off in WeChat's settings stops on the server and shows here
 * as off. `ask` opens WeChat's dialog for the reminders not on: long-term ones in one request
 * (at most three, the most important first), or — for templates declared one-time — a top-up.
 */
export function useReminders(role: ReminderRole) {
  const [view, setView] = useState<RemindersView>();
  const [error, setError] = useState<ApiError>();
  const [mainSwitchOff, setMainSwitchOff] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [asking, setAsking] = useState(false);
  const [smsSaving, setSmsSaving] = useState(false);
  const [smsError, setSmsError] = useState<string>();
  const ticket = useRef(0);
  const inFlight = useRef(false);
  const smsInFlight = useRef(false);

  /** `force`: a load after an answer, which replaces any in flight. */
  const load = async (force = false) => {
    if (inFlight.current && !force) return;
    const mine = ++ticket.current;
    inFlight.current = true;
    try {
      const r = await loadReminders(role);
      if (mine !== ticket.current) return;
      setView(r.view);
      setError(undefined);
      if (r.settings) setMainSwitchOff(!r.settings.mainSwitch);
    } catch (e) {
      if (mine === ticket.current) setError(toApiError(e));
    } finally {
      if (mine === ticket.current) inFlight.current = false;
    }
  };
  // On mount (the card may appear after the page was shown, e.g. after binding) and on every
  // later show of the page (back from WeChat's settings); a show while loading adds nothing.
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useDidShow(() => void load());

  const items = view?.items ?? [];
  const key = REMINDER_PRIORITY[role][0];
  const keyItem = items.find((i) => i.key === key) ?? items[0];
  /** The role's reminders are long-term (the norm), or declared one-time for this account. */
  const mode: 'long' | 'once' = keyItem && !keyItem.longTerm ? 'once' : 'long';
  const on = view?.reach ? view.reach.reachable : Boolean(keyItem?.on);
  const longBatch = remindersToAsk(items, role);
  const credits = Object.fromEntries(items.map((i) => [i.key, i.longTerm ? (i.on ? 1 : 0) : (i.left ?? 0)]));
  const oneTimeBatch = topUpBatches(items, credits).oneTime;

  /** Call synchronously inside the tap: the dialog opens before anything else happens. */
  const ask = (kind: TemplateKind) => {
    const batch = kind === 'longTerm' ? longBatch : oneTimeBatch;
    const asked = askAndRecord(batch);
    setNotice(undefined);
    setAsking(true);
    void asked.then(async (a) => {
      const results = a?.results ?? {};
      const yes = batch.filter((t) => accepted(results[t.key]));
      if (a?.errCode === MAIN_SWITCH_OFF) setMainSwitchOff(true);
      else if (a?.errCode !== undefined) setNotice(`暂时无法开启提醒（微信返回 ${a.errCode}），请稍后再试`);
      else if (Object.keys(results).length === 0) setNotice('没有打开订阅窗口，请再点一次');
      else if (kind === 'oneTime') setNotice(yes.length > 0 ? `已增加 ${yes.length} 项提醒` : '未增加提醒');
      else setNotice(yes.length > 0 ? `已开启：${yes.map((t) => t.title).join('、')}` : '您没有同意接收提醒，新意见不会通过微信通知您');
      if (yes.length > 0) setMainSwitchOff(false);
      await load(true);
      setAsking(false);
    });
  };

  /** Sets (a number) or removes (null) the SMS fallback number; the server checks it and answers it masked. */
  const saveSmsPhone = async (phone: string | null): Promise<boolean> => {
    if (smsInFlight.current) return false; // a second tap before the view updates
    smsInFlight.current = true;
    setSmsSaving(true);
    setSmsError(undefined);
    setNotice(undefined);
    try {
      const sms = await call('subscription', 'smsPhone', { phone });
      setView((v) => (v ? { ...v, sms } : v));
      setNotice(phone === null ? '已删除短信备用提醒号码' : `已保存短信备用提醒号码：${sms.phone ?? ''}`);
      return true;
    } catch (e) {
      setSmsError(toApiError(e).message);
      return false;
    } finally {
      smsInFlight.current = false;
      setSmsSaving(false);
    }
  };

  return {
    ready: view !== undefined,
    error,
    mode,
    on,
    reach: view?.reach,
    items,
    /** Long-term reminders not on yet (one request, at most three, never with one-time ones). */
    longBatch,
    /** One-time reminders a top-up tap asks for (emptiest first). */
    oneTimeBatch,
    mainSwitchOff,
    notice,
    asking,
    ask,
    /** 短信备用提醒: present for deputies and staff; shown only when `available`. */
    sms: view?.sms,
    smsSaving,
    smsError,
    saveSmsPhone,
    reload: () => load(true),
  };
}
