/**
 * The messages page's SMS section (GET /local/messages): every SMS the stand-in for sendSmsV2
 * received (emulator/openapi/sms.ts), newest first — when, to which phone (masked, 138****0001),
 * the text, and the URL Link, which opens the case in the local H5 app (GET /local/link/<id>).
 * Plain server-rendered HTML with its own small style.
 */
import { beijingDateTime } from '../../core/beijing-time';
import { maskPhone } from '../config/sms';
import type { LocalRuntime } from './runtime';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `<style>
.sms{background:#fff;border-radius:8px;padding:12px;margin-top:12px;font-size:13px}
.sms h2{font-size:16px;margin:0 0 8px}.sms .off{color:#999}
.sms table{border-collapse:collapse;width:100%}.sms td,.sms th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
.sms .phone{font-family:monospace;white-space:nowrap}.sms .page{color:#aaa;font-size:10px;word-break:break-all}
</style>`;

export function renderSmsSection(runtime: LocalRuntime): string {
  const setup = runtime.sms.setup();
  const all = runtime.sms.messages().reverse();
  const state = setup ? `已开启（短信模板 ${esc(setup.templateId)}，链接有效 ${setup.linkDays} 天）` : '未开启（未设置 SMS_TEMPLATE_ID）';
  const rows = all
    .map((m) => {
      const link = m.linkId ? runtime.sms.resolveLink(m.linkId, runtime.clock.now()) : undefined;
      const opens = link ? `${link.path}${link.query ? `?${link.query}` : ''}` : '链接已失效';
      return `<tr><td>${esc(beijingDateTime(new Date(m.at)))}</td><td class="phone">${esc(maskPhone(m.phoneNumber))}</td><td>${esc(m.text)}</td>
<td><a href="${esc(m.urlLink)}" target="_blank" rel="noopener">打开</a><div class="page">${esc(opens)}</div></td></tr>`;
    })
    .join('');
  const body = all.length
    ? `<table><thead><tr><th>时间</th><th>手机</th><th>短信内容</th><th>链接</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<div class="off">暂无短信</div>';
  return `${STYLE}<section class="sms" id="sms"><h2>短信备用提醒（${all.length}）</h2><div class="off">${state}</div>${body}</section>`;
}
