import type { SubscribeResult, TemplateAsk } from './subscribe.d';

/**
 * H5 has no requestSubscribeMessage: a small dialog stands in for WeChat's (允许 / 取消), drawn
 * straight into the document so it can open synchronously inside the tap, as WeChat's does.
 */
export function requestSubscribe(templates: TemplateAsk[]): Promise<Record<string, SubscribeResult>> {
  return new Promise((resolve) => {
    const overlay = document.createElement('div');
    overlay.className = 'sim-subscribe';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', '订阅消息');
    overlay.style.cssText =
      'position:fixed;inset:0;z-index:10000;background:rgba(0,0,0,.45);display:flex;align-items:flex-end;';
    const sheet = document.createElement('div');
    sheet.style.cssText =
      'background:#fff;width:100%;padding:20px 16px 16px;border-radius:12px 12px 0 0;font-size:var(--fs-body,16px);';
    const title = document.createElement('div');
    title.textContent = '代表联络站 申请向你发送以下消息';
    title.style.cssText = 'font-weight:bold;margin-bottom:10px;';
    sheet.appendChild(title);
    for (const t of templates) {
      const line = document.createElement('div');
      line.textContent = `· ${t.title}`;
      line.style.cssText = 'padding:6px 0;';
      sheet.appendChild(line);
    }
    const note = document.createElement('div');
    note.textContent = '本地运行:模拟微信的订阅消息弹窗';
    note.style.cssText = 'color:#888;font-size:13px;margin:6px 0 12px;';
    sheet.appendChild(note);
    const row = document.createElement('div');
    row.style.cssText = 'display:flex;gap:12px;';
    const button = (label: string, primary: boolean, result: SubscribeResult) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.style.cssText = `flex:1;min-height:48px;font-size:inherit;border-radius:8px;border:1px solid #07c160;${
        primary ? 'background:#07c160;color:#fff;' : 'background:#fff;color:#07c160;'
      }`;
      b.addEventListener('click', () => {
        overlay.remove();
        resolve(Object.fromEntries(templates.map((t) => [t.templateId, result])));
      });
      return b;
    };
    row.appendChild(button('取消', false, 'reject'));
    row.appendChild(button('允许', true, 'accept'));
    sheet.appendChild(row);
    overlay.appendChild(sheet);
    document.body.appendChild(overlay);
  });
}
