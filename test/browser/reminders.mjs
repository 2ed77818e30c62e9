#!/usr/bin/env node
/**
 * Reminders that keep reaching deputies, in a real browser (Chromium, headless) against the
 * local run with its demo year:
 *   the staff desk lists the deputy who switched reminders off during the year; 李红梅's
 *   long-term grant is on; she turns 新意见待受理提醒 off in WeChat's settings (the messages
 *   page's switch) and opens the app again: her card says so, a new case for her is not sent and
 *   the staff desk lists her as unreachable, with the case flagged in 办理中; one tap on
 *   接收新意见提醒 and WeChat's dialog turn it back on, and the desk no longer lists her.
 * Starts `npm start` itself on a fresh data dir and a free port, unless BASE_URL is given.
 * Screenshots go to test-results/reminders/; any failed step fails the run.
 */
import {
  agreePrivacy,
  callFunction as api,
  createWalk,
  launchBrowser,
  log,
  newContext,
  runWalk,
  screen,
  see,
  startServer,
  tap,
} from './support.mjs';

const DEPUTY = 'demo-deputy-county'; // 李红梅, d-county-1, stations WYH01 and YL01
const STAFF = 'demo-staff-wyh'; // 望月湖站 and 岳麓总站
const ADMIN = 'demo-admin-yuelu';

const walk = createWalk('reminders');
const { snap, step } = walk;

runWalk(walk, 'reminders', async () => {
  const base = await startServer({ tmpPrefix: 'lianluozhan-reminders-' });
  const browser = await launchBrowser();
  async function openAs(openid, hash) {
    const context = await newContext(browser, { viewport: { width: 390, height: 1100 }, persona: openid });
    return walk.openPage(context, `${base}/#${hash}`);
  }
  const stationCard = (page, code) => screen(page).locator(`.station-admin[data-code="${code}"]`);

  const staff = await openAs(STAFF, '/packages/staff/pages/index/index');
  await step('the staff desk lists the deputy who switched reminders off during the year', staff, async () => {
    const yl = stationCard(staff, 'YL01');
    await yl.getByText(/联系不上的代表/).waitFor();
    await yl.getByText(/孙立军：在微信设置中关闭了提醒/).waitFor();
    if ((await stationCard(staff, 'WYH01').getByText(/李红梅：/).count()) !== 0) throw new Error('李红梅 is listed before she turned anything off');
    await snap(staff, 'desk-before');
  });

  const deputy = await openAs(DEPUTY, '/packages/deputy/pages/inbox/index');
  await step('李红梅 has a standing grant: no counters, one plain line', deputy, async () => {
    await see(deputy, /新意见提醒已开启/);
    if ((await screen(deputy).getByText(/剩余 \d+ 次/).count()) !== 0) throw new Error('a counter is shown for a long-term grant');
    await snap(deputy, 'inbox-on');
  });

  const messages = await openAs(DEPUTY, '/');
  await step('she turns 新意见待受理提醒 off in WeChat’s settings (the stand-in’s settings page)', messages, async () => {
    await messages.goto(`${base}/local/messages`);
    const row = messages.locator(`section[id="${DEPUTY}"] .grant[data-template="opinion_new"]`);
    await row.getByText('接收中').waitFor();
    await row.getByRole('button', { name: '在微信设置中关闭' }).click();
    await messages.locator(`section[id="${DEPUTY}"] .grant[data-template="opinion_new"]`).getByText('已关闭').waitFor();
    await messages.screenshot({ path: `${walk.outDir}/settings-switched-off.png` });
  });

  await step('she opens the app again: the card says her reminders are off and why', deputy, async () => {
    await deputy.reload();
    await see(deputy, /在微信设置中关闭了提醒/);
    await see(deputy, '接收新意见提醒');
    await snap(deputy, 'inbox-off');
  });

  let trackingNo = '';
  await step('a new case for her is not sent; the desk lists her and flags the case', staff, async () => {
    const resident = 'walk-reminders-resident';
    await agreePrivacy(base, resident);
    const r = await api(base, 'opinion', 'submit', {
      stationCode: 'WYH01',
      category: '住房物业',
      chosenDeputyId: 'd-county-1',
      text: '望月湖小区9栋电梯这周停了三次，老人上下楼很困难，希望物业尽快检修。',
      requestId: `walk-reminders-${Date.now()}`,
    }, resident);
    trackingNo = r.trackingNo;
    // What follows the submit (the relay of the minute trigger), run now by the admin: it returns when done.
    await api(base, 'scheduler', 'relay', {}, ADMIN);
    const skipped = await api(base, 'subscription', 'outbox', { state: 'skipped' }, STAFF);
    if (!skipped.items.some((e) => e.trackingNo === trackingNo && e.recipientLabel === '代表 李红梅')) {
      throw new Error(`the new case's message to 李红梅 is not among the unsent: ${JSON.stringify(skipped.items.slice(0, 3))}`);
    }
    await staff.reload();
    await stationCard(staff, 'WYH01').getByText(/李红梅：在微信设置中关闭了提醒/).waitFor();
    await snap(staff, 'desk-unreachable');
    await staff.goto(`${base}/#/packages/staff/pages/queue/index?view=open`);
    const item = screen(staff).locator('.card', { hasText: trackingNo });
    await item.getByText(/代表收不到提醒/).waitFor();
    await snap(staff, 'queue-flagged');
  });

  await step('one tap on 接收新意见提醒 and WeChat’s dialog turn it back on', deputy, async () => {
    // The card's button (its title says the same words).
    await screen(deputy).locator('[data-testid="reminders"]').getByText('接收新意见提醒', { exact: true }).last().click();
    const dialog = deputy.locator('.sim-subscribe[data-state="open"]');
    await dialog.waitFor();
    const asked = (await dialog.innerText()).split('\n').filter((t) => t.startsWith('·'));
    log(`  asked: ${asked.join(' ')}`);
    if (!asked.some((t) => t.includes('新意见待受理提醒'))) throw new Error(`the dialog did not ask for 新意见待受理提醒: ${asked.join(' ')}`);
    await snap(deputy, 'dialog');
    await dialog.locator('button', { hasText: '允许' }).click();
    await see(deputy, /新意见提醒已开启/);
    await snap(deputy, 'inbox-on-again');
  });

  await step('the desk no longer lists her', staff, async () => {
    await staff.goto(`${base}/#/packages/staff/pages/index/index`);
    await staff.reload();
    await stationCard(staff, 'YL01').getByText(/孙立军：/).waitFor();
    if ((await stationCard(staff, 'WYH01').getByText(/李红梅：/).count()) !== 0) throw new Error('李红梅 is still listed after turning reminders on');
    await snap(staff, 'desk-after');
  });
});
