import { fromBeijing } from '../../core/beijing-time';
import { FieldRefused, fitField, STATUS_PHRASES, type FieldType } from '../../core/message-fields';
import { STATUSES } from '../../core/opinion-status';
import { MINIPROGRAM_PAGES, OPINION_PAGE } from '../../server/config/pages';
import { loadTemplates, TEMPLATES } from '../../server/config/templates';

const LONG_NAME = '欧阳'.repeat(100); // 200 characters

describe('values are fitted to their field type', () => {
  test.each<[FieldType, string | number | Date, string]>([
    ['thing', '小区电梯经常故障', '小区电梯经常故障'],
    ['thing', '小区电梯经常故障,物业维修不及时,居民出行非常困难', '小区电梯经常故障,物业维修不及时,居民…'],
    ['thing', '电梯坏了😡😡请尽快修👍🏻', '电梯坏了请尽快修'],
    ['thing', '<script>alert(1)</script><b>路灯</b>不亮', 'alert(1)路灯不亮'],
    ['thing', '第一行\n第二行\t\t第三行', '第一行 第二行 第三行'],
    ['thing', '   ', '无'],
    ['thing', '🇨🇳👨‍👩‍👧', '无'],
    ['thing', 'A&amp;B &lt;路&gt;', 'A&B 路'],
    ['name', '李红梅', '李红梅'],
    ['name', LONG_NAME, '欧阳欧阳欧阳欧阳欧阳'],
    ['name', 'Alexander Hamilton Washington', 'Alexander Hamilton W'],
    ['name', '张三😀123', '张三'],
    ['phrase', '已受理', '已受理'],
    ['phrase', '不予受理', '不予受理'],
    ['character_string', '430104-20261125-0042', '430104-20261125-0042'],
    ['number', 12, '12'],
    ['number', '3.5', '3.5'],
    ['phone_number', '0731-8888 6666', '0731-88886666'],
    ['time', fromBeijing('2026-11-25', '09:30'), '2026年11月25日 09:30'],
    ['date', fromBeijing('2026-11-25', '23:59'), '2026年11月25日'],
    ['time', '2026-11-25T01:30:00.000Z', '2026年11月25日 09:30'],
  ])('%s %j → %j', (type, value, expected) => {
    expect(fitField(type, value)).toBe(expected);
  });

  test.each<[FieldType, string | number]>([
    ['phrase', '已受理1'],
    ['phrase', '已转交有关部门'],
    ['phrase', 'accepted'],
    ['phrase', '已…'],
    ['character_string', '430104 20261125'],
    ['character_string', 'x'.repeat(33)],
    ['character_string', '编号123'],
    ['number', '12a'],
    ['number', '1'.repeat(33)],
    ['phone_number', '1380013800012345678'],
    ['phone_number', '电话'],
    ['name', '😀123'],
    ['time', 'not a date'],
  ])('%s %j is refused', (type, value) => {
    expect(() => fitField(type, value)).toThrow(FieldRefused);
  });

  test('every status phrase is a valid phrase, and the required ones are there', () => {
    for (const s of STATUSES) expect(fitField('phrase', STATUS_PHRASES[s])).toBe(STATUS_PHRASES[s]);
    expect(STATUS_PHRASES).toMatchObject({
      accepted: '已受理', need_info: '待补充', forwarded: '已转办', suggestion: '已转建议',
      replied: '已答复', resolved: '已办结', rejected: '不予受理',
    });
  });
});

describe('template config', () => {
  test('ids are placeholders unless the environment gives real ones', () => {
    for (const t of Object.values(TEMPLATES)) expect(t.templateId).toMatch(/^LOCAL_TMPL_/);
    expect(loadTemplates({ WX_TMPL_OPINION_NEW: 'abcDEF_123-x' }).opinion_new.templateId).toBe('abcDEF_123-x');
    expect(() => loadTemplates({ WX_TMPL_OPINION_NEW: 'bad id!' })).toThrow();
  });

  test('every field key starts with its type and every template has ≤ 5 fields', () => {
    for (const t of Object.values(TEMPLATES)) {
      expect(t.fields.length).toBeLessThanOrEqual(5);
      for (const f of t.fields) expect(f.key.replace(/\d+$/, '')).toBe(f.type);
    }
  });

  test('every page a message may open is a page of src/app.config.ts', () => {
    // Read the app config itself (Taro's defineAppConfig is a global identity function).
    (globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../src/app.config').default as {
      pages: string[];
      subPackages: { root: string; pages: string[] }[];
    };
    const main = config.pages;
    const sub = config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`));
    expect([...main, ...sub]).toEqual(expect.arrayContaining([...MINIPROGRAM_PAGES]));
    for (const page of [OPINION_PAGE.resident('op1'), OPINION_PAGE.deputy('op1'), OPINION_PAGE.staff('op1')]) {
      expect(MINIPROGRAM_PAGES).toContain(page.split('?')[0] as (typeof MINIPROGRAM_PAGES)[number]);
      expect(page.startsWith('/')).toBe(false);
    }
  });
});
