import { localWx, localWxReachable } from '../api/local-wx';
import type { SubscribeAnswer, SubscribeResult, TemplateAsk } from './subscribe.d';
import type { SubscriptionSettings } from './subscription-settings.d';

/**
 * H5 has no requestSubscribeMessage: this stands in for it over the local run's record of
 * consent (/api/local/wx/subscribe), so the local run meets what WeChat does:
 *   - outside a tap (when the browser can tell) it fails at once, as WeChat does;
 *   - the request is checked first, and WeChat's refusals come back without a dialog
 *     (20002 one-time and long-term mixed, 20003 more than 3, 20001 unknown id, 20004 the
 *     user's main switch is off);
 *   - one-time templates the user answered with "总是保持以上选择" answer without a dialog;
 *   - otherwise a small dialog (允许 / 取消) asks, and the stand-in records the answer and
 *     answers each id's result (accept, reject, filter for a repeated title).
 * The overlay is drawn synchronously inside the tap, as WeChat's is; its sheet shows once the
 * request is checked. When the local API cannot be reached the dialog answers on its own.
 */

const TAP_ONLY = 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.';
const LONG_TERM_NOTE = '长期接收，可随时在小程序设置中关闭';
const KEEP_CHOICE = '总是保持以上选择，不再询问';

interface Shown {
  templateId: string;
  title: string;
  longTerm: boolean;
}

type Check =
  | { kind: 'open'; templates: Shown[] }
  | { kind: 'kept'; answer: 'accept' | 'reject' }
  | { kind: 'refused'; errCode: number; errMsg: string }
  | { kind: 'offline' };

/** True outside a user gesture, when the browser can tell (navigator.userActivation). */
function outsideTap(): boolean {
  if (typeof navigator === 'undefined') return false;
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return Boolean(activation && !activation.isActive);
}

/** What WeChat would do with the request before any dialog. */
async function check(ids: string[]): Promise<Check> {
  const [answer, settings] = await Promise.all([
    localWx<{ templates: Shown[] }>('subscribe', { tmplIds: ids, check: true }),
    localWx<SubscriptionSettings>('settings'),
  ]);
  if (!answer) return { kind: 'offline' };
  if (!answer.ok) {
    return typeof answer.errCode === 'number'
      ? { kind: 'refused', errCode: answer.errCode, errMsg: answer.errMsg ?? `requestSubscribeMessage:fail ${answer.errCode}` }
      : { kind: 'offline' };
  }
  const templates = answer.data.templates;
  const kept = settings?.ok ? settings.data.itemSettings ?? {} : {};
  // Every template one-time with a kept choice: WeChat answers it without asking.
  if (templates.length > 0 && templates.every((t) => !t.longTerm && kept[t.templateId])) {
    return { kind: 'kept', answer: kept[templates[0].templateId] === 'accept' ? 'accept' : 'reject' };
  }
  return { kind: 'open', templates };
}

/** The stand-in records the answer as WeChat would and answers each id's result. */
async function record(ids: string[], answer: 'accept' | 'reject', always: boolean): Promise<SubscribeAnswer> {
  const r = await localWx<{ results: Record<string, SubscribeResult> }>('subscribe', { tmplIds: ids, answer, ...(always ? { always } : {}) });
  if (!r) return { results: {} }; // the local API went away: nothing was granted
  if (!r.ok) return { results: {}, ...(typeof r.errCode === 'number' ? { errCode: r.errCode } : {}), ...(r.errMsg ? { errMsg: r.errMsg } : {}) };
  return { results: r.data.results };
}

interface Dialog {
  show(templates?: Shown[]): void;
  close(): void;
  onAnswer(handler: (answer: 'accept' | 'reject', always: boolean) => void): void;
}

