#!/usr/bin/env node
/**
 * The station staff's desk in a real browser (Chromium, headless) against the local run:
 *   the region admin creates a station and gives it to a staff member; the staff member sets
 *   its reception schedule, generates its QR code and prints its poster (the PDF is rendered
 *   with pdftoppm, its QR decoded with jsqr, and the decoded URL opens the station page);
 *   triages an opinion (assigns it to a deputy); enters a walk-in and prints its slip.
 * Starts `npm start` itself on a fresh data dir and a free port, unless BASE_URL is given.
 * Screenshots go to test-results/staff-desk/; any failed step fails the run.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'test-results', 'staff-desk');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT = 15_000;
const ADMIN = 'demo-admin-yuelu';
const STAFF = 'demo-staff-xjh';
const CODE = 'XJH02';

let server;
let browser;
let shot = 0;
let failing;
const log = (msg) => console.log(`  ${msg}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server && server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the local run did not answer at ${base} within ${ms / 1000} s`);
}

async function startServer() {
  if (process.env.BASE_URL) return process.env.BASE_URL.replace(/\/$/, '');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianluozhan-staff-'));
  log(`starting npm start on port ${port}, data in ${dataDir}`);
  server = spawn('npm', ['start', '--silent'], {
    cwd: root,
    // The stand-in's QR codes open this very server.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOCAL_BASE_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, 240_000);
  return base;
}

function stopServer() {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function api(base, fn, action, payload, openid) {
  const res = await fetch(`${base}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify({ action, payload }),
  });
  const body = await res.json();
  if (!body.ok) throw new Error(`${fn}.${action}: ${body.code} ${body.message}`);
  return body.data;
}

async function main() {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('sh', [path.join(root, 'scripts/ensure-poppler.sh')], { stdio: 'inherit' });
  const base = await startServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const errors = [];

  async function openAs(openid, hash) {
    const context = await browser.newContext({ viewport: { width: 390, height: 1100 }, locale: 'zh-CN', acceptDownloads: true });
    await context.addInitScript((id) => window.localStorage.setItem('local.persona.openid', id), openid);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    await page.goto(`${base}/#${hash}`);
    return page;
  }
  const screen = (page) => page.locator('.taro_page').filter({ visible: true });
  const see = (page, text) => screen(page).getByText(text, { exact: typeof text === 'string' }).first().waitFor();
  const tap = (scope, text) => scope.getByText(text, { exact: typeof text === 'string' }).first().click();
  const field = (scope, label) => scope.locator('.column', { has: scope.page().getByText(label, { exact: true }) }).locator('input, textarea').first();
  async function snap(page, name) {
    shot += 1;
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  }
  async function download(page, scope, label, file) {
    const [dl] = await Promise.all([page.waitForEvent('download'), tap(scope, label)]);
    await dl.saveAs(file);
    const head = fs.readFileSync(file).subarray(0, 5).toString();
    if (head !== '%PDF-') throw new Error(`${label} did not give a PDF (${head})`);
  }
  async function step(name, run) {
    const t0 = Date.now();
    await run();
    if (errors.length) throw new Error(errors.join('\n'));
    log(`✔ ${name} (${Date.now() - t0} ms)`);
  }

  const admin = await openAs(ADMIN, '/packages/admin/pages/stations/index');
  await step('admin creates a station and gives it to a staff member', async () => {
    await see(admin, '新建联络站');
    const s = screen(admin);
    await field(s, '编号(即二维码参数,建后不变)').fill(CODE);
    await field(s, '名称').fill('咸嘉湖西苑代表联络点');
    await field(s, '地址').fill('长沙市岳麓区咸嘉湖西路 66 号');
    await tap(s, '咸嘉湖街道');
    await snap(admin, 'admin-new-station');
    await tap(s, '新建');
    await see(admin, '已新建 咸嘉湖西苑代表联络点');
    const card = s.locator('.admin-station', { hasText: CODE });
    await field(card, '交给工作人员(微信标识)').fill(STAFF);
    await tap(card, '交给TA负责');
    await see(admin, `已交给工作人员 ${STAFF}`);
    await card.getByText(`工作人员:${STAFF}`).waitFor();
    await snap(admin, 'admin-station-given');
  });

  const staff = await openAs(STAFF, '/packages/staff/pages/index/index');
  await step('the staff member sets the schedule of the new station', async () => {
    const card = screen(staff).locator('.station-admin', { hasText: CODE });
    await card.waitFor();
    await snap(staff, 'staff-home');
    await tap(card, '接待安排');
    await see(staff, '新增接待');
    const s = screen(staff);
    await tap(s, '周三');
    await field(s, '开始').fill('09:00');
    await field(s, '结束').fill('11:30');
    await tap(s, '保存接待安排');
    await see(staff, '接待安排已保存,联络站页面已更新');
    await see(staff, '每周三 09:00-11:30');
    // A session that ends before it starts is refused with a clear message.
    await field(s, '开始').fill('15:00');
    await field(s, '结束').fill('14:00');
    await tap(s, '保存接待安排');
    await see(staff, /结束时间必须晚于开始时间/);
    await snap(staff, 'staff-schedule');
    await staff.goBack();
  });

  let posterFile = '';
  await step('the staff member generates the QR code and prints the poster', async () => {
    const card = screen(staff).locator('.station-admin', { hasText: CODE });
    await tap(card, '生成小程序码');
    await see(staff, '小程序码已生成');
    await card.locator('img').first().waitFor();
    await snap(staff, 'staff-qr-code');
    posterFile = path.join(outDir, `poster-${CODE}.pdf`);
    await download(staff, card, '打印海报', posterFile);
  });

  await step('the poster’s QR code, decoded from the rendered page, opens the station', async () => {
    execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', posterFile, posterFile.replace(/\.pdf$/, '')]);
    const png = PNG.sync.read(fs.readFileSync(posterFile.replace(/\.pdf$/, '.png')));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!qr) throw new Error('no QR code found on the rendered poster');
    if (!qr.data.startsWith(`${base}/#/pages/station/index?scene=`)) throw new Error(`unexpected QR content ${qr.data}`);
    const resident = await openAs('demo-resident-2', qr.data.slice(base.length + 2));
    failing = resident;
    await see(resident, '咸嘉湖西苑代表联络点');
    await see(resident, /咸嘉湖西路 66 号/);
    await snap(resident, 'station-from-poster-qr');
    await resident.context().close();
  });

  await step('the staff member triages an opinion: assigns it to a deputy', async () => {
    // A resident asks about a national matter at 咸嘉湖: no deputy there fits, so it waits for staff.
    await api(base, 'opinion', 'submit', { stationCode: 'XJH01', category: '其他', scope: 'national', text: '建议全国统一老年人乘车优惠政策,方便异地养老。', requestId: `browser-${Date.now()}` }, 'demo-resident-2');
    await staff.goto(`${base}/#/packages/staff/pages/queue/index?view=triage`);
    const item = screen(staff).locator('.queue-item', { hasText: '老年人乘车优惠' });
    await item.waitFor();
    await tap(item, '赵国庆');
    await snap(staff, 'staff-triage');
    await tap(item, '分派给代表');
    await see(staff, '已分派(已分派)');
    await snap(staff, 'staff-triage-assigned');
  });

  await step('the staff member enters a walk-in and prints its slip', async () => {
    await staff.goto(`${base}/#/packages/staff/pages/enter/index`);
    const s = screen(staff);
    await see(staff, '登记意见');
    await tap(s, '现场');
    await tap(s, '交通出行');
    await field(s, '群众反映的内容').fill('老人来站反映:咸嘉湖路公交站没有座椅,候车很累。');
    await field(s, '联系电话(选填,留电话可在小程序认领)').fill('13800138000');
    await tap(s, '登记意见');
    await see(staff, /^已登记,查询编号 /);
    await snap(staff, 'staff-walk-in');
    const slip = path.join(outDir, 'entry-slip.pdf');
    await download(staff, s, '打印回执', slip);
    const text = execFileSync('pdftotext', [slip, '-'], { encoding: 'utf8' });
    if (!/意见登记回执/.test(text) || !/\d{8}-\d{4}/.test(text)) throw new Error(`the slip reads: ${text.slice(0, 200)}`);
  });
  log(`screenshots in ${path.relative(root, outDir)}/`);
}

main()
  .then(async () => {
    await browser?.close();
    stopServer();
    console.log('staff desk: passed');
    process.exit(0);
  })
  .catch(async (e) => {
    console.error(`staff desk FAILED: ${e.stack ?? e}`);
    await failing?.screenshot({ path: path.join(outDir, 'failed.png'), fullPage: true }).catch(() => undefined);
    await browser?.close().catch(() => undefined);
    stopServer();
    process.exit(1);
  });
