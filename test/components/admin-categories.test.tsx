/** 意见类别 (src/packages/admin/pages/categories): the office adds a category with its department and retires one, each after a confirmation. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import AdminCategoriesPage from '../../src/packages/admin/pages/categories/index';
import { regionCategories } from '../../core/categories';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const defaults = regionCategories([], []).map(({ name, common, staffOnly }) => ({ name, common, staffOnly }));
const fund = {
  id: 'cat-430104-aaaa',
  name: '物业维修基金',
  hint: '住宅专项维修资金的申请、使用和续筹',
  common: true,
  regionCode: '430104',
  regionName: '岳麓区',
  departmentId: 'dept-yl-zj',
  departmentName: '岳麓区住房和城乡建设局',
  status: 'active' as 'active' | 'retired',
  addedAt: '2026-12-01T02:00:00.000Z',
  retiredAt: undefined as string | undefined,
};
const listing = (own: (typeof fund)[] = [], above: unknown[] = []) =>
  ok({
    region: { code: '430104', name: '岳麓区' },
    defaults,
    above,
    own,
    departments: [
      { id: 'dept-cs-zj', name: '长沙市住房和城乡建设局', regionName: '长沙市', levelLabel: '市（州）' },
      { id: 'dept-yl-zj', name: '岳麓区住房和城乡建设局', regionName: '岳麓区', levelLabel: '县（市区）' },
    ],
  });
const button = (name: string) => screen.getByText(name, { selector: 'button' });
/** The fields by what they show until filled (the stub's inputs carry no label). */
const FIELDS = { name: '如：物业维修基金', hint: '如：住宅专项维修资金的申请、使用和续筹' };
const box = (field: keyof typeof FIELDS) => screen.getByPlaceholderText(FIELDS[field]) as HTMLInputElement;
const typeInto = (field: keyof typeof FIELDS, value: string) => fireEvent.change(box(field), { target: { value } });

describe('意见类别', () => {
  it('shows the defaults read only, and adds a category with its department after a confirmation', async () => {
    taroTest.reset();
    const fake = fakeFunctions({ 'admin.categories': [listing(), listing([fund])], 'admin.addCategory': ok(fund) });
    render(<AdminCategoriesPage />);
    expect(await screen.findByText('全省默认类别（不能修改）')).toBeTruthy();
    expect(screen.getByText(/^住房物业、城乡建设、/)).toBeTruthy();
    expect(screen.getByText('由工作人员处理、不转给代表：涉法涉诉、招投标等经济活动、对代表的意见')).toBeTruthy();
    expect(screen.getByText('还没有添加类别。')).toBeTruthy();
    // Nothing to add before a name and a hint are given.
    expect(button('添加类别').getAttribute('aria-disabled')).toBe('true');

    typeInto('name', '物业维修基金');
    typeInto('hint', '住宅专项维修资金的申请、使用和续筹');
    fireEvent.click(screen.getByRole('button', { name: '岳麓区住房和城乡建设局（岳麓区）' }));
    fireEvent.click(screen.getByRole('button', { name: '常用类别：在写意见页面排在前面' }));
    taroTest.answerModal(false); // thought better of it: nothing is sent
    await act(async () => fireEvent.click(button('添加类别')));
    expect(fake.callsTo('admin.addCategory')).toHaveLength(0);
    await act(async () => fireEvent.click(button('添加类别')));
    expect(taroTest.modals.at(-1)).toMatchObject({
      title: '添加意见类别',
      content: '添加后，岳麓区及下级地区的群众写意见时可以选择“物业维修基金”，默认转办岳麓区住房和城乡建设局。类别只能停用，不能删除。',
    });
    expect(fake.callsTo('admin.addCategory').map((c) => c.payload)).toEqual([
      { name: '物业维修基金', hint: '住宅专项维修资金的申请、使用和续筹', common: true, departmentId: 'dept-yl-zj' },
    ]);
    expect(await screen.findByText('已添加意见类别“物业维修基金”', { selector: '.done-box *' })).toBeTruthy();
    expect(screen.getByText('本地区添加的类别（1）')).toBeTruthy();
    expect(screen.getByText('默认转办：岳麓区住房和城乡建设局')).toBeTruthy();
    expect(box('name').value).toBe('');
  });

  it('shows the refusal in the office’s words, keeping what was typed', async () => {
    taroTest.reset();
    fakeFunctions({ 'admin.categories': listing(), 'admin.addCategory': refuse('CATEGORY_NAME_TAKEN', '“住房物业”是全省统一的类别，无需添加') });
    render(<AdminCategoriesPage />);
    await screen.findByText('全省默认类别（不能修改）');
    typeInto('name', '住房物业');
    typeInto('hint', '小区物业服务');
    await act(async () => fireEvent.click(button('添加类别')));
    expect(await screen.findByText('“住房物业”是全省统一的类别，无需添加')).toBeTruthy();
    expect(box('name').value).toBe('住房物业');
  });

  it('retires one of its own after a confirmation; one a region above added is read only', async () => {
    taroTest.reset();
    const above = { ...fund, id: 'cat-430100-bbbb', name: '老旧小区改造', regionCode: '430100', regionName: '长沙市', common: false };
    const retired = { ...fund, status: 'retired' as const, retiredAt: '2026-12-05T02:00:00.000Z' };
    const fake = fakeFunctions({ 'admin.categories': [listing([fund], [above]), listing([retired], [above])], 'admin.retireCategory': ok(retired) });
    render(<AdminCategoriesPage />);
    expect(await screen.findByText('上级地区添加的类别')).toBeTruthy();
    expect(screen.getByText('· 老旧小区改造 · 长沙市添加')).toBeTruthy();
    expect(screen.getAllByText('停用', { selector: 'button' })).toHaveLength(1); // only its own
    await act(async () => fireEvent.click(button('停用')));
    expect(taroTest.modals.at(-1)).toMatchObject({ title: '停用意见类别', confirmText: '停用' });
    expect(taroTest.modals.at(-1)?.content).toContain('已经提交的意见保留这个类别');
    expect(fake.callsTo('admin.retireCategory').map((c) => c.payload)).toEqual([{ id: 'cat-430104-aaaa' }]);
    expect(await screen.findByText('· 物业维修基金（常用）（已停用）')).toBeTruthy();
    expect(button('重新启用')).toBeTruthy();
  });
});