/** The simulated dialog, drawn at once; `visible` false keeps its sheet hidden until `show`. */
function drawDialog(initial: Shown[], visible: boolean): Dialog {
  const overlay = document.createElement('div');
  overlay.className = 'sim-subscribe';
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-label', '订阅消息');
  const sheet = document.createElement('div');
  sheet.style.cssText =
    'background:#fff;width:100%;padding:20px 16px 16px;border-radius:12px 12px 0 0;font-size:var(--fs-body,16px);';
  const title = document.createElement('div');
  title.textContent = '代表联络站 申请向你发送以下消息';
  title.style.cssText = 'font-weight:bold;margin-bottom:10px;';
  sheet.appendChild(title);
  const list = document.createElement('div');
  sheet.appendChild(list);
  let keep: HTMLInputElement | undefined;

  const fill = (templates: Shown[]) => {
    list.replaceChildren();
    for (const t of templates) {
      const line = document.createElement('div');
      line.textContent = `· ${t.title}`;
      line.style.cssText = 'padding:6px 0;';
      list.appendChild(line);
    }
    keep = undefined;
    if (templates.length > 0 && templates.every((t) => t.longTerm)) {
      const note = document.createElement('div');
      note.className = 'sim-subscribe__long-term';
      note.textContent = LONG_TERM_NOTE;
      note.style.cssText = 'color:#07c160;margin:6px 0;';
      list.appendChild(note);
    } else {
      const label = document.createElement('label');
      label.style.cssText = 'display:flex;align-items:center;gap:8px;margin:6px 0;min-height:44px;';
      keep = document.createElement('input');
      keep.type = 'checkbox';
      label.appendChild(keep);
      label.appendChild(document.createTextNode(KEEP_CHOICE));
      list.appendChild(label);
    }
  };
  fill(initial);

  const note = document.createElement('div');
  note.textContent = '本地运行：模拟微信的订阅消息弹窗';
  note.style.cssText = 'color:#888;font-size:13px;margin:6px 0 12px;';
  sheet.appendChild(note);

  let handler: (answer: 'accept' | 'reject', always: boolean) => void = () => undefined;
  const row = document.createElement('div');
  row.style.cssText = 'display:flex;gap:12px;';
  const button = (label: string, primary: boolean, answer: 'accept' | 'reject') => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.style.cssText = `flex:1;min-height:48px;font-size:inherit;border-radius:8px;border:1px solid #07c160;${
      primary ? 'background:#07c160;color:#fff;' : 'background:#fff;color:#07c160;'
    }`;
    b.addEventListener('click', () => handler(answer, keep?.checked ?? false));
    return b;
  };
  row.appendChild(button('取消', false, 'reject'));
  row.appendChild(button('允许', true, 'accept'));
  sheet.appendChild(row);
  overlay.appendChild(sheet);

  const show = (templates?: Shown[]) => {
    if (templates) fill(templates);
    overlay.dataset.state = 'open';
    overlay.style.cssText = 'position:fixed;inset:0;z-index:10000;background:rgba(0,0,0,.45);display:flex;align-items:flex-end;';
    sheet.style.visibility = 'visible';
  };
  if (visible) show();
  else {
    // Checking with the stand-in: the overlay already holds the page's taps, the sheet is not shown yet.
    overlay.dataset.state = 'checking';
    overlay.style.cssText = 'position:fixed;inset:0;z-index:10000;background:transparent;display:flex;align-items:flex-end;';
    sheet.style.visibility = 'hidden';
  }
  document.body.appendChild(overlay);
  return { show, close: () => overlay.remove(), onAnswer: (h) => void (handler = h) };
}

export function requestSubscribe(templates: TemplateAsk[]): Promise<SubscribeAnswer> {
  if (outsideTap()) return Promise.resolve({ results: {}, errMsg: TAP_ONLY });
  const ids = templates.map((t) => t.templateId);
  const shown = templates.map((t) => ({ templateId: t.templateId, title: t.title, longTerm: Boolean(t.longTerm) }));
  return new Promise((resolve) => {
    let settled = false;
    const offline = !localWxReachable();
    const dialog = drawDialog(shown, offline);
    const finish = (answer: SubscribeAnswer) => {
      if (settled) return;
      settled = true;
      dialog.close();
      resolve(answer);
    };
    const alone = (answer: 'accept' | 'reject') => finish({ results: Object.fromEntries(ids.map((id) => [id, answer])) });

    if (offline) {
      dialog.onAnswer((answer) => alone(answer));
      return;
    }
    const checked = check(ids);
    void checked.then(async (c) => {
      if (c.kind === 'refused') finish({ results: {}, errCode: c.errCode, errMsg: c.errMsg });
      else if (c.kind === 'kept') finish(await record(ids, c.answer, false));
      else dialog.show(c.kind === 'open' ? c.templates : undefined);
    });
    dialog.onAnswer((answer, always) => {
      dialog.close();
      void checked.then(async (c) => {
        if (c.kind === 'offline') alone(answer);
        else if (c.kind === 'open') finish(await record(ids, answer, always));
      });
    });
  });
}
