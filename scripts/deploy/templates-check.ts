/**
 * The declared subscription templates against the account's own (decision 0021): each id is a
 * template the account holds, with exactly the declared fields, of the declared kind
 * (long-term or one-time). A mismatch would make WeChat refuse every send of that template.
 */
import type { TemplateConfig } from '../../server/config/templates';
import type { AccountTemplate } from '../lib/server-api';
import type { Refusal } from './preflight';

const fieldsOf = (content: string) => [...content.matchAll(/\{\{\s*([a-z_]+\d+)\.DATA\s*\}\}/g)].map((m) => m[1]).sort();

export function compareTemplates(declared: readonly TemplateConfig[], account: readonly AccountTemplate[]): Refusal[] {
  const out: Refusal[] = [];
  for (const t of declared) {
    const held = account.find((a) => a.priTmplId === t.templateId);
    const name = `WX_TMPL_${t.key.toUpperCase()}`;
    if (!held) {
      out.push({ code: 'TEMPLATE_NOT_IN_ACCOUNT', message: `${name} (${t.title}) is not a template of this account (订阅消息 → 我的模板)` });
      continue;
    }
    const want = t.fields.map((f) => f.key).sort();
    const have = fieldsOf(held.content);
    if (want.join() !== have.join()) {
      out.push({ code: 'TEMPLATE_FIELDS_DIFFER', message: `${name} (${held.title}): the account's template has ${have.join(', ')}; the config declares ${want.join(', ')}` });
    }
    if ((held.type === 3) !== t.longTerm) {
      out.push({ code: 'TEMPLATE_KIND_DIFFERS', message: `${name} (${held.title}) is ${held.type === 3 ? 'long-term' : 'one-time'} in the account, ${t.longTerm ? 'long-term' : 'one-time'} in the config (declare the account's kind with ${name}_KIND=${held.type === 3 ? 'long' : 'once'}; decision 0027)` });
    }
  }
  return out;
}
