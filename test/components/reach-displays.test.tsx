/**
 * Issue 20: nobody unreachable goes unnoticed — the staff desk lists each station's deputies who
 * cannot be reached (why, and when a reminder last got through), the queue flags a case whose
 * deputy cannot be reached, and the office's staff page shows each staff member's reach.
 */
import { render, screen } from '@testing-library/react';
import StaffHomePage from '../../src/packages/staff/pages/index/index';
import QueuePage from '../../src/packages/staff/pages/queue/index';
import AdminStaffPage from '../../src/packages/admin/pages/staff/index';
import { lastDelivered } from '../../src/components/reach-line';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const REACHABLE = { reachable: true, label: '可接收提醒', lastSentAt: '2026-12-04T02:00:00.000Z' };
// 16:30 UTC on 12-02 is 00:30 on 12-03 in Beijing.
const RETURNED = { reachable: false, label: '微信退回了提醒（已关闭订阅）', lastSentAt: '2026-12-02T16:30:00.000Z', endedAt: '2026-12-04T01:00:00.000Z' };
const UNBOUND = { reachable: false, label: '未绑定微信' };

const deputy = (id: string, name: string, reach: object, over: object = {}) => ({
  id,
  name,
  level: 'township',
  levelLabel: '乡镇人大代表',
  bound: true,
  active: true,
  onLeaveToday: false,
  leaves: [],
  reach,
  ...over,
});
const station = (code: string, name: string, deputies: object[]) => ({
  code,
  name,
  address: '望月湖路 38 号',
  regionCode: '430104007',
  regionName: '望月湖街道',
  retired: false,
  deputies,
  schedule: { weekly: [], dated: [], cancelled: [] },
});

test('last delivery in plain words, on the Beijing date', () => {
  expect(lastDelivered(RETURNED)).toBe('最近送达：12月3日');
  expect(lastDelivered(UNBOUND)).toBe('从未送达');
});

test('the staff desk lists, per station, the deputies who cannot be reached, or says all can', async () => {
  taroTest.reset();
  fakeFunctions({
    'staff.myStations': ok({
      items: [
        station('WYH01', '望月湖街道人大代表联络站', [
          deputy('d-county-1', '李红梅', RETURNED),
          deputy('d-town-1', '周丽', REACHABLE),
          deputy('d-town-2', '吴喆', UNBOUND, { bound: false }),
          // No longer in office: not someone staff need to reach.
          deputy('d-old', '钱旧', UNBOUND, { bound: false, active: false }),
        ]),
        station('YL01', '岳麓区人大代表联络总站', [deputy('d-city-1', '王志强', REACHABLE)]),
      ],
    }),
  });
  render(<StaffHomePage />);
  expect(await screen.findByText('联系不上的代表（2位）：')).toBeTruthy();
  expect(screen.getByText('· 李红梅：微信退回了提醒（已关闭订阅），最近送达：12月3日')).toBeTruthy();
  expect(screen.getByText('· 吴喆：未绑定微信，从未送达')).toBeTruthy();
  expect(screen.queryByText(/周丽/)).toBeNull();
  expect(screen.queryByText(/钱旧/)).toBeNull();
  // The other station: everyone can be reached.
  const yl = document.querySelector('[data-code="YL01"]')!;
  expect(yl.textContent).toContain('本站代表均可接收提醒');
  expect(document.querySelector('[data-code="WYH01"]')!.textContent).not.toContain('本站代表均可接收提醒');
});

test('the queue flags a case whose deputy cannot be reached, not one whose deputy can', async () => {
  taroTest.reset({ view: 'open' });
  const item = (id: string, assigneeName: string, assigneeReach: object) => ({
    id,
    trackingNo: `430104-20261201-000${id.slice(-1)}`,
    stationCode: 'WYH01',
    stationName: '望月湖街道人大代表联络站',
    category: '住房物业',
    status: 'assigned',
    statusLabel: '已分派',
    channelLabel: '扫码',
    text: `第${id.slice(-1)}件：3栋电梯经常故障。`,
    flagged: false,
    reason: '群众选择的代表',
    createdAt: '2026-12-01T01:30:00.000Z',
    assigneeName,
    assigneeReach,
  });
  fakeFunctions({
    'staff.queue': ok({ items: [item('op-1', '李红梅', RETURNED), item('op-2', '周丽', REACHABLE)], total: 2 }),
    'staff.myStations': ok({ items: [] }),
  });
  render(<QueuePage />);
  expect(await screen.findByText('承办代表：李红梅')).toBeTruthy();
  const cards = Array.from(document.querySelectorAll('.queue-item'));
  const flagOf = (id: string) => cards.find((c) => c.getAttribute('data-id') === id)!.querySelector('.reach-flag');
  expect(flagOf('op-1')?.textContent).toBe('代表收不到提醒（微信退回了提醒（已关闭订阅），最近送达：12月3日），请电话联系代表。');
  expect(flagOf('op-2')).toBeNull();
  expect(screen.getByText('办理中')).toBeTruthy(); // the tab
});

test('the office’s staff page shows whether station alerts reach each staff member', async () => {
  taroTest.reset();
  fakeFunctions({
    'admin.staffOverview': ok({
      staff: [
        { openid: 'demo-staff-wyh', label: '王小红', name: '王小红', stations: [{ code: 'WYH01', name: '望月湖街道人大代表联络站' }], reach: REACHABLE },
        { openid: 'demo-staff-xjh', label: '李明', name: '李明', stations: [{ code: 'XJH01', name: '咸嘉湖街道人大代表联络站' }], reach: { reachable: false, label: '未开启提醒' } },
      ],
      openInvites: [],
    }),
    'admin.stations': ok({ items: [] }),
  });
  render(<AdminStaffPage />);
  expect(await screen.findByText('· 李明：咸嘉湖街道人大代表联络站')).toBeTruthy();
  const rows = Object.fromEntries(Array.from(document.querySelectorAll('.staff-row')).map((r) => [r.textContent!.split('：')[0]!.replace('· ', ''), r]));
  expect(rows['王小红']!.textContent).toContain('可接收提醒，最近送达：12月4日');
  expect(rows['王小红']!.getAttribute('data-reachable')).toBe('true');
  expect(rows['李明']!.textContent).toContain('联系不上：未开启提醒，从未送达');
  expect(rows['李明']!.getAttribute('data-reachable')).toBe('false');
});
