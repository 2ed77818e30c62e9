/**
 * Issue 18 in the app: an xlsx comes as a stored file (an id, a temporary URL, a name), and the
 * H5 side downloads it from the URL under its name, as it does a PDF (src/lib/open-file.h5.ts):
 * the roster template, the campaign summary and the duty record. (The opinion list: admin-dashboard.)
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import AdminRosterPage from '../../src/packages/admin/pages/roster/index';
import AdminCampaignsPage from '../../src/packages/admin/pages/campaigns/index';
import RecordPage from '../../src/packages/deputy/pages/record/index';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

/** The links the H5 side clicked to download a stored file. */
const downloads: { href: string; download: string }[] = [];
beforeEach(() => {
  taroTest.reset();
  downloads.length = 0;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ href: this.getAttribute('href')!, download: this.download });
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  restoreTransport();
});

/** A stored file as the functions answer it. */
const stored = (folder: string, fileName: string) => {
  const path = `generated/${folder}/x-20261129070000-0123456789abcdef.xlsx`;
  return { fileId: `local://${path}`, url: `/api/storage/${path}`, fileName };
};
const linkTo = (file: { url: string; fileName: string }) => ({ href: `${file.url}?name=${encodeURIComponent(file.fileName)}`, download: file.fileName });

it('代表名册: the template downloads from its URL', async () => {
  const file = stored('roster-templates', '代表名册模板.xlsx');
  const fake = fakeFunctions({
    'admin.rosterBatches': ok({ items: [] }),
    'admin.endedTerms': ok({ deputies: [], opinions: [] }),
    'admin.rosterTemplate': ok(file),
  });
  render(<AdminRosterPage />);
  await act(async () => fireEvent.click(await screen.findByText('下载名册模板')));
  expect(fake.callsTo('admin.rosterTemplate')).toHaveLength(1);
  expect(await screen.findByText('已下载 代表名册模板.xlsx')).toBeTruthy();
  expect(downloads).toEqual([linkTo(file)]);
});

it('主题活动: the summary of a region downloads as Excel from its URL', async () => {
  const file = stored('campaign-summaries', '活动总结-联系群众办实事-岳麓区.xlsx');
  const campaign = {
    id: 'cp0123456789',
    name: '联系群众办实事',
    from: '2026-11-01',
    to: '2026-12-31',
    reportDue: '2027-01-10',
    regions: [{ code: '430104', name: '岳麓区' }],
    levels: ['county'],
    levelLabels: ['县（市区）'],
    phase: 'running',
    phaseLabel: '进行中',
    daysElapsed: 29,
    daysTotal: 61,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
  const fake = fakeFunctions({
    'admin.campaigns': ok({ items: [campaign] }),
    'admin.regions': ok({ items: [{ code: '430104', name: '岳麓区', kind: 'county', depth: 0 }] }),
    'admin.exportCampaignSummary': ok(file),
  });
  render(<AdminCampaignsPage />);
  const button = await screen.findByText('活动总结Excel');
  await act(async () => fireEvent.click(button));
  expect(fake.callsTo('admin.exportCampaignSummary')[0].payload).toEqual({ id: 'cp0123456789', regionCode: '430104' });
  expect(await screen.findByText('已下载 活动总结-联系群众办实事-岳麓区.xlsx')).toBeTruthy();
  expect(downloads).toEqual([linkTo(file)]);
});

it('履职档案: the record downloads as Excel from its URL', async () => {
  const file = stored('duty-records', '履职档案-李红梅-2026-01-01至2026-12-31.xlsx');
  const fake = fakeFunctions({
    'deputy.dutyRecord': (p: { from: string; to: string }) =>
      ok({ deputy: { id: 'd-county-1', name: '李红梅', levelLabel: '县（市区）' }, from: p.from, to: p.to, rows: [{ label: '收到意见（件）', value: 3 }] }),
    'deputy.exportDutyRecord': ok(file),
  });
  render(<RecordPage />);
  await screen.findByText('收到意见（件）');
  await act(async () => fireEvent.click(screen.getByText('导出 Excel')));
  expect(fake.callsTo('deputy.exportDutyRecord')).toHaveLength(1);
  expect(await screen.findByText(`已下载 ${file.fileName}`)).toBeTruthy();
  expect(downloads).toEqual([linkTo(file)]);
});
