#!/usr/bin/env node
/**
 * The region admin's dashboard in a real browser (Chromium, headless) against the local run:
 * opinions come in and are handled through the API; the admin opens 数据看板 from the admin
 * home, sees the figures and the charts drawn (pixels on each canvas), filters by station and
 * by level (the figures follow the same API answer), is told plainly when a period ends
 * before it starts, and exports the list as .xlsx — read back with exceljs: the rows match
 * the dashboard, an anonymous resident's phone is absent and the other phones are masked.
 * Starts `npm start` itself on a fresh data dir and a free port, unless BASE_URL is given.
 * Screenshots go to test-results/admin-dashboard/; any failed step fails the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { agreePrivacy, callFunction as api, createWalk, field, launchBrowser, newContext, runWalk, screen, see, startServer, tap } from './support.mjs';

const ADMIN = 'demo-admin-yuelu';
const COUNTY_DEPUTY = 'demo-deputy-county';
const TOWNSHIP_DEPUTY = 'demo-deputy-township';
const PHONE = '13812345678';
const ANON_PHONE = '13900001111';

const walk = createWalk('admin-dashboard');
const { outDir, snap, step } = walk;

/** Opinions at two stations, handled in different ways; returns nothing, the API holds them. */
async function fillOpinions(base) {
  let n = 0;
  const submit = async (openid, payload) =>
    (await agreePrivacy(base, openid)) &&
    api(base, 'opinion', 'submit', { stationCode: 'WYH01', category: '住房物业', requestId: `walk-dash-${Date.now().toString(36)}-${++n}`, ...payload }, openid);
  const a = await submit('walk-res-1', { text: '小区电梯经常故障,物业维修不及时,老人上下楼很困难。', phone: PHONE, allowContact: true });
  const b = await submit('walk-res-2', { text: '楼道的灯坏了两个月,晚上出行很不安全,请帮忙协调。', anonymous: true, phone: ANON_PHONE });
  await submit('walk-res-3', { stationCode: 'XJH01', category: '生态环境', text: '咸嘉湖边有人倾倒垃圾,气味很大,希望加强管理。' });
  await submit('walk-res-4', { category: '民政养老', text: '社区养老服务站开放时间太短,希望周末也能开放。' });
  // Routing chose one of the two deputies of 望月湖: the one whose accept is not refused holds it.
  for (const o of [a, b]) {
    for (const who of [COUNTY_DEPUTY, TOWNSHIP_DEPUTY]) {
      try {
        await api(base, 'deputy', 'accept', { id: o.id }, who);
        o.holder = who;
        break;
      } catch {
        // not this deputy's
      }
    }
  }
  if (a.holder) {
    await api(base, 'deputy', 'resolve', { id: a.id, kind: 'solved', text: '已协调物业更换电梯控制柜,现已正常运行。' }, a.holder);
    await api(base, 'opinion', 'rate', { id: a.id, result: 'satisfied', attitude: 'satisfied' }, 'walk-res-1');
  }
  if (b.holder) {
    await api(base, 'deputy', 'reply', { id: b.id, text: '已联系街道,本周内更换楼道灯并检查线路,完成后告知您。' }, b.holder);
  }
  // The counters move in the relay that follows writes (the scheduler's minute trigger): run it now, as an admin may.
  const relayed = await api(base, 'scheduler', 'relay', {}, ADMIN);
  if (!relayed.ran) throw new Error('the relay did not run (another held its lease)');
}

/** Waits until each chart's canvas has painted at least 500 pixels (a chart that drew nothing has none). */
async function chartsDrawn(page, ids) {
  for (const id of ids) {
    await page.locator(`canvas#${id}`).waitFor();
    await page
      .waitForFunction((canvasId) => {
        const c = document.getElementById(canvasId);
        if (!c || !c.width) return false;
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < data.length && painted < 500; i += 4) if (data[i] > 0) painted++;
        return painted >= 500;
      }, id)
      .catch((e) => {
        throw new Error(`chart ${id} did not draw: ${e.message}`);
      });
  }
}

