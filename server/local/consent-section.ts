/**
 * The messages page's view of one persona's WeChat consent (the stand-in's own record): each
 * template's kind — long-term grants with their switch, one-time acceptances with how many are
 * left — and the main switch, as the mini-program's settings page (右上角 ··· → 设置 → 订阅消息)
 * shows them. The switches post to /local/wx/settings, as a user flips them in WeChat.
 */
import { TEMPLATES } from '../config/templates';
import type { LocalRuntime } from './runtime';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const toggle = (openid: string, fields: Record<string, string>, label: string) =>
  `<form method="post" action="/local/wx/settings" class="switch"><input type="hidden" name="openid" value="${esc(openid)}">${Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('')}<button type="submit">${esc(label)}</button></form>`;

export function consentSection(runtime: LocalRuntime, openid: string): string {
  const wx = runtime.wxSubscriptions;
  const main = wx.mainSwitch(openid);
  const byId = new Map(Object.values(TEMPLATES).map((t) => [t.templateId, t]));
  const rows = wx
    .grantsOf(openid)
    .map((g) => ({ g, tpl: byId.get(g.templateId) }))
    .filter((x) => x.tpl)
    .map(({ g, tpl }) => {
      if (g.longTerm) {
        const on = g.standing && g.setting !== 'reject';
        return `<div class="grant" data-template="${esc(tpl!.key)}"><span class="kind long">长期</span>${esc(tpl!.title)} <b class="${on ? 'on' : 'off'}">${on ? '接收中' : '已关闭'}</b>${toggle(
          openid,
          { templateId: g.templateId, on: on ? '0' : '1' },
          on ? '在微信设置中关闭' : '重新打开',
        )}</div>`;
      }
      return `<div class="grant" data-template="${esc(tpl!.key)}"><span class="kind once">一次性</span>${esc(tpl!.title)} <b>剩余 ${g.unused} 次</b>${g.setting ? `（已选“总是${g.setting === 'accept' ? '允许' : '拒绝'}”）` : ''}</div>`;
    })
    .join('');
  return `<div class="consent" data-openid="${esc(openid)}"><div class="main">订阅消息总开关：<b class="${main ? 'on' : 'off'}">${main ? '开' : '关'}</b>${toggle(
    openid,
    { mainSwitch: main ? '0' : '1' },
    main ? '关闭' : '打开',
  )}</div>${rows || '<div class="grant muted">尚未同意任何订阅消息</div>'}</div>`;
}

export const CONSENT_STYLE = `.consent{background:#fff;border-radius:8px;padding:8px;margin:6px 0 10px;font-size:12px}
.consent .grant,.consent .main{display:flex;flex-wrap:wrap;gap:4px;align-items:center;margin:3px 0}
.consent .kind{font-size:10px;border-radius:3px;padding:0 4px;color:#fff}.kind.long{background:#07c160}.kind.once{background:#576b95}
.consent b.on{color:#07c160}.consent b.off{color:#fa5151}.consent form.switch{display:inline;margin-left:auto}
.consent button{font-size:11px;padding:1px 6px}.muted{color:#999}`;
