/** The deploy compares the declared subscription templates with the account's own (decision 0021). */
import { TEMPLATE_KEYS } from '../../core/notification-rules';
import { loadTemplates } from '../../server/config/templates';
import { compareTemplates } from '../../scripts/deploy/templates-check';
import type { AccountTemplate } from '../../scripts/lib/server-api';

const env = Object.fromEntries(TEMPLATE_KEYS.map((k) => [`WX_TMPL_${k.toUpperCase()}`, `Fake${k.replace(/_/g, '')}TemplateId0123456789abcdef`]));
const declared = Object.values(loadTemplates(env));
/** The account's list as WeChat answers it when it holds exactly the declared templates. */
const account = (): AccountTemplate[] =>
  declared.map((t) => ({
    priTmplId: t.templateId,
    title: t.title,
    content: t.fields.map((f) => `${f.label}:{{${f.key}.DATA}}\n`).join(''),
    type: t.longTerm ? 3 : 2,
  }));

test('the account holds every declared template with its fields and kind: nothing to say', () => {
  expect(compareTemplates(declared, account())).toEqual([]);
});

test('a template the account lacks, one with other fields, one of the other kind: each named', () => {
  const list = account();
  const [first, second, third] = declared;
  const without = list.filter((a) => a.priTmplId !== first.templateId);
  const differ = without.map((a) => (a.priTmplId === second.templateId ? { ...a, content: a.content.replace(/\{\{\w+?(\d+)\.DATA\}\}/, '{{thing9.DATA}}') } : a));
  const kind = differ.map((a) => (a.priTmplId === third.templateId ? { ...a, type: a.type === 3 ? 2 : 3 } : a));
  const found = compareTemplates(declared, kind);
  expect(found.map((r) => r.code)).toEqual(['TEMPLATE_NOT_IN_ACCOUNT', 'TEMPLATE_FIELDS_DIFFER', 'TEMPLATE_KIND_DIFFERS']);
  expect(found[0].message).toContain(`WX_TMPL_${first.key.toUpperCase()}`);
  expect(found[1].message).toContain('thing9');
});
