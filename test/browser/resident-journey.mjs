#!/usr/bin/env node
/**
 * The resident's whole journey in a real browser (Chromium, headless) against the local run:
 *   stations by region and nearest → a station → the privacy notice → writing with a photo,
 *   anonymously → the (simulated) consent dialog → tracking number → the deputy asks for more
 *   information → the resident adds it → the deputy resolves → the resident rates 不满意 and it
 *   reopens → a second opinion is withdrawn → claiming with a wrong phone is refused → 我的数据.
 * The deputy's steps go through the local HTTP API as that deputy (the deputy pages have no
 * need-info / resolve buttons yet). Chasing needs a deadline to pass: the local clock
 * (POST /api/local/clock) is moved 30 days on.
 * Every screen is saved twice under test-results/resident-journey/: normal and large text.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'test-results', 'resident-journey');
const PHOTO = path.join(root, 'test/fixtures/elevator.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT = 15_000;
const TEXT_1 = '望月湖小区3栋电梯这个月又坏了三次,老人上下楼很困难,请尽快督促物业彻底检修。';
const TEXT_2 = '望月湖街道菜市场门口的路灯坏了半个月,晚上行人看不清路,希望尽快修好。';
const INFO = '坏的是3栋2单元的电梯,最近一次是周二晚上八点,困了两位老人二十分钟。';
const RESIDENT = 'demo-resident-1';

let server;
let browser;
let shot = 0;
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

async function startServer() {
  if (process.env.BASE_URL) return process.env.BASE_URL.replace(/\/$/, '');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianluozhan-journey-'));
  log(`starting npm start on port ${port}, data in ${dataDir}`);
  server = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true, // its own process group, so the server it spawns stops with it
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 240_000; // includes an H5 build when the sources changed
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return base;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the local run did not answer at ${base}`);
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

async function main() {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const base = await startServer();

  /** Calls a function as `openid`, as the deputy's phone would. */
  async function api(openid, fn, action, payload) {
    const res = await fetch(`${base}/api/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
      body: JSON.stringify({ action, payload }),
    });
    const body = await res.json();
    if (!body.ok) throw new Error(`${fn}.${action} refused: ${body.code} ${body.message}`);
    return body.data;
  }

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const context = await browser.newContext({
    viewport: { width: 390, height: 1000 },
    locale: 'zh-CN',
    geolocation: { latitude: 28.2035, longitude: 112.953 }, // near 望月湖
    permissions: ['geolocation'],
  });
  // Act as the first demo resident, whom the server has not yet seen agree to the privacy notice.
  await context.addInitScript((openid) => window.localStorage.setItem('local.persona.openid', openid), RESIDENT);
  const errors = [];

  async function openPage(hash) {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    await page.goto(`${base}/#${hash}`);
    return page;
  }

  const screen = (page) => page.locator('.taro_page').filter({ visible: true });
  const see = (page, text) => screen(page).getByText(text, { exact: typeof text === 'string' }).first().waitFor();
  const tap = (page, text) => screen(page).getByText(text, { exact: typeof text === 'string' }).first().click();
  const tab = (page, label) => page.locator('.weui-tabbar__label').getByText(label, { exact: true }).click();
  const dialogButton = (page, label) => page.locator('.sim-subscribe button', { hasText: label });

  /** The screen as it is, then the same screen in large-text mode (the class PageRoot sets). */
  async function snap(page, name) {
    shot += 1;
    const file = (mode) => path.join(outDir, `${String(shot).padStart(2, '0')}-${name}-${mode}.png`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: file('normal'), fullPage: true });
    await page.evaluate(() => document.querySelectorAll('.page').forEach((n) => n.classList.add('page--large', 'shot-large')));
    await page.waitForTimeout(150);
    await page.screenshot({ path: file('large'), fullPage: true });
    await page.evaluate(() =>
      document.querySelectorAll('.shot-large').forEach((n) => n.classList.remove('page--large', 'shot-large')),
    );
  }

  let currentStep = '';
  let currentPage;
  async function step(name, page, run) {
    currentStep = name;
    currentPage = page;
    const t0 = Date.now();
    await run();
    if (errors.length) throw new Error(errors.join('\n'));
    log(`✔ ${name} (${Date.now() - t0} ms)`);
  }

  const opinionIdOf = (page) => new URL(page.url().replace('/#/', '/')).searchParams.get('id');

  try {
    const page = await openPage('/pages/station/index');
    await step('stations by region, then the nearest', page, async () => {
      await see(page, '选择联络站');
      await see(page, '查找离我最近的联络站');
      await snap(page, 'stations-by-region');
      await tap(page, '查找离我最近的联络站');
      await see(page, '离我最近');
      await see(page, /公里$/);
      await snap(page, 'stations-nearest');
    });

    await step('opens the nearest station', page, async () => {
      await screen(page).locator('.card').filter({ hasText: '离我最近' }).getByText('望月湖街道人大代表联络站').first().click();
      await see(page, '本站代表');
      await see(page, '分享给邻居');
      await snap(page, 'station');
    });

    await step('the privacy notice comes first, and is agreed', page, async () => {
      await tap(page, '给代表写意见');
      await see(page, '隐私保护提示');
      await snap(page, 'privacy-notice');
      await tap(page, '同意并继续');
      await see(page, '提交意见');
    });

    let firstId = '';
    let trackingNo = '';
    await step('writes with a photo, anonymously, and submits in three taps (chip, submit, consent)', page, async () => {
      await tap(page, '住房物业'); // tap 1
      await screen(page).locator('textarea').first().fill(TEXT_1);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, /^\+ 添加照片/)]);
      await chooser.setFiles(PHOTO);
      await screen(page).getByRole('img', { name: '第1张照片' }).or(screen(page).locator('img[alt="第1张照片"]')).first().waitFor();
      await screen(page).locator('.input').first().locator('input').fill('望月湖小区3栋');
      await screen(page).locator('.switch-row').filter({ hasText: '匿名' }).locator('input').first().click();
      await snap(page, 'write-filled');
      await screen(page).getByText('提交意见', { exact: true }).first().click(); // tap 2
      await dialogButton(page, '允许').waitFor();
      await snap(page, 'subscribe-consent');
      await dialogButton(page, '允许').click(); // tap 3
      await see(page, '意见已提交');
      trackingNo = (await screen(page).locator('.tracking--big').first().innerText()).trim();
      log(`tracking number ${trackingNo}`);
      await snap(page, 'submitted');
      await tap(page, '查看办理进度');
      await see(page, '办理经过');
      firstId = opinionIdOf(page);
      await screen(page).locator('img[alt]').first().waitFor();
      await see(page, '地点:望月湖小区3栋');
      await snap(page, 'detail-with-photo');
    });

    // The deputy it was routed to, through the API as that deputy.
    const personas = (await (await fetch(`${base}/api/personas`)).json()).data.personas;
    let deputy;
    await step('the deputy sees it anonymous, accepts, and asks for more information', page, async () => {
      const inbox = await Promise.any(
        personas
          .filter((p) => p.roles.includes('deputy'))
          .map(async (p) => {
            const d = await api(p.openid, 'deputy', 'detail', { id: firstId });
            return { persona: p, detail: d };
          }),
      );
      deputy = inbox.persona;
      if (!inbox.detail.resident.anonymous) throw new Error('the deputy can see who wrote an anonymous opinion');
      log(`routed to ${deputy.name}; anonymous to the deputy`);
      await api(deputy.openid, 'deputy', 'accept', { id: firstId });
      await api(deputy.openid, 'deputy', 'needInfo', { id: firstId, question: '请说明是哪一栋哪个单元的电梯,最近一次故障是什么时候。' });
    });

    await step('the resident adds the information asked for', page, async () => {
      await page.reload();
      await see(page, '补充情况');
      await see(page, '待补充');
      await snap(page, 'need-info');
      await screen(page).locator('textarea').first().fill(INFO);
      await tap(page, '提交补充');
      await see(page, '补充的情况已送达代表');
      await snap(page, 'info-added');
    });

    await step('the deputy resolves; the resident rates 不满意 and it reopens', page, async () => {
      await api(deputy.openid, 'deputy', 'resolve', {
        id: firstId,
        kind: 'solved',
        text: '已督促物业更换3栋2单元电梯的控制板,并要求维保单位每周巡检一次。',
      });
      await page.reload();
      await see(page, '评价办理情况');
      const chaseNote = await screen(page).getByText(/后可以催办$/).count();
      log(chaseNote ? 'the page says when chasing becomes possible' : 'no chase date shown (no deadline passed)');
      const rateCard = screen(page).locator('.card').filter({ hasText: '评价办理情况' });
      await rateCard.locator('.chips').nth(0).getByText('不满意', { exact: true }).click();
      await rateCard.locator('.chips').nth(1).getByText('基本满意', { exact: true }).click();
      await see(page, '选择“不满意”,意见会重新交代表办理一次。');
      await snap(page, 'rate');
      await tap(page, '提交评价');
      await see(page, '感谢评价。您不满意,意见已重新交代表办理');
      await snap(page, 'reopened');
    });

    const skipped = [];
    await step('after the deadline passes (local clock moved 30 days), the resident chases', page, async () => {
      const res = await fetch(`${base}/api/local/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceMs: 30 * 24 * 3600 * 1000 }),
      });
      if (!res.ok) throw new Error(`the local clock refused: ${res.status}`);
      await page.reload();
      await see(page, '办理经过');
      const chase = screen(page).getByText('催办', { exact: true });
      try {
        await chase.first().waitFor({ timeout: 5000 });
      } catch {
        skipped.push('chasing (the server did not offer 催办 after the clock moved 30 days)');
        log('催办 not offered after moving the clock: skipped');
        return;
      }
      await chase.first().click();
      await see(page, /^已催办\(第1次\)/);
      await see(page, /后可以催办$/);
      await snap(page, 'chased');
    });

    await step('a second opinion is withdrawn after a confirm', page, async () => {
      await page.goBack(); // the detail is not a tab page: back to the write tab
      // The reloads above started the app afresh: the form is new, or still shows the last result.
      const again = screen(page).getByText('再写一条', { exact: true });
      if (await again.count()) await again.first().click();
      await tap(page, '城乡建设');
      await screen(page).locator('textarea').first().fill(TEXT_2);
      await screen(page).getByText('提交意见', { exact: true }).first().click();
      await dialogButton(page, '取消').click();
      await see(page, '意见已提交');
      await tap(page, '查看办理进度');
      await tap(page, '撤回意见');
      await see(page, '撤回后这条意见不再办理,确定撤回吗?');
      await snap(page, 'withdraw-confirm');
      await tap(page, '确认撤回');
      await see(page, '意见已撤回');
      await snap(page, 'withdrawn');
    });

    await step('我的意见 shows both with their status badges', page, async () => {
      await page.goBack();
      await tab(page, '我的意见');
      await see(page, new RegExp(`^${trackingNo}`));
      await see(page, '已撤回');
      await snap(page, 'mine');
    });

    await step('claiming with a wrong phone is refused in plain words', page, async () => {
      await tab(page, '我的');
      await tap(page, '认领工作人员代录的意见');
      await see(page, '查询编号');
      await screen(page).locator('.input input').nth(0).fill(trackingNo);
      await screen(page).locator('.input input').nth(1).fill('13900000000');
      await tap(page, '认领');
      await screen(page).locator('[role="alert"], .error-box').first().waitFor();
      log(`claim refused: ${(await screen(page).locator('.error-box').first().innerText()).trim()}`);
      await snap(page, 'claim-refused');
      await page.goBack();
    });

    await step('claiming a case staff entered for a phone call, with the phone given then', page, async () => {
      const entered = await api('demo-staff-wyh', 'staff', 'enter', {
        stationCode: 'WYH01',
        channel: 'phone',
        category: '民政养老',
        text: '来电反映:社区老年食堂午餐时间太早,希望推迟半小时。',
        phone: '13876543210',
        requestId: `journey-entry-${Date.now()}`,
      });
      await tap(page, '认领工作人员代录的意见');
      await see(page, '查询编号');
      // The page opened before this one may still be leaving: let the new one settle.
      await page.waitForTimeout(600);
      await screen(page).locator('.input input').nth(0).fill(entered.trackingNo);
      await screen(page).locator('.input input').nth(1).fill('13876543210');
      await tap(page, '认领');
      await see(page, '认领成功');
      await snap(page, 'claimed');
      await page.goBack();
      await tab(page, '我的意见');
      await see(page, new RegExp(`^${entered.trackingNo}`));
      await tab(page, '我的');
    });

    await step('我的数据 exports', page, async () => {
      await tap(page, '我的数据(导出、删除)');
      await tap(page, '导出');
      await see(page, /^共 \d+ 条意见$/);
      await snap(page, 'my-data');
      await page.goBack();
    });

    await step('the large-text switch applies to every page', page, async () => {
      await see(page, '大字模式');
      await screen(page).locator('.switch-row').filter({ hasText: '大字模式' }).locator('input').first().click();
      await screen(page).locator('.page--large').first().waitFor();
      await snap(page, 'me-large-on');
      await tab(page, '我的意见');
      await screen(page).locator('.page--large').first().waitFor();
      await tab(page, '我的');
      await screen(page).locator('.switch-row').filter({ hasText: '大字模式' }).locator('input').first().click();
    });

    console.log(`\n✔ resident journey passed; ${shot * 2} screenshots in ${path.relative(root, outDir)}/`);
    if (skipped.length) console.log(`  skipped: ${skipped.join("; ")}`);
  } catch (e) {
    console.error(`\n✖ step failed: ${currentStep}\n${e instanceof Error ? e.message : e}`);
    if (currentPage && !currentPage.isClosed()) {
      await currentPage.screenshot({ path: path.join(outDir, 'failed.png') }).catch(() => {});
      console.error(`  screenshot: ${path.relative(root, path.join(outDir, 'failed.png'))}`);
    }
    process.exitCode = 1;
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await browser?.close().catch(() => {});
    stopServer();
    process.exit(process.exitCode ?? 0);
  });
