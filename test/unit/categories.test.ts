/** A region's categories (core/categories.ts): the provincial defaults and what the regions on its path added. */
import { categoryNameProblem, hasCategory, regionCategories, specialtyChoices, type AddedCategory } from '../../core/categories';
import { COMMON_CATEGORIES, MORE_CATEGORIES, STAFF_ONLY_CATEGORIES } from '../../core/resident-words';
import { CATEGORIES } from '../../core/vocabulary';

const PATH = ['430000', '430100', '430104', '430104007']; // 湖南省 → 长沙市 → 岳麓区 → 望月湖街道
const added = (name: string, regionCode: string, over: Partial<AddedCategory> = {}): AddedCategory => ({
  name,
  hint: `${name}的说明`,
  common: false,
  regionCode,
  status: 'active',
  ...over,
});
const names = (path: readonly string[], list: AddedCategory[]) => regionCategories(path, list).map((c) => c.name);

describe('a region’s categories', () => {
  it('are the defaults alone where nothing was added: common first, the rest, the staff-only matters last', () => {
    const list = regionCategories(PATH, []);
    expect(list.map((c) => c.name)).toEqual([...COMMON_CATEGORIES, ...MORE_CATEGORIES, ...STAFF_ONLY_CATEGORIES]);
    expect(list).toHaveLength(CATEGORIES.length);
    expect(list.filter((c) => c.staffOnly).map((c) => c.name)).toEqual(['涉法涉诉', '招投标等经济活动', '对代表的意见']);
    expect(list.filter((c) => c.common).map((c) => c.name)).toEqual([...COMMON_CATEGORIES]);
    expect(list.every((c) => c.regionCode === undefined && c.hint === undefined)).toBe(true);
  });

  it('take what the regions on the path added (common ones after the common defaults, others before 其他), never what a region beside added', () => {
    const list = [
      added('物业维修基金', '430104', { common: true }),
      added('老旧小区改造', '430100'),
      added('加装电梯', '430104007'),
      added('湘江治理', '430105'), // 开福区, beside
    ];
    const got = names(PATH, list);
    expect(got.slice(0, 9)).toEqual([...COMMON_CATEGORIES, '物业维修基金']);
    expect(got.slice(-6)).toEqual(['老旧小区改造', '加装电梯', '其他', '涉法涉诉', '招投标等经济活动', '对代表的意见']);
    expect(got).not.toContain('湘江治理');
    // 长沙市 itself has its own, not 岳麓区's.
    expect(names(['430000', '430100'], list).filter((n) => !(CATEGORIES as readonly string[]).includes(n))).toEqual(['老旧小区改造']);
    const fund = regionCategories(PATH, list).find((c) => c.name === '物业维修基金');
    expect(fund).toEqual({ name: '物业维修基金', hint: '物业维修基金的说明', common: true, staffOnly: false, regionCode: '430104' });
  });

  it('leave out retired ones, and name a category once: a default over an added one, the one added highest on the path', () => {
    const list = [
      added('物业维修基金', '430104007', { hint: '街道的说明' }),
      added('物业维修基金', '430104', { hint: '区里的说明' }),
      added('住房物业', '430104'),
      added('加装电梯', '430104', { status: 'retired' }),
    ];
    const got = regionCategories(PATH, list);
    expect(got.filter((c) => c.name === '物业维修基金')).toEqual([expect.objectContaining({ hint: '区里的说明', regionCode: '430104' })]);
    expect(got.filter((c) => c.name === '住房物业')).toEqual([{ name: '住房物业', common: true, staffOnly: false }]);
    expect(hasCategory(got, '加装电梯')).toBe(false);
    expect(hasCategory(got, '物业维修基金')).toBe(true);
  });

  it('offer deputies every category routing can send them, added ones included', () => {
    const choices = specialtyChoices(regionCategories(PATH, [added('物业维修基金', '430104')]));
    expect(choices).toContain('物业维修基金');
    for (const c of STAFF_ONLY_CATEGORIES) expect(choices).not.toContain(c);
    expect(choices).toHaveLength(CATEGORIES.length - STAFF_ONLY_CATEGORIES.length + 1);
  });
});

describe('an added category’s name', () => {
  it.each([
    ['物业维修基金', undefined],
    ['教育', '“教育”是全省统一的类别，无需添加'],
    ['对代表的意见', '“对代表的意见”是全省统一的类别，无需添加'],
    ['基', '类别名称应为2到12个汉字'],
    ['维'.repeat(13), '类别名称应为2到12个汉字'],
    ['Fund基金', '类别名称应为2到12个汉字'],
    ['维修 基金', '类别名称应为2到12个汉字'],
    ['维修基金！', '类别名称应为2到12个汉字'],
  ])('%s: %s', (name, problem) => {
    expect(categoryNameProblem(name)).toBe(problem);
  });
});