runWalk(walk, 'admin dashboard', async () => {
  // No timer: the walk runs the relay itself once its writes are in (one relay at a time holds the lease).
  const base = await startServer({ tmpPrefix: 'lianluozhan-admin-dashboard-', env: () => ({ SCHEDULER: 'off' }) });
  await fillOpinions(base);
  const browser = await launchBrowser();
  const context = await newContext(browser, { viewport: { width: 390, height: 2700 }, acceptDownloads: true, persona: ADMIN });
  const admin = await walk.openPage(context, `${base}/#/packages/admin/pages/index/index`);
  const whole = await api(base, 'admin', 'dashboard', {}, ADMIN);

  await step('the admin opens the dashboard from the admin home: figures and charts', admin, async () => {
    await tap(admin, '数据看板');
    await see(admin, `收到意见 ${whole.totals.received} 件 · 已办结 ${whole.totals.resolved} 件`);
    await see(admin, /^代表答复率/);
    await chartsDrawn(admin, ['chart-trend', 'chart-category', 'chart-level', 'chart-region', 'chart-station']);
    await snap(admin, 'dashboard');
  });

  await step('filters by station: the figures are that station’s', admin, async () => {
    const s = screen(admin);
    await tap(s.locator('.chip'), '咸嘉湖街道人大代表联络站');
    const xjh = await api(base, 'admin', 'dashboard', { stationCode: 'XJH01' }, ADMIN);
    await see(admin, '岳麓区 · 咸嘉湖街道人大代表联络站');
    await see(admin, `收到意见 ${xjh.totals.received} 件 · 已办结 ${xjh.totals.resolved} 件`);
    if (xjh.totals.received >= whole.totals.received) throw new Error('the station filter did not narrow the figures');
    await chartsDrawn(admin, ['chart-trend']);
    await snap(admin, 'filtered-station');
    await tap(s.locator('.chip'), '全部');
  });

  await step('filters by level: county deputies only', admin, async () => {
    const s = screen(admin);
    await tap(s.locator('.chip'), '县(市区)');
    const county = await api(base, 'admin', 'dashboard', { level: 'county' }, ADMIN);
    await see(admin, '岳麓区 · 县(市区)代表');
    await see(admin, `收到意见 ${county.totals.received} 件 · 已办结 ${county.totals.resolved} 件`);
    await snap(admin, 'filtered-level');
  });

  await step('a period that ends before it starts is refused in plain words', admin, async () => {
    await field(admin, '开始月份').fill('2026-12');
    await field(admin, '结束月份').fill('2026-01');
    await tap(admin, '按期间查询');
    await see(admin, /结束月份\(2026-01\)不能早于开始月份\(2026-12\)/);
    await snap(admin, 'period-refused');
    await field(admin, '开始月份').fill('');
    await field(admin, '结束月份').fill('');
    await tap(admin, '按期间查询');
    await screen(admin).locator('.chip').getByText('全部', { exact: true }).nth(1).click(); // the levels' 全部 (the first is the stations')
    await see(admin, `收到意见 ${whole.totals.received} 件 · 已办结 ${whole.totals.resolved} 件`);
  });

  await step('exports the list as xlsx: rows match, anonymous identity absent, phones masked', admin, async () => {
    const [dl] = await Promise.all([admin.waitForEvent('download', { timeout: 30_000 }), tap(admin, '导出 Excel')]);
    const name = dl.suggestedFilename();
    if (!/^意见清单-岳麓区-.*\.xlsx$/.test(name)) throw new Error(`downloaded "${name}"`);
    const file = path.join(outDir, name);
    await dl.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('意见清单');
    const header = sheet.getRow(1).values.slice(1);
    const rows = [];
    sheet.eachRow((row, i) => i > 1 && rows.push(row.values.slice(1)));
    const shown = await api(base, 'admin', 'dashboard', {}, ADMIN);
    if (rows.length !== shown.totals.received) throw new Error(`xlsx has ${rows.length} rows, the dashboard ${shown.totals.received}`);
    const col = (h) => header.indexOf(h);
    const text = JSON.stringify(rows);
    for (const secret of [PHONE, ANON_PHONE, 'walk-res-']) if (text.includes(secret)) throw new Error(`the xlsx contains ${secret}`);
    if (!rows.some((r) => r[col('联系电话')] === '138****5678')) throw new Error('the masked phone is missing');
    const anon = rows.find((r) => r[col('居民')] === '匿名');
    if (!anon || (anon[col('联系电话')] ?? '') !== '') throw new Error('the anonymous row shows a phone');
    await see(admin, /已下载 意见清单-岳麓区-.*\.xlsx\(共 \d+ 条\)/);
    await snap(admin, 'exported');
  });
  await context.close();
});
