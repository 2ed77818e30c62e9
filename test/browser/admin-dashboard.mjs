#!/usr/bin/env node
/**
 * The region admin's dashboard in a real browser (Chromium, headless) against the local run:
 * opinions come in and are handled through the API; the admin opens 数据看板 from the admin
 * home, sees the key figures as tiles first and the charts drawn (pixels on each canvas, in
 * the app's colours, month labels that do not collide), filters in the folded 筛选 sheet by
 * station and by level (the figures follow the same API answer, the one-line summary says
 * what is shown), is told plainly when a period picked on the month wheels ends before it
 * starts, and exports the list as .xlsx — read back with exceljs: the rows match the
 * dashboard, an anonymous resident's phone is absent and the other phones are masked. Then
 * 代表履职 (issue 23): the per-deputy table from the admin home, sorted by 办结, and a deputy's
 * 履职档案 opened from it, listing the cases handled (the tracking numbers the API holds).
 * Then 热点问题 (issue 25): the demo year's open cases about one lift at 望月湖 and one stretch of
 * street lights at 咸嘉湖 show as a hot topic with its counts; the weekly 汇总报告 downloads as a
 * PDF (its text names the week's top topic) and as an xlsx (its 热点问题 rows are the API's);
 * the panel's link opens 汇总整理 with that group, and below the groups what merges taught the county.
 * Starts `npm start` itself on a fresh data dir and a free port, unless BASE_URL is given.
 * Screenshots go to test-results/admin-dashboard/; any failed step fails the run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { agreePrivacy, callFunction as api, createWalk, launchBrowser, newContext, root, runWalk, screen, see, startServer, tap } from './support.mjs';
import { pick } from './picker.mjs';

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
  const a = await submit('walk-res-1', { text: '小区电梯经常故障，物业维修不及时，老人上下楼很困难。', phone: PHONE, allowContact: true });
  const b = await submit('walk-res-2', { text: '楼道的灯坏了两个月，晚上出行很不安全，请帮忙协调。', anonymous: true, phone: ANON_PHONE });
  await submit('walk-res-3', { stationCode: 'XJH01', category: '生态环境', text: '咸嘉湖边有人倾倒垃圾，气味很大，希望加强管理。' });
  await submit('walk-res-4', { category: '民政养老', text: '社区养老服务站开放时间太短，希望周末也能开放。' });
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
    await api(base, 'deputy', 'resolve', { id: a.id, kind: 'solved', text: '已协调物业更换电梯控制柜，现已正常运行。' }, a.holder);
    await api(base, 'opinion', 'rate', { id: a.id, result: 'satisfied', attitude: 'satisfied' }, 'walk-res-1');
  }
  if (b.holder) {
    await api(base, 'deputy', 'reply', { id: b.id, text: '已联系街道，本周内更换楼道灯并检查线路，完成后告知您。' }, b.holder);
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

/** The key figure tile `key` shows `value`. */
async function tileShows(page, key, value) {
  await screen(page).locator(`.kpi[data-kpi="${key}"] .kpi__value`).getByText(value, { exact: true }).waitFor();
}

/** Opens 筛选; `choose` taps in the sheet; 查看结果 applies it. */
async function filter(page, choose) {
  await tap(page, '筛选');
  const sheet = screen(page).locator('.ui-half');
  await sheet.getByText('代表层级', { exact: true }).waitFor();
  await choose(sheet);
  await tap(sheet, '查看结果');
  await sheet.waitFor({ state: 'hidden' });
}

/** Pixels of `colour` (#rrggbb) on the canvas, roughly (antialiasing blurs edges). */
const colourPixels = (page, id, colour) =>
  page.evaluate(
    ([canvasId, hex]) => {
      const c = document.getElementById(canvasId);
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && want.every((v, k) => Math.abs(d[i + k] - v) < 12)) n++;
      return n;
    },
    [id, colour],
  );

