/**
 * GET /local/messages — the local run's view of subscription messages: for each persona,
 * the messages the stand-in delivered, drawn as a phone shows them (title, field labels and
 * values, the page the message opens), and the outbox with every entry's state. Plain
 * server-rendered HTML; not part of the mini-program.
 */
import { beijingDateTime } from '../../core/beijing-time';
import { MESSAGES_COLLECTION, type DeliveredMessage } from '../../emulator/openapi/subscribe-message';
import type { LocalRuntime } from './runtime';
import { TEMPLATES } from '../config/templates';
import { OUTBOX_STATE_LABELS, type OutboxDoc } from '../notifications/outbox/outbox-doc';
import { DEMO_PERSONAS } from './demo-data';
import { CONSENT_STYLE, consentSection } from './consent-section';
import { renderSmsSection } from './sms-section';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const when = (d: unknown) => beijingDateTime(new Date(d as string));

function phoneCard(m: DeliveredMessage): string {
  const tpl = Object.values(TEMPLATES).find((t) => t.templateId === m.templateId);
  const rows = (tpl?.fields ?? Object.keys(m.data).map((key) => ({ key, label: key })))
    .map((f) => `<div class="row"><span class="label">${esc(f.label)}</span><span class="value">${esc(m.data[f.key]?.value)}</span></div>`)
    .join('');
  return `<div class="card">
  <div class="head"><span class="app">代表联络站</span><span class="time">${esc(when(m.at))}</span></div>
  <div class="title">${esc(m.title)}</div>${rows}
  <div class="open">进入小程序查看 ›<div class="page">${esc(m.page)}</div></div>
</div>`;
}

const STATE_CLASS: Record<string, string> = { sent: 'ok', dead: 'bad', unknown: 'bad', skipped: 'warn', failed: 'warn' };

function outboxTable(entries: OutboxDoc[]): string {
  const rows = entries
    .map(
      (e) => `<tr class="${STATE_CLASS[e.state] ?? ''}"><td>${esc(when(e.createdAt))}</td><td>${esc(e.title)}</td><td>${esc(e.recipientLabel)}<br><small>${esc(e.openid || '—')}</small></td>
<td>${esc(e.trackingNo ?? '')}</td><td><b>${esc(OUTBOX_STATE_LABELS[e.state])}</b><br><small>${esc(e.state)}</small></td><td>${e.attempts}</td>
<td>${e.lastError ? `${esc(e.lastError.code)} ${esc(e.lastError.message)}` : ''}</td><td><small>${esc(e.key)}</small></td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>时间</th><th>模板</th><th>收件人</th><th>查询编号</th><th>状态</th><th>次数</th><th>错误</th><th>键</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderMessagesPage(runtime: LocalRuntime): string {
  const messages = runtime.store.hasCollection(MESSAGES_COLLECTION) ? runtime.subscribeMessages.messages() : [];
  const outbox = (runtime.store.hasCollection('outbox') ? runtime.store.scan('outbox', []) : []) as unknown as OutboxDoc[];
  outbox.sort((a, b) => +new Date(b.createdAt) - +new Date(a.createdAt));
  const names = new Map(DEMO_PERSONAS.map((p) => [p.openid, p.name]));
  const openids = [...new Set([...DEMO_PERSONAS.map((p) => p.openid), ...messages.map((m) => m.touser)])];
  const phones = openids
    .map((openid) => {
      const mine = messages.filter((m) => m.touser === openid).reverse();
      const pending = outbox.filter((e) => e.openid === openid && e.state !== 'sent').length;
      return `<section class="phone" id="${esc(openid)}"><h2>${esc(names.get(openid) ?? openid)}</h2><div class="sub">${esc(openid)} · 已收到 ${mine.length} 条${pending ? ` · 未送达 ${pending} 条` : ''}</div>
${consentSection(runtime, openid)}
${mine.length ? mine.map(phoneCard).join('') : '<div class="empty">暂无服务通知</div>'}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>订阅消息（本地）</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;background:#f3f3f3;margin:0;padding:16px;color:#222}
h1{font-size:20px}.note{color:#666;font-size:13px}
.phones{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.phone{width:300px;background:#ededed;border:10px solid #222;border-radius:28px;padding:12px;max-height:640px;overflow:auto}
.phone h2{font-size:15px;margin:4px 0}.sub{font-size:11px;color:#777;margin-bottom:8px}
.card{background:#fff;border-radius:8px;padding:12px;margin:8px 0;font-size:13px}
.head{display:flex;justify-content:space-between;color:#888;font-size:11px}.title{font-size:16px;margin:6px 0 10px}
.row{display:flex;gap:8px;margin:4px 0}.label{color:#888;min-width:64px}.value{word-break:break-all}
.open{border-top:1px solid #eee;margin-top:10px;padding-top:8px;color:#576b95}.page{color:#aaa;font-size:10px;word-break:break-all}
.empty{color:#999;text-align:center;padding:24px 0;font-size:13px}
table{border-collapse:collapse;background:#fff;font-size:12px;width:100%;margin-top:12px}td,th{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
tr.ok td{background:#f4fbf4}tr.bad td{background:#fdeeee}tr.warn td{background:#fff8e6}
${CONSENT_STYLE}
</style></head><body>
<h1>订阅消息 · 本地模拟</h1>
<p class="note">每位演示用户手机上的“服务通知”，以及微信记录的订阅：长期订阅可在“设置”中关闭（如同用户在小程序设置页操作），一次性订阅每次同意可收一条；下方为发件箱（outbox）每条通知的状态。时间为北京时间，当前模拟时钟：${esc(when(runtime.clock.now()))}。</p>
<div class="phones">${phones}</div>
${renderSmsSection(runtime)}
<h1>发件箱（${outbox.length}）</h1>
${outboxTable(outbox)}
</body></html>`;
}
