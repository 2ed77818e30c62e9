#!/usr/bin/env node
/**
 * The resident's whole journey in a real browser (Chromium, headless) against the local run:
 *   stations by region and nearest → a station → the privacy notice → writing with a photo,
 *   anonymously → the (simulated) consent dialog → tracking number → the deputy asks for more
 *   information → the resident adds it → the deputy replies → the resident adds a follow-up
 *   (补充留言) → the deputy sees it on the case and replies again (再次答复, in the deputy's own
 *   browser) → the resident reads the second reply → the deputy resolves → the resident rates
 *   不满意 and it reopens → a second opinion is withdrawn → claiming with a wrong phone is refused
 *   → 我的数据.
 * The deputy's other steps go through the local HTTP API as that deputy. Chasing needs a
 * deadline to pass: the local clock (POST /api/local/clock) is moved 30 days on.
 * Every screen is saved twice under test-results/resident-journey/: normal and large text.
 */
import path from 'node:path';
import {
  callFunction,
  createWalk,
  launchBrowser,
  log,
  newContext,
  root,
  runWalk,
  screen,
  see,
  setLocalClock,
  startServer,
  tab,
  tap,
} from './support.mjs';

const PHOTO = path.join(root, 'test/fixtures/elevator.png');
const TEXT_1 = '望月湖小区3栋电梯这个月又坏了三次，老人上下楼很困难，请尽快督促物业彻底检修。';
const TEXT_2 = '望月湖街道菜市场门口的路灯坏了半个月，晚上行人看不清路，希望尽快修好。';
const INFO = '坏的是3栋2单元的电梯，最近一次是周二晚上八点，困了两位老人二十分钟。';
const QUESTION = '请说明是哪一栋哪个单元的电梯，最近一次故障是什么时候。';
const REPLY_1 = '已约物业和维保单位周四到3栋2单元检查电梯控制系统，查清反复故障的原因。';
const FOLLOW_UP = '补充一下：昨天晚上电梯又停了一次，物业说要等配件，能不能先派人值守？';
const REPLY_2 = '已请物业在配件到货前安排专人早晚高峰值守电梯，配件预计下周二到货。';
const RESIDENT = 'demo-resident-1';

/** Every screen twice: as it is, then in large-text mode. */
const walk = createWalk('resident-journey', { largeText: true });
const { snap, step } = walk;

