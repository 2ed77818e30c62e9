#!/usr/bin/env node
/**
 * The thin path in a real browser (Chromium, headless) against the local run:
 *   resident opens a station by its QR scene → writes an opinion → gets a tracking number →
 *   sees it in 办理进度 and its detail; then, as the deputy it was routed to: inbox → detail →
 *   受理 → 答复; then, as the resident again, sees the reply. Also: an unknown and a retired
 *   scene each show a clear page.
 * Starts `npm start` itself on a fresh data dir and a free port, unless BASE_URL is given.
 * A screenshot of every screen goes to test-results/; any failed step fails the run.
 */
import { createWalk, launchBrowser, log, newContext, runWalk, screen, see, startServer, tab, tap } from './support.mjs';

const OPINION_TEXT = '望月湖小区3栋电梯近一个月坏了四次，老人上下楼非常困难，希望尽快彻底检修。';
const REPLY_TEXT = '已联系物业公司和电梯维保单位，本周五前完成全面检修，并每月公示维保记录。';

const walk = createWalk('thin-path', { fullPage: false });
const { snap, step } = walk;

runWalk(walk, 'thin path', async () => {
  const base = await startServer();
  const context = await newContext(await launchBrowser());
  const openPage = (hash) => walk.openPage(context, `${base}/#${hash}`);

  // Bad scenes first, each in a fresh tab: clear pages, never blank.
  const unknown = await openPage('/pages/station/index?scene=NOPE99');
  await step('unknown scene shows 没有找到这个联络站', unknown, async () => {
    await see(unknown, '没有找到这个联络站');
    await see(unknown, '查看联络站列表');
    await snap(unknown, 'unknown-station');
    await tap(unknown, '查看联络站列表');
    await see(unknown, '选择联络站');
    await snap(unknown, 'station-list');
  });
  await unknown.close();

  const retired = await openPage('/pages/station/index?scene=XJH00');
  await step('retired scene shows 已撤并 and where to go', retired, async () => {
    await see(retired, '该联络站已撤并');
    await snap(retired, 'retired-station');
    await tap(retired, /^前往/);
    await see(retired, '给代表写意见');
  });
  await retired.close();

  // The resident (default persona: the first plain resident).
  const page = await openPage('/pages/station/index?scene=WYH01');
  await step('resident opens the station by its QR scene', page, async () => {
    await see(page, '望月湖街道人大代表联络站');
    await see(page, '本站代表');
    await snap(page, 'station');
  });

  await step('resident writes an opinion', page, async () => {
    await tap(page, '给代表写意见');
    await see(page, '提交意见');
    // A resident's first visit: the privacy notice comes before the form (resident-journey.mjs covers it).
    await tap(page, '同意并继续');
    await tap(page, '住房物业');
    // The deputy of the resident's choice is one of the optional fields, folded.
    await tap(page, '更多选项（可不填）');
    await tap(page, '李红梅');
    await screen(page).locator('textarea').first().fill(OPINION_TEXT);
    await see(page, `已写 ${[...OPINION_TEXT].length} 字`);
    // A web component with disabled="false" still matches [disabled] and looks disabled.
    const disabled = await screen(page).locator('taro-button-core[disabled]').count();
    if (disabled > 0) throw new Error(`${disabled} button(s) look disabled on an idle form`);
    await snap(page, 'write-filled');
  });

  let trackingNo = '';
  await step('resident submits and gets a tracking number', page, async () => {
    await screen(page).getByText('提交意见', { exact: true }).first().dblclick(); // a double tap
    // One consent dialog for the double tap (the simulated requestSubscribeMessage).
    await page.locator('.sim-subscribe button', { hasText: '允许' }).click();
    await see(page, '意见已提交');
    const dialogs = await page.locator('.sim-subscribe').count();
    if (dialogs !== 0) throw new Error(`the double tap opened ${dialogs + 1} consent dialogs`);
    trackingNo = (await screen(page).locator('.tracking--big').first().innerText()).trim();
    if (!/^[0-9A-Z]{2,12}-\d{8}-\d{4,6}$/.test(trackingNo)) throw new Error(`odd tracking number "${trackingNo}"`);
    // Where it went, in plain words: the deputy named from the region, never routing internals.
    await see(page, /^已转给.+代表（.+人大代表）$/);
    if (await screen(page).getByText(/分派说明|待办最少|县（市区）/).count()) throw new Error('routing internals shown to the resident');
    log(`tracking number ${trackingNo}`);
    await snap(page, 'submitted');
  });

  let deputyName = '';
  await step('resident opens the detail with its timeline', page, async () => {
    await tap(page, '查看办理进度');
    await see(page, '办理经过');
    await see(page, `查询编号 ${trackingNo}`);
    const assignee = await screen(page).getByText(/^办理代表：/).first().innerText();
    deputyName = /^办理代表：(.+?)（/.exec(assignee.trim())?.[1] ?? '';
    if (!deputyName) throw new Error(`no deputy named in "${assignee}"`);
    log(`routed to ${deputyName}`);
    await snap(page, 'opinion-detail');
  });

  await step('办理进度 lists it', page, async () => {
    await page.goBack(); // the detail is not a tab page: back to the form's result first
    await tab(page, '办理进度');
    await see(page, `查询编号 ${trackingNo}`);
    const copies = await screen(page).getByText(`查询编号 ${trackingNo}`, { exact: true }).count();
    if (copies !== 1) throw new Error(`the double tap made ${copies} entries`);
    await snap(page, 'mine-list');
  });

  await step(`switch to the deputy it was routed to (${deputyName})`, page, async () => {
    await tab(page, '我的');
    await see(page, '本地演示：切换身份');
    await tap(page, `代表 ${deputyName}`);
    await see(page, '代表收件箱');
    await snap(page, 'me-as-deputy');
  });

  await step('deputy inbox shows the opinion', page, async () => {
    await tap(page, '代表收件箱');
    await see(page, new RegExp(`^${trackingNo}`));
    await snap(page, 'deputy-inbox');
  });

  await step('deputy accepts (受理)', page, async () => {
    await tap(page, new RegExp(`^${trackingNo}`));
    await see(page, '受理');
    await snap(page, 'deputy-detail');
    await tap(page, '受理');
    await see(page, '发送答复');
    await see(page, '已受理');
    await snap(page, 'deputy-accepted');
  });

  await step('deputy replies (答复)', page, async () => {
    await screen(page).locator('textarea').first().fill(REPLY_TEXT);
    await tap(page, '发送答复');
    await see(page, REPLY_TEXT);
    await see(page, '已答复');
    await snap(page, 'deputy-replied');
  });

  const back = await openPage('/pages/me/index');
  await page.close();
  await step('switch back to the resident', back, async () => {
    await see(back, '本地演示：切换身份');
    await tap(back, '居民 张女士');
    await see(back, '我的身份');
    await snap(back, 'me-as-resident');
  });

  await step('resident sees the reply', back, async () => {
    await tab(back, '办理进度');
    await see(back, `查询编号 ${trackingNo}`);
    await see(back, '代表已答复'); // the resident's words for 已答复
    await snap(back, 'mine-replied');
    await tap(back, `查询编号 ${trackingNo}`);
    await see(back, REPLY_TEXT);
    await snap(back, 'resident-sees-reply');
  });
});
