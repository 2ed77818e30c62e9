#!/usr/bin/env node
/**
 * The region admin's roster work in a real browser (Chromium, headless) against the local run:
 *   the admin issues a staff invite code for a person by name and a new person opens the staff
 *   desk with it on 我的; the office then lists the person by that name (never a WeChat id);
 *   the admin imports a roster (.xlsx) with a few bad rows, sees them reported row by row,
 *   activates the batch and the new deputies appear on the station page; a second roster
 *   updates one of them (stations, specialties, phone, term end) and leaves another unchanged:
 *   the report shows the update's diff (old → new) before activation; the admin creates a
 *   campaign (its days picked on date wheels), reads its progress and opens the summary PDF
 *   (rendered with pdftoppm, read back); the admin adds an 意见类别 of the region with its
 *   department, and a resident at a station of the region chooses it on the write form and
 *   submits (decision 0035).
 * Starts `npm start` itself on a fresh data dir and a free port, unless BASE_URL is given.
 * Screenshots go to test-results/admin-roster/; any failed step fails the run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { agreePrivacy, callFunction as api, createWalk, field, launchBrowser, newContext, root, runWalk, screen, see, startServer, tap } from './support.mjs';
import { pick } from './picker.mjs';

const ADMIN = 'demo-admin-yuelu';
const NEWCOMER = 'walk-new-staff';
const HEADER = ['姓名', '层级', '选举地区', '联络站', '专业领域', '届次', '任期届满', '简介', '代表证号', '办公电话'];
const GOOD = [
  ['朱镕基', '县', '望月湖街道', 'WYH01', '住房物业、民政养老', '第十八届', '2031-12-31', '社区网格员'],
  ['钱喆', '乡', '咸嘉湖街道', 'XJH01', '教育', '第十八届', '2031-12-31', ''],
  ['孙堃', '市', '岳麓区', 'YL01、WYH01', '交通出行', '第十七届', '2031-12-31', ''],
];
const BAD = [
  ['王五', '村', '望月湖街道', 'WYH01', '', '第十八届', '2031-12-31', ''],
  ['赵六', '县', '火星街道', 'WYH01', '', '第十八届', '2031-12-31', ''],
  ['吴九', '县', '咸嘉湖街道', 'XJH01', '', '第十八届', '2031-12-31', '', '', '12345'],
];
// The next roster: 朱镕基 joins 咸嘉湖 too, with new specialties, an office phone and a later term end; 钱喆 as he is.
const UPDATE = [
  ['朱镕基', '县', '望月湖街道', 'WYH01、XJH01', '住房物业、教育', '第十八届', '2032-12-31', '', '', '0731-88880002'],
  GOOD[1],
];

const walk = createWalk('admin-roster');
const { outDir, snap, step } = walk;

runWalk(walk, 'admin roster', async () => {
  execFileSync('sh', [path.join(root, 'scripts/ensure-poppler.sh')], { stdio: 'inherit' });
  const base = await startServer({ tmpPrefix: 'lianluozhan-admin-roster-' });
  const browser = await launchBrowser();
  async function openAs(openid, hash) {
    const context = await newContext(browser, { viewport: { width: 390, height: 1100 }, acceptDownloads: true, persona: openid });
    return walk.openPage(context, `${base}/#${hash}`);
  }

  const admin = await openAs(ADMIN, '/packages/admin/pages/index/index');
  await step('the admin home links to staff, roster and campaigns', admin, async () => {
    await see(admin, '代表名册');
    await see(admin, '主题活动');
    await snap(admin, 'admin-home');
  });

  let code = '';
  await step('the admin issues a staff invite code for a station', admin, async () => {
    await tap(admin, '工作人员与邀请码');
    await see(admin, '发放工作人员邀请码');
    const s = screen(admin);
    await tap(s, '咸嘉湖街道人大代表联络站');
    await field(s, '给谁（姓名，选填）').fill('王小红');
    await tap(s, '生成邀请码');
    await see(admin, '邀请码已生成，只显示这一次，请抄给工作人员');
    await see(admin, '给：王小红');
    code = (await s.locator('.invite-code .card__title').innerText()).trim();
    if (!/^[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(code)) throw new Error(`unexpected invite code ${code}`);
    await snap(admin, 'staff-invite-issued');
  });

  await step('a new person enters the code on 我的 and gets the staff desk', admin, async () => {
    const person = await openAs(NEWCOMER, '/pages/me/index');
    walk.currentPage = person;
    await tap(person, '我是联络站工作人员');
    await see(person, '输入工作人员邀请码');
    await field(screen(person), '邀请码').fill(code);
    await tap(screen(person), '开通');
    await see(person, '已开通联络站工作台：咸嘉湖街道人大代表联络站');
    await snap(person, 'staff-joined');
    const mine = await api(base, 'staff', 'myStations', {}, NEWCOMER);
    if (mine.items.map((s) => s.code).join() !== 'XJH01') throw new Error(`staff stations: ${JSON.stringify(mine.items)}`);
    await tap(person, '进入联络站工作台');
    await see(person, /咸嘉湖街道人大代表联络站/);
    await snap(person, 'staff-desk');
    await person.context().close();
  });

  await step('the office lists the new staff member by the name on the invite, never a WeChat id', admin, async () => {
    await admin.goto(`${base}/#/packages/admin/pages/staff/index`);
    await see(admin, '· 王小红：咸嘉湖街道人大代表联络站');
    const text = await screen(admin).innerText();
    if (/walk-new-staff|demo-staff/.test(text)) throw new Error('the staff page shows a WeChat id');
    await snap(admin, 'staff-by-name');
    await admin.goto(`${base}/#/packages/admin/pages/stations/index`);
    await screen(admin).locator('.admin-station[data-code="XJH01"]').getByText(/^工作人员：.*王小红/).waitFor();
    await snap(admin, 'stations-staff-by-name');
  });

  await step('the admin uploads a roster with bad rows and sees each reported', admin, async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('代表名册');
    for (const r of [HEADER, ...GOOD, ...BAD]) sheet.addRow(r);
    const file = path.join(outDir, '岳麓区代表名册.xlsx');
    await wb.xlsx.writeFile(file);
    await admin.goto(`${base}/#/packages/admin/pages/roster/index`);
    await see(admin, '导入代表名册');
    const [chooser] = await Promise.all([admin.waitForEvent('filechooser'), tap(admin, '选择名册文件')]);
    await chooser.setFiles(file);
    await see(admin, '已检查 6 行：新增 3 位，更新 0 位，无变化 0 位，有误 3 行');
    const problem = (row) => screen(admin).locator('.roster-problem', { has: admin.getByText(`第${row}行`, { exact: false }) });
    await problem(5).getByText(/层级"村"不正确/).waitFor();
    await problem(6).getByText(/没有找到选举地区"火星街道"/).waitFor();
    await problem(7).getByText(/办公电话"12345"不正确/).waitFor();
    await snap(admin, 'roster-report');
    const before = await api(base, 'station', 'get', { code: 'WYH01' });
    if (before.deputies.some((d) => d.name === '朱镕基')) throw new Error('a staged deputy is visible before activation');
  });

  await step('the admin activates the batch; the deputies appear on their stations together', admin, async () => {
    await tap(admin, '激活这批名册（新增3位，更新0位）');
    await see(admin, '已激活：新增 3 位，更新 0 位代表');
    await snap(admin, 'roster-activated');
    const wyh = await api(base, 'station', 'get', { code: 'WYH01' });
    const names = wyh.deputies.map((d) => d.name);
    if (!names.includes('朱镕基') || !names.includes('孙堃')) throw new Error(`WYH01 deputies: ${names.join('、')}`);
  });

  await step('a second roster updates one deputy: the report shows the diff before activation', admin, async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('代表名册');
    for (const r of [HEADER, ...UPDATE]) sheet.addRow(r);
    const file = path.join(outDir, '岳麓区代表名册（换届调整）.xlsx');
    await wb.xlsx.writeFile(file);
    const [chooser] = await Promise.all([admin.waitForEvent('filechooser'), tap(admin, '选择名册文件')]);
    await chooser.setFiles(file);
    await see(admin, '已检查 2 行：新增 0 位，更新 1 位，无变化 1 位，有误 0 行');
    const update = screen(admin).locator('.roster-update[data-row="2"]');
    await update.getByText('第2行 朱镕基（县（市区），望月湖街道）').waitFor();
    const change = async (field, from, to) => {
      const line = update.locator(`[data-field="${field}"]`);
      const [was, now] = [await line.locator('.roster-change__from').innerText(), await line.locator('.roster-change__to').innerText()];
      if (was !== from || now !== to) throw new Error(`${field}: ${was} → ${now}, expected ${from} → ${to}`);
    };
    await change('stations', '望月湖街道人大代表联络站', '望月湖街道人大代表联络站、咸嘉湖街道人大代表联络站');
    await change('specialties', '住房物业、民政养老', '住房物业、教育');
    await change('officePhone', '无', '073188880002');
    await change('termEnd', '2031-12-31', '2032-12-31');
    await see(admin, '第3行 钱喆');
    // The toast saying what was checked is drawn over the page: the diff is snapped once it is gone.
    await admin.locator('.taro__toast').getByText(/^已检查 2 行/).first().waitFor({ state: 'hidden' });
    await update.scrollIntoViewIfNeeded();
    await snap(admin, 'roster-update-diff');
    // Staged: the deputy is not yet at 咸嘉湖.
    const xjh = await api(base, 'station', 'get', { code: 'XJH01' });
    if (xjh.deputies.some((d) => d.name === '朱镕基')) throw new Error('a staged update is visible before activation');
  });

  await step('the admin activates the update; the deputy joins the station with the new specialties', admin, async () => {
    await tap(admin, '激活这批名册（新增0位，更新1位）');
    await see(admin, '已激活：新增 0 位，更新 1 位代表');
    await see(admin, '已更新的代表');
    await snap(admin, 'roster-update-activated');
    const xjh = await api(base, 'station', 'get', { code: 'XJH01' });
    const zhu = xjh.deputies.find((d) => d.name === '朱镕基');
    if (!zhu || zhu.specialties.join('、') !== '住房物业、教育') throw new Error(`XJH01 deputies: ${JSON.stringify(xjh.deputies.map((d) => [d.name, d.specialties]))}`);
    const wyh = await api(base, 'station', 'get', { code: 'WYH01' });
    if (!wyh.deputies.some((d) => d.name === '朱镕基')) throw new Error('朱镕基 left 望月湖 though the roster keeps him there');
  });

  await step('a wrong file is refused with a clear message', admin, async () => {
    const png = path.join(root, 'test/fixtures/elevator.png');
    const renamed = path.join(outDir, 'not-a-roster.xlsx');
    fs.copyFileSync(png, renamed);
    const [chooser] = await Promise.all([admin.waitForEvent('filechooser'), tap(admin, '选择名册文件')]);
    await chooser.setFiles(renamed);
    await see(admin, /文件内容是PNG 图片，不是表格/);
    await snap(admin, 'roster-png-refused');
  });

  let pdfFile = '';
  await step('the admin creates a campaign, reads its progress and opens the summary PDF', admin, async () => {
    await admin.goto(`${base}/#/packages/admin/pages/campaigns/index`);
    await see(admin, '新建主题活动');
    const s = screen(admin);
    await field(s, '活动名称').fill('联系群众办实事');
    // The days are picked on date wheels, never typed.
    await pick(admin, '开始日期', ['2026年', '11月', '01日']);
    const wheel = await pick(admin, '结束日期', ['2026年', '10月', '01日'], { keepOpen: true });
    await snap(admin, 'campaign-date-picker');
    await wheel.confirm();
    await see(admin, '2026-10-01');
    await tap(s, '岳麓区');
    await tap(s, '新建活动');
    await see(admin, '结束日期（2026-10-01）早于开始日期（2026-11-01），请检查活动期间');
    await snap(admin, 'campaign-period-refused');
    await pick(admin, '结束日期', ['2026年', '12月', '31日']);
    await tap(s, '新建活动');
    await see(admin, '已新建主题活动「联系群众办实事」');
    // Its own card: the demo year has the year's campaign of a similar name (“…联系群众办实事”主题活动).
    const card = s.locator('.campaign', { has: admin.locator('.card__title', { hasText: /^联系群众办实事 · / }) });
    await tap(card, '进展');
    await s.locator('.campaign-progress').waitFor();
    await see(admin, /收到意见 \d+ 件/);
    await snap(admin, 'campaign-progress');
    // 活动总结 (issue 23): activities by kind, and every figure per township with 区本级 and the total.
    const kinds = await s.locator('[role=list][aria-label="履职活动（按类别）"] [role=listitem]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    if (kinds.map((k) => k.split(' ')[0]).join() !== '接待,专题调研,集中视察,代表小组活动,走访,合计') throw new Error(`activities by kind read ${kinds.join('、')}`);
    const table = s.locator('[role=table][aria-label="分乡镇（街道）"]');
    const rows = await table.locator('[role=row]').allInnerTexts();
    for (const name of ['地区', '望月湖街道', '咸嘉湖街道', '区本级', '合计']) {
      if (!rows.some((r) => r.trim().startsWith(name))) throw new Error(`the table per township has no row ${name}: ${rows.join(' | ')}`);
    }
    await table.scrollIntoViewIfNeeded();
    await admin.locator('.taro__toast').getByText(/^已新建主题活动/).first().waitFor({ state: 'hidden' });
    await snap(admin, 'campaign-by-kind-and-township');
    pdfFile = path.join(outDir, 'campaign-summary.pdf');
    const [dl] = await Promise.all([admin.waitForEvent('download'), tap(card, '活动总结PDF')]);
    await dl.saveAs(pdfFile);
    if (fs.readFileSync(pdfFile).subarray(0, 5).toString() !== '%PDF-') throw new Error('活动总结PDF did not give a PDF');
    const [xl] = await Promise.all([admin.waitForEvent('download'), tap(card, '活动总结Excel')]);
    await xl.saveAs(path.join(outDir, 'campaign-summary.xlsx'));
  });

  await step('the summary PDF renders and reads back in Chinese', admin, async () => {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfFile, pdfFile.replace(/\.pdf$/, '')]);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    for (const words of ['联系群众办实事', '活动总结 · 岳麓区', '收到群众意见', '满意率', '履职活动（按类别）', '分乡镇（街道）情况', '区本级']) {
      if (!text.includes(words)) throw new Error(`the summary PDF lacks ${words}`);
    }
    // Shown in the browser too: the rendered page as an image.
    const page = await admin.context().newPage();
    await page.setContent(`<img src="data:image/png;base64,${fs.readFileSync(pdfFile.replace(/\.pdf$/, '.png')).toString('base64')}" style="width:100%">`);
    await snap(page, 'campaign-summary-pdf');
    await page.close();
  });

  /** WeChat's modal: waits for it to ask `title`, then taps its confirm button. */
  const confirmModal = async (page, title) => {
    const m = page.locator('.taro-modal__content', { has: page.locator('.taro-modal__title', { hasText: title }) });
    await m.waitFor();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.taro__modal')).opacity === '1');
    const text = await m.locator('.taro-modal__text').innerText();
    await m.locator('.taro-model__confirm').click();
    await m.waitFor({ state: 'hidden' });
    return text;
  };

  await step('the admin adds an 意见类别 for the region, with the department it goes to', admin, async () => {
    await admin.goto(`${base}/#/packages/admin/pages/index/index`);
    await tap(admin, '意见类别');
    await see(admin, '添加意见类别');
    await see(admin, '全省默认类别（不能修改）');
    // The demo year's office added 物业维修基金 at the start of the year.
    await see(admin, '· 物业维修基金');
    const s = screen(admin);
    await field(s, '类别名称（2到12个汉字）').fill('老旧小区改造');
    await field(s, '给群众的说明').fill('老旧小区改造的项目、进度和施工质量');
    await tap(s, '岳麓区住房和城乡建设局');
    await tap(s, '常用类别：在写意见页面排在前面');
    await snap(admin, 'category-form');
    await tap(s, '添加类别');
    const asked = await confirmModal(admin, '添加意见类别');
    if (!asked.includes('默认转办岳麓区住房和城乡建设局')) throw new Error(`the confirmation reads: ${asked}`);
    await see(admin, '已添加意见类别“老旧小区改造”');
    const row = screen(admin).locator('.category-row[data-name="老旧小区改造"]');
    await row.getByText('· 老旧小区改造（常用）', { exact: true }).waitFor();
    await row.getByText('默认转办：岳麓区住房和城乡建设局', { exact: true }).waitFor();
    // The toast saying it was added is drawn over the page: the list is snapped once it is gone.
    await admin.locator('.taro__toast').getByText(/^已添加意见类别/).first().waitFor({ state: 'hidden' });
    await row.scrollIntoViewIfNeeded();
    await snap(admin, 'category-added');
  });

  await step('a resident at a station of the region chooses it on the write form and submits', admin, async () => {
    const RESIDENT = 'walk-category-resident';
    await agreePrivacy(base, RESIDENT);
    const resident = await openAs(RESIDENT, '/pages/write/index?scene=XJH01');
    walk.currentPage = resident;
    await see(resident, '提交意见');
    // A common category: among the first, without opening 更多类别.
    await tap(resident, '老旧小区改造');
    await see(resident, '老旧小区改造：老旧小区改造的项目、进度和施工质量');
    await screen(resident).locator('textarea').first().fill('咸嘉新村老旧小区改造的管网施工停了一个多月，路面挖开没人管，希望尽快复工。');
    await snap(resident, 'write-added-category');
    await screen(resident).getByText('提交意见', { exact: true }).first().click();
    const allow = resident.locator('.sim-subscribe button', { hasText: '允许' });
    await allow.waitFor();
    await allow.click();
    await see(resident, '意见已提交');
    await snap(resident, 'submitted-added-category');
    const mine = await api(base, 'opinion', 'mine', {}, RESIDENT);
    if (mine.items[0]?.category !== '老旧小区改造') throw new Error(`the opinion's category: ${mine.items[0]?.category}`);
    await resident.context().close();
  });
});