runWalk(walk, 'resident journey', async () => {
  const base = await startServer({ tmpPrefix: 'lianluozhan-journey-' });

  /** Calls a function as `openid`, as the deputy's phone would. */
  const api = (openid, fn, action, payload) => callFunction(base, fn, action, payload, openid);

  const browser = await launchBrowser();
  const context = await newContext(browser, {
    geolocation: { latitude: 28.2035, longitude: 112.953 }, // near 望月湖
    permissions: ['geolocation'],
    // Act as the first demo resident, whom the server has not yet seen agree to the privacy notice.
    persona: RESIDENT,
  });
  const openPage = (hash) => walk.openPage(context, `${base}/#${hash}`);
  const dialogButton = (page, label) => page.locator('.sim-subscribe button', { hasText: label });
  const opinionIdOf = (page) => new URL(page.url().replace('/#/', '/')).searchParams.get('id');

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
    // Deputies named from the region, not by the level taxonomy.
    await see(page, '岳麓区人大代表');
    await see(page, '望月湖街道人大代表');
    if (await screen(page).getByText(/县（市区）|乡镇人大代表/).count()) throw new Error('level taxonomy shown to residents');
    await snap(page, 'station');
    // No share sheet in a browser: 分享 copies the link and says so.
    await tap(page, '分享给邻居（复制链接）');
    await page.getByText('链接已复制', { exact: true }).first().waitFor();
  });

  await step('the privacy notice comes first, and is agreed', page, async () => {
    await tap(page, '给代表写意见');
    await see(page, '隐私保护提示');
    await snap(page, 'privacy-notice');
    await tap(page, '同意并继续');
    await see(page, '提交意见');
  });

  await step('the form: text and photos first, then category and place, the rest folded, submit at the bottom', page, async () => {
    await see(page, '意见内容');
    await see(page, '更多选项（可不填）');
    await see(page, '微信会问是否通知办理进展，选哪个都不影响提交');
    const top = async (text) => (await screen(page).getByText(text, { exact: true }).first().boundingBox()).y;
    const order = [await top('意见内容'), await top('添加照片'), await top('意见类别'), await top('地点'), await top('更多选项（可不填）')];
    if (order.some((y, i) => i > 0 && y <= order[i - 1])) throw new Error(`the form is out of order: ${order.join(', ')}`);
    if (await screen(page).getByText('涉法涉诉', { exact: true }).count()) throw new Error('restricted categories shown among the common ones');
    await snap(page, 'write-empty');
    // Sent empty: every field at fault is marked, not one message at the bottom.
    await screen(page).getByText('提交意见', { exact: true }).first().click();
    await see(page, '请填写意见内容');
    await see(page, '请选择意见类别');
    await snap(page, 'write-faults');
    // 更多类别: the rest, with the matters deputies do not take up set apart, each with its guidance.
    await tap(page, '更多类别');
    await see(page, /^以下事项不由代表办理/);
    await tap(page, '涉法涉诉');
    await see(page, /^人大代表不得干涉具体司法案件/);
    await snap(page, 'write-more-categories');
    await tap(page, '收起类别');
  });

  let firstId = '';
  let trackingNo = '';
  await step('writes with a photo, anonymously, and submits in three taps (chip, submit, consent)', page, async () => {
    await tap(page, '住房物业'); // tap 1
    await screen(page).locator('textarea').first().fill(TEXT_1);
    await see(page, `已写 ${[...TEXT_1].length} 字`);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), screen(page).getByRole('button', { name: '添加照片' }).first().click()]);
    await chooser.setFiles(PHOTO);
    await screen(page).getByRole('img', { name: '第1张照片' }).or(screen(page).locator('img[alt="第1张照片"]')).first().waitFor();
    await screen(page).locator('.input').first().locator('input').fill('望月湖小区3栋');
    await tap(page, '更多选项（可不填）');
    await screen(page).locator('.switch-row').filter({ hasText: '匿名' }).locator('input').first().click();
    await snap(page, 'write-filled');
    await screen(page).getByText('提交意见', { exact: true }).first().click(); // tap 2
    await dialogButton(page, '允许').waitFor();
    await snap(page, 'subscribe-consent');
    await dialogButton(page, '允许').click(); // tap 3
    await see(page, '意见已提交');
    trackingNo = (await screen(page).locator('.tracking--big').first().innerText()).trim();
    log(`tracking number ${trackingNo}`);
    await see(page, '已保存在「办理进度」，不用抄写');
    // With a photo it waits for the image check, then goes to a deputy named from the region.
    await see(page, /^(已转给.+代表（.+人大代表）|内容审核通过后，会转给代表办理)$/);
    await snap(page, 'submitted');
    await tap(page, '复制编号');
    await page.getByText('已复制', { exact: true }).first().waitFor();
    await snap(page, 'submitted-copied');
    await tap(page, '查看办理进度');
    await see(page, '办理经过');
    firstId = opinionIdOf(page);
    await screen(page).locator('img[alt]').first().waitFor();
    await see(page, '地点：望月湖小区3栋');
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
    await api(deputy.openid, 'deputy', 'needInfo', { id: firstId, question: QUESTION });
  });

  await step('the resident adds the information asked for', page, async () => {
    await page.reload();
    await see(page, '补充情况');
    await see(page, '待您补充');
    await snap(page, 'need-info');
    await screen(page).locator('textarea').first().fill(INFO);
    await tap(page, '提交补充');
    await see(page, '补充的情况已送达代表');
    await snap(page, 'info-added');
  });

  await step('the deputy replies; the resident adds a follow-up (补充留言) in its half-screen dialog', page, async () => {
    await api(deputy.openid, 'deputy', 'reply', { id: firstId, text: REPLY_1 });
    await page.reload();
    await see(page, '留言与答复');
    await see(page, REPLY_1);
    await tap(page, '补充留言');
    const sheet = screen(page).locator('[role=dialog]', { has: page.getByText('补充留言', { exact: true }) });
    await sheet.locator('textarea').first().fill(FOLLOW_UP);
    await snap(page, 'follow-up-dialog');
    await sheet.getByText('发送留言', { exact: true }).click();
    const sent = page.locator('.taro__toast').getByText('留言已送达', { exact: true }).first();
    await sent.waitFor();
    await sheet.waitFor({ state: 'detached' });
    // Gone before the screenshot, so it covers nothing.
    await sent.waitFor({ state: 'hidden' });
    // In 留言与答复 after the reply, on the resident's side; and in 办理经过.
    const turns = screen(page).getByTestId('conversation').locator('.talk__turn');
    await turns.filter({ hasText: FOLLOW_UP }).first().waitFor();
    const order = await turns.locator('.talk__text').allInnerTexts();
    if (order.indexOf(FOLLOW_UP) < order.indexOf(REPLY_1)) throw new Error(`the follow-up is shown before the reply: ${order.join(' | ')}`);
    await see(page, '我 补充留言');
    await snap(page, 'follow-up-sent');
  });

  // The deputy's own phone: a second browser context acting as that deputy.
  const deputyPage = walk.watch(await (await newContext(browser, { persona: deputy.openid })).newPage());
  await step("the deputy sees the follow-up on the case's page", deputyPage, async () => {
    await deputyPage.goto(`${base}/#/packages/deputy/pages/detail/index?id=${encodeURIComponent(firstId)}`);
    await see(deputyPage, '留言与答复');
    const turn = screen(deputyPage).getByTestId('conversation').locator('.talk__turn--resident', { hasText: FOLLOW_UP });
    await turn.getByText(/^居民 补充留言/).waitFor();
    await turn.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await snap(deputyPage, 'deputy-sees-follow-up');
  });

  await step('the deputy replies a second time (再次答复): the case stays 已答复', deputyPage, async () => {
    await tap(deputyPage, '更多办理方式');
    const cells = deputyPage.locator('.taro__actionSheet .taro-actionsheet__cell').filter({ hasText: /\S/ });
    await cells.first().waitFor();
    const rows = await cells.allInnerTexts();
    if (rows[0] !== '再次答复') throw new Error(`更多办理方式 lists ${rows.join('、')}, not 再次答复 first`);
    await cells.filter({ hasText: /^再次答复$/ }).click();
    const box = screen(deputyPage).locator('[role=dialog]', { has: deputyPage.getByText('再次答复', { exact: true }) });
    await box.locator('textarea').first().fill(REPLY_2);
    await snap(deputyPage, 'deputy-reply-again');
    await box.getByText('发送答复', { exact: true }).click();
    const sent = deputyPage.locator('.taro__toast').getByText('答复已发送', { exact: true }).first();
    await sent.waitFor();
    await box.waitFor({ state: 'detached' });
    await sent.waitFor({ state: 'hidden' });
    await screen(deputyPage).getByTestId('conversation').getByText(REPLY_2, { exact: true }).waitFor();
    await see(deputyPage, '已答复');
    await snap(deputyPage, 'deputy-replied-again');
  });

  await step('the resident reads the second reply after the follow-up', page, async () => {
    await page.reload();
    const turns = screen(page).getByTestId('conversation').locator('.talk__turn');
    await turns.filter({ hasText: REPLY_2 }).first().waitFor();
    const order = await turns.locator('.talk__text').allInnerTexts();
    // The whole conversation in order: the question, the answer, the reply, the follow-up, the second reply.
    if (order.join('|') !== [QUESTION, INFO, REPLY_1, FOLLOW_UP, REPLY_2].join('|')) throw new Error(`留言与答复 reads ${order.join(' | ')}`);
    await see(page, '代表已答复');
    await screen(page).getByText(REPLY_2, { exact: true }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await snap(page, 'second-reply');
  });

  await step('the deputy resolves; the resident rates 不满意 and it reopens', page, async () => {
    await api(deputy.openid, 'deputy', 'resolve', {
      id: firstId,
      kind: 'solved',
      text: '已督促物业更换3栋2单元电梯的控制板，并要求维保单位每周巡检一次。',
    });
    await page.reload();
    await see(page, '评价办理情况');
    // The result comes before the rating: 办理结果 (kind, 办结说明, deputy, date) above 评价.
    const resultCard = screen(page).locator('.resolution');
    await resultCard.getByText('已督促物业更换3栋2单元电梯的控制板，并要求维保单位每周巡检一次。').waitFor();
    const y = async (l) => (await l.first().boundingBox()).y;
    if ((await y(resultCard)) >= (await y(screen(page).getByText('评价办理情况', { exact: true })))) throw new Error('the rating comes before the result');
    await snap(page, 'result-before-rating');
    const chaseNote = await screen(page).getByText(/后可以催办$/).count();
    log(chaseNote ? 'the page says when chasing becomes possible' : 'no chase date shown (no deadline passed)');
    const rateCard = screen(page).locator('.card').filter({ hasText: '评价办理情况' });
    await rateCard.locator('.chips').nth(0).getByText('不满意', { exact: true }).click();
    await rateCard.locator('.chips').nth(1).getByText('基本满意', { exact: true }).click();
    await see(page, '选择“不满意”，意见会重新交代表办理一次。');
    await snap(page, 'rate');
    await tap(page, '提交评价');
    await see(page, '感谢评价。您不满意，意见已重新交代表办理');
    await snap(page, 'reopened');
  });

  const skipped = [];
  await step('after the deadline passes (local clock moved 30 days), the resident chases', page, async () => {
    await setLocalClock(base, { advanceMs: 30 * 24 * 3600 * 1000 });
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
    await see(page, /^已催办（第1次）/);
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
    await see(page, '撤回后这条意见不再办理，确定撤回吗？');
    await snap(page, 'withdraw-confirm');
    await tap(page, '确认撤回');
    await see(page, '意见已撤回');
    await snap(page, 'withdrawn');
  });

  await step('办理进度 shows both with their status badges', page, async () => {
    await page.goBack();
    await tab(page, '办理进度');
    await see(page, `查询编号 ${trackingNo}`);
    await see(page, '已撤回');
    await see(page, /^今天提交$/); // relative times
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
      text: '来电反映：社区老年食堂午餐时间太早，希望推迟半小时。',
      phone: '13876543210',
      residentInformed: true,
      requestId: `journey-entry-${Date.now()}`,
    });
    await tap(page, '认领工作人员代录的意见');
    await see(page, '查询编号');
    await screen(page).locator('.input input').nth(0).fill(entered.trackingNo);
    await screen(page).locator('.input input').nth(1).fill('13876543210');
    await tap(page, '认领');
    await see(page, '认领成功');
    await snap(page, 'claimed');
    await page.goBack();
    await tab(page, '办理进度');
    await see(page, `查询编号 ${entered.trackingNo}`);
    await tab(page, '我的');
  });

  await step('我的数据 exports', page, async () => {
    await tap(page, '我的数据');
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
    await tab(page, '办理进度');
    await screen(page).locator('.page--large').first().waitFor();
    await tab(page, '我的');
    await screen(page).locator('.switch-row').filter({ hasText: '大字模式' }).locator('input').first().click();
  });

  if (skipped.length) console.log(`  skipped: ${skipped.join('; ')}`);
});