runWalk(walk, 'admin dashboard', async () => {
  // No timer: the walk runs the relay itself once its writes are in (one relay at a time holds the lease).
  const base = await startServer({ tmpPrefix: 'lianluozhan-admin-dashboard-', env: () => ({ SCHEDULER: 'off' }) });
  await fillOpinions(base);
  const browser = await launchBrowser();
  const context = await newContext(browser, { viewport: { width: 390, height: 2700 }, acceptDownloads: true, persona: ADMIN });
  const admin = await walk.openPage(context, `${base}/#/packages/admin/pages/index/index`);
  const whole = await api(base, 'admin', 'dashboard', {}, ADMIN);

  await step('the admin opens the dashboard from the admin home: key figures as tiles, then the charts', admin, async () => {
    await tap(admin, '数据看板');
    await tileShows(admin, 'received', String(whole.totals.received));
    await see(admin, `已办结 ${whole.totals.resolved} 件`);
    await see(admin, '代表答复率');
    // The tiles come first; the filters are one line until opened.
    const first = await screen(admin).locator('.kpi-grid, .card').first().getAttribute('class');
    if (first !== 'kpi-grid') throw new Error(`the first block is ${first}`);
    await see(admin, new RegExp(`^岳麓区 · ${whole.period.from}至${whole.period.to}$`));
    if (await screen(admin).getByText('代表层级', { exact: true }).count()) throw new Error('the filters are not folded away');
    await chartsDrawn(admin, ['chart-trend', 'chart-category', 'chart-level', 'chart-region', 'chart-station']);
    // The app's colours (src/app.css: --c-info, --c-success), not the chart library's blue and green.
    for (const [id, colour] of [['chart-trend', '#10aeff'], ['chart-category', '#07c160']]) {
      if ((await colourPixels(admin, id, colour)) < 20) throw new Error(`${id} has no ${colour}`);
    }
    if ((await colourPixels(admin, 'chart-trend', '#1f6feb')) > 0) throw new Error('the trend still uses the library blue');
    await snap(admin, 'dashboard');
  });

  await step('筛选 opens as a sheet over the page', admin, async () => {
    await tap(admin, '筛选');
    const sheet = screen(admin).locator('.ui-half');
    await sheet.getByText('代表层级', { exact: true }).waitFor();
    await snap(admin, 'filter-sheet');
    await sheet.locator('.ui-half__close').click();
    await sheet.waitFor({ state: 'hidden' });
  });

  await step('filters by station: the figures are that station’s', admin, async () => {
    await filter(admin, (sheet) => tap(sheet.locator('.chip'), '咸嘉湖街道人大代表联络站'));
    const xjh = await api(base, 'admin', 'dashboard', { stationCode: 'XJH01' }, ADMIN);
    await see(admin, new RegExp(`^岳麓区 · 咸嘉湖街道人大代表联络站 · `));
    await tileShows(admin, 'received', String(xjh.totals.received));
    if (xjh.totals.received >= whole.totals.received) throw new Error('the station filter did not narrow the figures');
    await chartsDrawn(admin, ['chart-trend']);
    await snap(admin, 'filtered-station');
  });

  await step('filters by level: county deputies only', admin, async () => {
    await filter(admin, async (sheet) => {
      await tap(sheet.locator('.chip'), '全部联络站');
      await tap(sheet.locator('.chip'), '县（市区）');
    });
    const county = await api(base, 'admin', 'dashboard', { level: 'county' }, ADMIN);
    await see(admin, new RegExp(`^岳麓区 · 县（市区）代表 · `));
    await tileShows(admin, 'received', String(county.totals.received));
    await snap(admin, 'filtered-level');
  });

  await step('a period picked on the month wheels that ends before it starts is refused in plain words', admin, async () => {
    await tap(admin, '筛选');
    const sheet = screen(admin).locator('.ui-half');
    await sheet.getByText('代表层级', { exact: true }).waitFor();
    await pick(admin, '开始月份', ['2026年', '12月'], { scope: sheet });
    const wheel = await pick(admin, '结束月份', ['2026年', '01月'], { scope: sheet, keepOpen: true });
    await snap(admin, 'month-picker');
    await wheel.confirm();
    await sheet.getByText('2026-01', { exact: true }).waitFor();
    await tap(sheet, '查看结果');
    await see(admin, /结束月份（2026-01）不能早于开始月份（2026-12）/);
    await snap(admin, 'period-refused');
    // 重置: the last 12 months of the whole region again.
    await tap(admin, '筛选');
    await tap(screen(admin).locator('.ui-half'), '重置（近12个月，全部）');
    await screen(admin).locator('.ui-half').waitFor({ state: 'hidden' });
    await tileShows(admin, 'received', String(whole.totals.received));
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
    await see(admin, /已下载 意见清单-岳麓区-.*\.xlsx（共 \d+ 条）/);
    await snap(admin, 'exported');
  });
  await step('代表履职: the admin opens the per-deputy table, sorts by 办结 and opens a deputy’s record with the cases handled', admin, async () => {
    const office = await walk.openPage(context, `${base}/#/packages/admin/pages/index/index`);
    await tap(office, '代表履职');
    const shown = await api(base, 'admin', 'deputyTable', {}, ADMIN);
    const first = screen(office).locator('.deputy-row').first();
    await first.locator('.deputy-row__name').getByText(shown.items[0].name, { exact: true }).waitFor();
    await snap(office, 'deputies');
    await tap(screen(office).locator('.sort-chips'), '办结');
    await screen(office).locator('.sort-chips').getByText('办结 ↓', { exact: true }).waitFor();
    const byResolved = await api(base, 'admin', 'deputyTable', { sort: 'resolved' }, ADMIN);
    const top = byResolved.items[0];
    if (top.resolved < 1) throw new Error(`nobody resolved anything: ${JSON.stringify(byResolved.items)}`);
    await first.locator('.deputy-row__name').getByText(top.name, { exact: true }).waitFor();
    await first.locator('.figure--sorted .figure__value').getByText(String(top.resolved), { exact: true }).waitFor();
    // Those with nothing in the period come last.
    const nothing = byResolved.items.filter((r) => r.nothing).length;
    if (nothing === 0 || !byResolved.items.slice(-nothing).every((r) => r.nothing)) throw new Error('deputies with nothing are not last');
    await snap(office, 'deputies-by-resolved');

    await first.click();
    const year = shown.period.from.slice(0, 4);
    const cases = await api(base, 'admin', 'deputyRecordCases', { deputyId: top.deputyId, from: `${year}-01-01`, to: `${year}-12-31` }, ADMIN);
    if (cases.items.length === 0) throw new Error(`${top.name} has no cases`);
    await see(office, `${top.name}代表履职档案（${year}-01-01 至 ${year}-12-31）`);
    await see(office, `办理的意见（${cases.total}件）`);
    for (const c of cases.items) await see(office, c.trackingNo);
    await see(office, /已解决 · 群众评价：满意/);
    await snap(office, 'deputy-record');
    await office.close();
  });

  // 热点问题 (issue 25, decision 0036): the demo year's residents lately wrote about one lift at
  // 望月湖 and one stretch of street lights at 咸嘉湖 (server/local/demo-year/designs.ts: same-lift-*, same-lights-*).
  const hot = await walk.openPage(context, `${base}/#/packages/admin/pages/index/index`);
  const topics = await api(base, 'admin', 'hotTopics', { period: 'month' }, ADMIN);
  const demoTopic = topics.items.find((t) => /电梯|路灯/.test(t.label) && /望月湖|咸嘉湖/.test(`${t.label}${t.places}`));
  const panel = screen(hot).getByTestId('hot-topics');
  await step('热点问题 on the dashboard: the demo year’s lift or street lights, with its cases and 附议', hot, async () => {
    if (!demoTopic) throw new Error(`no hot topic about the demo year's lift or street lights this month: ${JSON.stringify(topics.items.map((t) => t.label))}`);
    await tap(hot, '数据看板');
    await panel.waitFor();
    await panel.getByText(`${topics.region.name} · ${topics.period.label}：`, { exact: false }).waitFor();
    // Every topic the API gives, in its order, each with its counts.
    const rows = panel.locator('.hot-topic');
    await rows.nth(topics.items.length - 1).waitFor();
    if ((await rows.count()) !== topics.items.length) throw new Error(`the panel lists ${await rows.count()} topics, the API ${topics.items.length}`);
    for (const [i, t] of topics.items.entries()) {
      const row = rows.nth(i);
      if ((await row.getAttribute('data-topic')) !== t.id) throw new Error(`topic ${i + 1} is not ${t.label}`);
      await row.getByText(t.label, { exact: true }).waitFor();
      await row.locator('.hot-topic__total').getByText(`${t.cases}件${t.seconds ? ` · 附议${t.seconds}` : ''}`, { exact: true }).waitFor();
    }
    if (demoTopic.cases < 2) throw new Error(`the demo topic holds one case: ${JSON.stringify(demoTopic)}`);
    await panel.scrollIntoViewIfNeeded();
    await snap(hot, 'hot-topics');
  });

  await step('the weekly 汇总报告 downloads as a PDF and as an xlsx: the week’s hot topics', hot, async () => {
    const week = await api(base, 'admin', 'weeklyReport', { week: topics.period.to }, ADMIN);
    const shown = week.summary.hotTopics;
    if (shown.length === 0) throw new Error('the week’s report has no hot topic');
    const save = async (label, ext) => {
      const [dl] = await Promise.all([hot.waitForEvent('download', { timeout: 30_000 }), tap(panel, label)]);
      const name = dl.suggestedFilename();
      if (!new RegExp(`^意见汇总报告-${topics.region.name}-${week.summary.week.from}\\.${ext}$`).test(name)) throw new Error(`downloaded "${name}"`);
      const file = path.join(outDir, name);
      await dl.saveAs(file);
      if (fs.statSync(file).size === 0) throw new Error(`${name} is empty`);
      await panel.getByText(`已下载 ${name}`, { exact: true }).waitFor();
      return file;
    };
    const pdf = await save('下载 PDF', 'pdf');
    if (fs.readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') throw new Error('the PDF report is not a PDF');
    execFileSync('sh', [path.join(root, 'scripts/ensure-poppler.sh')], { stdio: 'ignore' });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const want of [`${week.summary.week.from}`, shown[0].label.replace(/\s+/g, '')]) {
      if (!text.includes(want)) throw new Error(`the PDF report lacks "${want}": ${text.slice(0, 300)}`);
    }
    const xlsx = await save('下载 Excel', 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const rows = [];
    wb.getWorksheet('热点问题').eachRow((row, i) => i > 1 && row.getCell(1).value && rows.push(row.values.slice(1)));
    const got = rows.map((r) => `${r[1]}|${r[5]}|${r[6]}`).join('；');
    const want = shown.map((t) => `${t.label}|${t.cases}|${t.seconds}`).join('；');
    if (got !== want) throw new Error(`the xlsx's 热点问题 read ${got}, the API ${want}`);
    await snap(hot, 'weekly-report-downloaded');
  });

  await step('the panel’s link opens 汇总整理 with the demo group, its cases open to merging', hot, async () => {
    await tap(panel, '汇总整理：合并同类意见');
    const card = screen(hot).locator(`.group-card[data-group="${demoTopic.id}"]`);
    await card.waitFor();
    await card.getByText(demoTopic.label, { exact: true }).waitFor();
    await card.getByText(/^可合并 \d+ 件$/).waitFor();
    await snap(hot, 'admin-groups');
  });

  await step('below its groups the office sees what merges taught the county: the demo year’s link, as the API answers', hot, async () => {
    const answer = await api(base, 'admin', 'groups', { period: 'month', limit: 10 }, ADMIN);
    const learned = answer.learned ?? [];
    if (!learned.length) throw new Error('the demo year taught the county no link (admin.groups answered no `learned`)');
    const box = screen(hot).getByTestId('learned-links');
    await box.getByText('合并中学到的同类说法', { exact: true }).waitFor();
    for (const l of learned) {
      await box.getByText(`${l.labels[0]} ≈ ${l.labels[1]}`, { exact: true }).waitFor();
      await box.getByText(`${l.merges}件`, { exact: true }).first().waitFor();
    }
    await box.scrollIntoViewIfNeeded();
    await snap(hot, 'admin-groups-learned');
  });
  await hot.close();
  await context.close();
});
