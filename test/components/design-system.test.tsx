/**
 * Issue 21, one design system in WeChat's own language (decision 0028): the WeUI-equivalent
 * components (cells, badge, msg result page, bottom bar, half-screen dialog, toast and confirm
 * helpers), success shown as a toast and in green (never the yellow warning bar), the privacy
 * sheet above the tab bar, and the menus of 我的, the staff desk and the admin home as cells and
 * a grid with counts.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Badge } from '../../src/components/ui/badge';
import { BottomBar } from '../../src/components/ui/bottom-bar';
import { Cell, Cells } from '../../src/components/ui/cells';
import { confirm, showSuccess } from '../../src/components/ui/feedback';
import { HalfScreenDialog } from '../../src/components/ui/half-screen-dialog';
import { ResultPage } from '../../src/components/ui/result-page';
import { Messages } from '../../src/components/field';
import { PrivacyPopup } from '../../src/components/privacy-popup';
import MePage from '../../src/pages/me/index';
import StaffHomePage from '../../src/packages/staff/pages/index/index';
import AdminHomePage from '../../src/packages/admin/pages/index/index';
import { ROUTES } from '../../src/routes';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';
import { aMe } from './support/views';

beforeEach(() => taroTest.reset());
afterEach(restoreTransport);

describe('Cells and Cell', () => {
  it('a cell with a url opens it on a tap, shows its count and a chevron', () => {
    const { container } = render(
      <Cells title='我的工作'>
        <Cell icon='信' label='代表收件箱' description='居民写给我的意见' badge={3} url={ROUTES.deputyInbox} />
        <Cell label='我的意见' url={ROUTES.mine} tab />
      </Cells>,
    );
    expect(screen.getByText('我的工作')).toBeTruthy();
    expect(screen.getByText('居民写给我的意见')).toBeTruthy();
    expect(screen.getByText('3').className).toBe('ui-badge');
    expect(container.querySelectorAll('.ui-cell__chevron')).toHaveLength(2);
    fireEvent.click(screen.getByText('代表收件箱'));
    fireEvent.click(screen.getByText('我的意见'));
    expect(taroTest.navigations).toEqual([
      { kind: 'navigateTo', url: ROUTES.deputyInbox },
      { kind: 'switchTab', url: ROUTES.mine },
    ]);
  });

  it('a cell with a control at the right has no chevron and opens nothing', () => {
    const { container } = render(
      <Cells>
        <Cell label='大字模式'>
          <input type='checkbox' role='switch' />
        </Cell>
      </Cells>,
    );
    expect(container.querySelector('.ui-cell__chevron')).toBeNull();
    fireEvent.click(screen.getByText('大字模式'));
    expect(taroTest.navigations).toEqual([]);
  });
});

describe('Badge', () => {
  it('shows nothing for no count, the count, and 99+ past the maximum', () => {
    const { container, rerender } = render(<Badge count={0} />);
    expect(container.textContent).toBe('');
    rerender(<Badge count={7} />);
    expect(container.textContent).toBe('7');
    rerender(<Badge count={120} />);
    expect(container.textContent).toBe('99+');
  });
});

describe('ResultPage', () => {
  it('a success result: the check icon, a centred title and description, both actions', () => {
    const primary = jest.fn();
    const secondary = jest.fn();
    const { container } = render(
      <ResultPage
        title='意见已提交'
        description='已保存在办理进度，不用抄写'
        primary={{ text: '查看办理进度', onClick: primary }}
        secondary={{ text: '返回联络站', onClick: secondary }}
        extra={<span>代表一般在 3 个工作日内受理</span>}
      >
        <span>430104-20261205-0001</span>
      </ResultPage>,
    );
    const result = screen.getByRole('status', { name: '意见已提交' });
    expect(result.querySelector('[data-icon="success"] .ui-msg__check')).toBeTruthy();
    expect(screen.getByText('意见已提交').className).toBe('ui-msg__title');
    expect(screen.getByText('430104-20261205-0001')).toBeTruthy();
    expect(screen.getByText('代表一般在 3 个工作日内受理')).toBeTruthy();
    fireEvent.click(screen.getByText('查看办理进度'));
    fireEvent.click(screen.getByText('返回联络站'));
    expect(primary).toHaveBeenCalledTimes(1);
    expect(secondary).toHaveBeenCalledTimes(1);
    expect(screen.getByText('查看办理进度').className).toContain('btn--primary');
    expect(screen.getByText('返回联络站').className).toContain('btn--plain');
    expect(container.querySelector('.ui-msg__icon--warn')).toBeNull();
  });

  it('a warning result draws the warn icon and no actions when none are given', () => {
    const { container } = render(<ResultPage icon='warn' title='没有找到这个联络站' />);
    expect(container.querySelector('.ui-msg__icon--warn')!.textContent).toBe('!');
    expect(container.querySelector('.ui-msg__actions')).toBeNull();
  });
});

describe('BottomBar', () => {
  it('one primary button, fixed, with a spacer ending the page so nothing hides under it', () => {
    const submit = jest.fn();
    const { container } = render(<BottomBar text='提交意见' tip='提交后可在办理进度查看' onClick={submit} />);
    const spacer = container.querySelector('.ui-bottom-bar__spacer')!;
    const bar = container.querySelector('.ui-bottom-bar')!;
    // The spacer comes first, in the page's flow; the bar after it holds the button.
    expect(spacer.nextElementSibling).toBe(bar);
    expect(spacer.className).toContain('ui-bottom-bar__spacer--tip');
    expect(bar.querySelectorAll('button')).toHaveLength(1);
    fireEvent.click(screen.getByText('提交意见'));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(screen.getByText('提交意见').className).toContain('btn--primary');
  });
});

describe('HalfScreenDialog', () => {
  function Harness() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type='button' onClick={() => setOpen(true)}>
          更多办理方式
        </button>
        <HalfScreenDialog show={open} title='转交部门' onClose={() => setOpen(false)} footer={<button type='button'>转交</button>}>
          <span>选择承办部门</span>
        </HalfScreenDialog>
      </>
    );
  }

  it('opens with its title, body and footer, hides the tab bar, and the close button and the mask close it', () => {
    const { container } = render(<Harness />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(taroTest.tabBarHidden).toBe(false);

    fireEvent.click(screen.getByText('更多办理方式'));
    expect(screen.getByRole('dialog', { name: '转交部门' })).toBeTruthy();
    expect(screen.getByText('选择承办部门')).toBeTruthy();
    expect(screen.getByText('转交')).toBeTruthy();
    expect(taroTest.tabBarHidden).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(taroTest.tabBarHidden).toBe(false);

    fireEvent.click(screen.getByText('更多办理方式'));
    fireEvent.click(container.querySelector('.ui-half__mask')!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(taroTest.tabBarHidden).toBe(false);
  });
});

describe('toast and confirm helpers', () => {
  it('showSuccess: the check icon for a short text, the whole text without it when longer than WeChat draws', () => {
    showSuccess('已保存');
    showSuccess('接待安排已保存，联络站页面已更新');
    expect(taroTest.toasts).toEqual([
      { title: '已保存', icon: 'success' },
      { title: '接待安排已保存，联络站页面已更新', icon: 'none' },
    ]);
  });

  it('confirm: true on the confirm button, false on cancel, with the title and content asked', async () => {
    taroTest.answerModal(true);
    taroTest.answerModal(false);
    await expect(confirm('确认办结？', '办结后不能再答复', { confirmText: '办结', danger: true })).resolves.toBe(true);
    await expect(confirm('确认转交？', '转交后由对方代表办理')).resolves.toBe(false);
    expect(taroTest.modals).toEqual([
      { title: '确认办结？', content: '办结后不能再答复', confirmText: '办结' },
      { title: '确认转交？', content: '转交后由对方代表办理', confirmText: '确定' },
    ]);
  });
});

describe('Messages: success is a toast and green, errors use the error box, never the yellow bar', () => {
  it('a done message toasts once and stays on the page in the success style', () => {
    const { container, rerender } = render(<Messages done='小程序码已生成' />);
    expect(taroTest.toasts).toEqual([{ title: '小程序码已生成', icon: 'success' }]);
    expect(screen.getByRole('status').className).toBe('done-box');
    expect(container.querySelector('.notice')).toBeNull();
    rerender(<Messages done='小程序码已生成' />);
    expect(taroTest.toasts).toHaveLength(1);
    rerender(<Messages error='网络不通，请稍后重试' />);
    expect(screen.getByRole('alert').className).toBe('error-box');
    expect(taroTest.toasts).toHaveLength(1);
  });
});

describe('the H5 privacy sheet is above the tab bar', () => {
  it('hides the tab bar while the sheet is open and shows it again after', () => {
    const { rerender } = render(<PrivacyPopup show onAgree={() => undefined} onDisagree={() => undefined} />);
    expect(screen.getByRole('dialog', { name: '隐私保护提示' })).toBeTruthy();
    expect(taroTest.tabBarHidden).toBe(true);
    rerender(<PrivacyPopup show={false} onAgree={() => undefined} onDisagree={() => undefined} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(taroTest.tabBarHidden).toBe(false);
  });
});

describe('我的 as cells', () => {
  it('a resident: claim, the two ways to open a role, large text and my data; no outlined buttons', async () => {
    fakeFunctions({ 'user.me': ok(aMe({ identified: true, roles: ['resident'] })) });
    const { container } = render(<MePage />);
    await screen.findByText('我的身份');
    expect(container.querySelectorAll('.ui-cell').length).toBe(5);
    expect(container.querySelectorAll('.btn')).toHaveLength(0);
    expect(screen.queryByText('代表收件箱')).toBeNull();
    fireEvent.click(screen.getByText('我是联络站工作人员'));
    fireEvent.click(screen.getByText('我的数据'));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.staffJoin, ROUTES.myData]);
  });

  it('a deputy who is also staff: the inbox and the desk as cells, and no invite-code cells', async () => {
    fakeFunctions({
      'user.me': ok(
        aMe({
          identified: true,
          roles: ['resident', 'deputy', 'staff'],
          deputy: { id: 'd-town-1', name: '周丽', levelLabel: '乡镇人大代表' },
          staffStations: [{ code: 'WYH01', name: '望月湖街道人大代表联络站' }],
        }),
      ),
    });
    render(<MePage />);
    await screen.findByText('我的工作');
    expect(screen.queryByText('我是人大代表')).toBeNull();
    expect(screen.queryByText('我是联络站工作人员')).toBeNull();
    fireEvent.click(screen.getByText('代表收件箱'));
    fireEvent.click(screen.getByText('联络站工作台'));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.deputyInbox, ROUTES.staffHome]);
  });
});

describe('the staff desk: a grid with the count of what waits', () => {
  it('shows 待处理 with the number of opinions waiting, read as one row with the total', async () => {
    const fake = fakeFunctions({
      'staff.myStations': ok({ items: [] }),
      'staff.queue': ok({ items: [], total: 4 }),
    });
    render(<StaffHomePage />);
    expect(await screen.findByText('4')).toBeTruthy();
    expect(fake.callsTo('staff.queue').map((c) => c.payload)).toEqual([{ view: 'triage', limit: 1 }]);
    await act(async () => fireEvent.click(screen.getByText('待处理')));
    fireEvent.click(screen.getByText('任期届满转交'));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.staffQueue('triage'), ROUTES.staffHandover]);
  });

  it('shows no count when nothing waits', async () => {
    const fake = fakeFunctions({ 'staff.myStations': ok({ items: [] }), 'staff.queue': ok({ items: [], total: 0 }) });
    const { container } = render(<StaffHomePage />);
    await screen.findByText('待处理');
    await act(async () => undefined);
    expect(fake.callsTo('staff.queue')).toHaveLength(1);
    expect(container.querySelector('.ui-badge')).toBeNull();
  });
});

describe('the admin home as cells', () => {
  it('each cell opens its page', () => {
    const { container } = render(<AdminHomePage />);
    expect(container.querySelectorAll('.ui-cell')).toHaveLength(13);
    fireEvent.click(screen.getByText('数据看板'));
    fireEvent.click(screen.getByText('工作人员与邀请码'));
    fireEvent.click(screen.getByText('汇总整理'));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.adminDashboard, ROUTES.adminStaff, ROUTES.similarGroups('admin')]);
  });

  it('the office’s own cases come first, with counts: 区域待办 (routed and escalated) and 超期意见', async () => {
    const fake = fakeFunctions({
      'admin.officeQueue': ok({ items: [], total: 2, counts: { routed: 2, escalated: 1 } }),
      'admin.overdue': ok({ items: [], total: 5 }),
    });
    render(<AdminHomePage />);
    expect(await screen.findByText('3')).toBeTruthy();
    expect(await screen.findByText('5')).toBeTruthy();
    expect(fake.callsTo('admin.officeQueue').map((c) => c.payload)).toEqual([{ view: 'routed', limit: 1 }]);
    expect(fake.callsTo('admin.overdue').map((c) => c.payload)).toEqual([{ limit: 1 }]);
    fireEvent.click(screen.getByText('区域待办'));
    fireEvent.click(screen.getByText('超期意见'));
    expect(taroTest.navigations.map((n) => n.url)).toEqual([ROUTES.officeQueue, ROUTES.overdue('admin')]);
  });
});
