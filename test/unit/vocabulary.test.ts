import {
  ABOUT_DEPUTY_CATEGORY,
  CATEGORIES,
  CATEGORY_GUIDANCE,
  CHANNELS,
  DEFAULT_SCOPE,
  LEVELS,
  LEVELS_FOR_SCOPE,
  RESTRICTED_CATEGORIES,
  SCOPES,
  goesToStaffOnly,
  isRestrictedCategory,
} from '../../core/vocabulary';

const STAFF_ONLY = ['涉法涉诉', '招投标等经济活动', '对代表的意见'];

describe('categories', () => {
  it('are the starting list of PRODUCT.md, restricted ones and 对代表的意见 included', () => {
    expect([...CATEGORIES].sort()).toEqual(
      [
        '城乡建设', '交通出行', '生态环境', '教育', '医疗卫生', '社会保障', '就业创业', '住房物业',
        '农业农村', '市场监管', '公共安全', '民政养老', '文化体育', '营商环境', '对代表的意见', '其他',
        '涉法涉诉', '招投标等经济活动',
      ].sort(),
    );
    expect(new Set(CATEGORIES).size).toBe(CATEGORIES.length);
    expect(ABOUT_DEPUTY_CATEGORY).toBe('对代表的意见');
    expect([...RESTRICTED_CATEGORIES].sort()).toEqual(['招投标等经济活动', '涉法涉诉'].sort());
  });

  it.each(CATEGORIES.map((c) => [c, STAFF_ONLY.includes(c)] as const))(
    '%s goes to staff only: %p',
    (category, staffOnly) => {
      expect(goesToStaffOnly(category)).toBe(staffOnly);
      expect(isRestrictedCategory(category)).toBe(staffOnly && category !== '对代表的意见');
    },
  );

  it('an unknown or look-alike category is not staff-only', () => {
    for (const c of ['', '涉法', '涉法涉诉 ', '自定义类别']) expect(goesToStaffOnly(c)).toBe(false);
  });

  it.each(STAFF_ONLY)('%s has guidance for the resident in Chinese', (category) => {
    expect(CATEGORY_GUIDANCE[category]).toMatch(/[\u4e00-\u9fff]{10,}/);
  });
});

describe('levels, scopes and channels', () => {
  it('are those of PRODUCT.md', () => {
    expect([...LEVELS].sort()).toEqual(['city', 'county', 'national', 'provincial', 'township']);
    expect([...SCOPES].sort()).toEqual(['city', 'community', 'county', 'national', 'province', 'township']);
    expect([...CHANNELS].sort()).toEqual(['letter', 'phone', 'qr', 'visit', 'walk_in']);
    expect(DEFAULT_SCOPE).toBe('community');
  });

  it('LEVELS_FOR_SCOPE: which deputies fit a problem of each scope (routing rule 4)', () => {
    const sorted = Object.fromEntries(
      Object.entries(LEVELS_FOR_SCOPE).map(([scope, levels]) => [scope, [...levels].sort()]),
    );
    expect(sorted).toEqual({
      community: ['county', 'township'],
      township: ['county', 'township'],
      county: ['county'],
      city: ['city'],
      province: ['national', 'provincial'],
      national: ['national', 'provincial'],
    });
  });
});
