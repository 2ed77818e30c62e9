#!/usr/bin/env node
/**
 * The deputy's workspace in a real browser (Chromium, headless) against the local run:
 * a newly elected deputy (黄镕) binds with the demo invite code, then works opinions one step
 * at a time — the step's one primary button fixed at the bottom, every other way under
 * 更多办理方式 (WeChat's action sheet) in its own half-screen dialog, a confirmation before
 * 转交 and 办结, toasts for what was done — through every path: reply (saved as a named
 * template, warned before a reply that would not count), need-info, forward with the 转办函
 * (the resident's photo and place in it) and the department's answer, suggestion, hand-over,
 * resolve; checks in at a reception session (the local clock moved into one), records an
 * activity, corrects it (修改) and withdraws another recorded by mistake (撤回, issue 23), and
 * opens and exports the duty record (Excel and PDF). The suggestion is followed
 * to an answer (issue 23): the region office assigns it to a department and records the
 * answer, the deputy rates it, and the resident whose opinion fed it reads the answer on their
 * opinion. Opinions are sent by residents through the HTTP API.
 * Starts `npm start` itself on a fresh data dir and a free port, unless BASE_URL is given.
 * Screenshots go to test-results/deputy-workspace/; any failed step fails the run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pick } from './picker.mjs';
import {
  agreePrivacy,
  callFunction as api,
  createWalk,
  field,
  launchBrowser,
  log,
  newContext,
  root,
  runWalk,
  screen as visible,
  see as seeOn,
  setLocalClock,
  startServer,
  tap as tapOn,
  untilAnswer,
} from './support.mjs';

const INVITE = 'HUANGRONG26';
const DEPUTY = 'demo-deputy-new'; // 黄镕, once bound
const PLACE = '咸嘉湖小学东门（咸嘉湖西路）';
const PHOTO = path.join(root, 'test/fixtures/elevator.png');
/** Wednesday 2026-12-02 09:30 Beijing: 咸嘉湖 (XJH01) receives 09:00–12:00, 黄镕 among the deputies. */
const WEDNESDAY_SESSION = '2026-12-02T01:30:00.000Z';

const walk = createWalk('deputy-workspace');
const { outDir } = walk;

runWalk(walk, 'deputy workspace', async () => {
  const base = await startServer();
  await setLocalClock(base, { at: WEDNESDAY_SESSION });

  const browser = await launchBrowser();
  const context = await newContext(browser, { acceptDownloads: true });
  const page = walk.watch(await context.newPage());
  page.on('console', (m) => m.type() === 'error' && log(`console: ${m.text()}`));
  const go = (hash) => page.goto(`${base}/#${hash}`);

  // One page throughout: the helpers act on it.
  const screen = () => visible(page);
  const see = (text) => seeOn(page, text);
  const tap = (text) => tapOn(page, text);
  /** The text box labelled `label` (Field: a label, then the input or textarea). */
  const fill = (label, value) => field(page, label).fill(value);
  const snap = (name) => walk.snap(page, name);
  const step = (name, run) => walk.step(name, page, run);
  async function download(label, expectName) {
    const [d] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }).catch(async (e) => {
        const said = await screen().locator('[role=alert], [role=status]').allInnerTexts().catch(() => []);
        throw new Error(`${e.message}; the page says: ${said.join(' | ')}`);
      }),
      tap(label),
    ]);
    const name = d.suggestedFilename();
    if (!expectName.test(name)) throw new Error(`downloaded "${name}"`);
    const file = path.join(outDir, name);
    await d.saveAs(file);
    const size = fs.statSync(file).size;
    if (size < 1000) throw new Error(`${name} is only ${size} bytes`);
    log(`  saved ${name} (${size} bytes)`);
    return file;
  }
  /**
   * A toast WeChat's way (Taro draws it outside the page) saying `text`; `shot` snaps it while
   * shown. Returns once it is gone, so it covers no later screenshot.
   */
  const toast = async (text, shot, on = page) => {
    const said = on.locator('.taro__toast').getByText(text, { exact: true }).first();
    await said.waitFor();
    if (shot) await walk.snap(on, shot);
    await said.waitFor({ state: 'hidden' });
  };
  /** WeChat's modal: waits for it to ask `title`; answers with its confirm or cancel button. */
  const modal = async (title, on = page) => {
    const m = on.locator('.taro-modal__content', { has: on.locator('.taro-modal__title', { hasText: title }) });
    await m.waitFor();
    // Taro fades it in: wait until it is fully shown.
    await on.waitForFunction(() => getComputedStyle(document.querySelector('.taro__modal')).opacity === '1');
    return {
      text: () => m.locator('.taro-modal__text').innerText(),
      confirm: () => m.locator('.taro-model__confirm').click(),
      cancel: () => m.locator('.taro-model__cancel').click(),
      gone: () => m.waitFor({ state: 'hidden' }),
    };
  };
  /** 更多办理方式: WeChat's action sheet; answers its rows, taps `choice` when given. */
  const moreWays = async (choice) => {
    await tap('更多办理方式');
    // Its rows (the sheet's title cell, empty here, has the same class).
    const cells = page.locator('.taro__actionSheet .taro-actionsheet__cell').filter({ hasText: /\S/ });
    await cells.first().waitFor();
    const rows = await cells.allInnerTexts();
    if (choice) {
      if (!rows.includes(choice)) throw new Error(`更多办理方式 lists ${rows.join('、')}, not ${choice}`);
      await cells.filter({ hasText: new RegExp(`^${choice}$`) }).click();
    }
    return rows;
  };
  /** The half-screen dialog titled `title`. */
  const dialog = (title) => screen().locator('[role=dialog]', { has: page.getByText(title, { exact: true }) });
  /** The fixed bar's buttons: only ever one primary (the current step's). */
  async function barButtons() {
    const bar = screen().locator('.ui-bottom-bar');
    await bar.waitFor();
    const primaries = await bar.locator('.btn--primary').allInnerTexts();
    if (primaries.length > 1) throw new Error(`the bar has ${primaries.length} primary buttons: ${primaries.join('、')}`);
    return bar.locator('.btn').allInnerTexts();
  }
  const inboxTab = (label) => screen().locator('[role=tab]', { hasText: label }).first();
  /** The inbox tab `label` reads `count` (its aria-label: the count also when 0). */
  const tabCount = (label, count) => screen().locator(`[role=tab][aria-label="${label} ${count}"]`).waitFor();
  const openOpinion = async (trackingNo) => {
    await go('/packages/deputy/pages/inbox/index');
    await inboxTab('全部').click();
    await tap(new RegExp(`^${trackingNo}`));
    await see('办理经过');
  };

  await step('switch to the newly elected deputy 黄镕 (not bound yet)', async () => {
    await go('/pages/me/index');
    await see('本地演示：切换身份');
    await tap('新任代表 黄镕');
    await go('/packages/deputy/pages/inbox/index');
    await see('还不是代表身份');
    await snap('not-a-deputy-yet');
  });

  await step('bind with the invite code', async () => {
    await tap('输入邀请码绑定');
    await see('输入邀请码');
    await screen().locator('input').first().fill('WRONG1234');
    await tap('绑定');
    await see('邀请码不正确，请核对后重新输入');
    await snap('bind-wrong-code');
    await screen().locator('input').first().fill(INVITE);
    await tap('绑定');
    await see('绑定成功');
    await snap('bound');
    await tap('进入代表收件箱');
    await tabCount('待受理', 0);
  });

  // Residents write to 黄镕 at 咸嘉湖 (through the same API the app uses).
  const texts = [
    '咸嘉湖西路人行道砖块松动，雨天踩下去溅一身泥水，老人容易摔倒。',
    '社区篮球场的照明灯坏了一个多月，晚上没法活动，希望尽快修好。',
    '学校门口早高峰车辆乱停，孩子上学很危险，希望加强交通疏导。',
    '社区图书室每天只开放两个小时，希望延长到晚上和周末。',
    '小区健身器材年久失修，有的螺丝松动，存在安全隐患。',
  ];
  /** Uploads a photo as `openid`, as the app does in the local run; its file id. */
  async function uploadPhoto(openid, file) {
    const res = await fetch(`${base}/api/storage/upload`, { method: 'POST', headers: { 'content-type': 'image/png', 'X-WX-OPENID': openid }, body: fs.readFileSync(file) });
    const body = await res.json();
    if (!body.ok) throw new Error(`upload refused: ${body.code} ${body.message}`);
    return body.data.fileId;
  }
  const ops = [];
  for (const [i, text] of texts.entries()) {
    const resident = `browser-resident-${i}`;
    await agreePrivacy(base, resident);
    // The one to be forwarded carries a photo and a place: the deputy and the 转办函 show both.
    const extra = i === 2 ? { place: PLACE, photos: [await uploadPhoto(resident, PHOTO)] } : {};
    const r = await api(base, 'opinion', 'submit', { stationCode: 'XJH01', category: '城乡建设', chosenDeputyId: 'd-town-3', text, requestId: `browser-deputy-${Date.now()}-${i}`, ...extra }, resident);
    ops.push(r.trackingNo);
  }
  const [replyNo, infoNo, forwardNo, suggestNo, handoverNo] = ops;

  await step('inbox: underline tabs with counts, the tools as an icon grid, due dates', async () => {
    await go('/packages/deputy/pages/inbox/index');
    // The photo's image check answers a moment later; then the case reaches the deputy.
    await untilAnswer(page, { fn: 'deputy', action: 'inbox', payload: { tab: 'new' }, openid: DEPUTY }, (d) => d.counts.new === 5);
    await page.reload();
    await tabCount('待受理', 5);
    await see(/受理期限/);
    await see(/今天收到/);
    const tools = await screen().locator('.deputy-tools .ui-grid__label').allInnerTexts();
    if (tools.join() !== '接待值班,履职活动,履职档案,代表建议,我的资料') throw new Error(`the tools grid reads ${tools.join('、')}`);
    if (await screen().locator('.chip').count()) throw new Error('the inbox still shows chips');
    await snap('inbox');
  });

  await step('turn on new-case reminders from the inbox: one tap asks for the three long-term reminders', async () => {
    await see('接收新意见提醒');
    // The card's button (its title says the same words).
    await screen().locator('[data-testid="reminders"]').getByText('接收新意见提醒', { exact: true }).last().click();
    const dialog = page.locator('.sim-subscribe[data-state="open"]');
    await dialog.waitFor();
    const asked = (await dialog.innerText()).split('\n').filter((t) => t.startsWith('·'));
    if (asked.length !== 3) throw new Error(`asked for ${asked.length} templates: ${asked.join(' ')}`);
    await dialog.getByText('长期接收，可随时在小程序设置中关闭').waitFor();
    await snap('reminders-dialog');
    await dialog.locator('button', { hasText: '允许' }).click();
    await see(/新意见提醒已开启/);
    const after = await api(base, 'subscription', 'reminders', {}, 'demo-deputy-new');
    const off = after.items.filter((i) => i.longTerm && !i.on).map((i) => i.key);
    if (after.reach?.reachable !== true || off.length) throw new Error(`reminders after the tap: ${JSON.stringify(after)}`);
    log(`  asked: ${asked.join(' ')}; reach ${after.reach.label}`);
    await snap('reminders-on');
  });

  await step('the inbox opens the tab named in ?tab=; its six tabs fit a 390 px page', async () => {
    await go('/packages/deputy/pages/inbox/index?tab=overdue');
    await screen().locator('.inbox-tab--on', { hasText: /^逾期/ }).waitFor();
    await see('这里没有意见');
    const widths = await screen().evaluate((el) => {
      const tabs = el.querySelector('.inbox-tabs');
      return { page: el.scrollWidth, view: el.clientWidth, tabs: tabs.scrollWidth, tabsView: tabs.clientWidth, doc: document.documentElement.scrollWidth };
    });
    if (widths.page > widths.view || widths.doc > 390) throw new Error(`the page overflows sideways: ${JSON.stringify(widths)}`);
    if (widths.tabs > widths.tabsView) throw new Error(`the tabs do not fit: ${JSON.stringify(widths)}`);
    log(`  six tabs in ${widths.tabsView} px, none hidden`);
    await snap('inbox-overdue-tab');
  });

  const REPLY = '已联系街道城管办，本周内组织人员修补人行道砖块，并清理排水口。';
  await step('受理: the one primary button of the first step, then a toast and the next step', async () => {
    await openOpinion(replyNo);
    if ((await barButtons()).join() !== '更多办理方式,受理') throw new Error(`the bar reads ${(await barButtons()).join('、')}`);
    await snap('detail-accept-step');
    await tap('受理');
    await toast('已受理', 'accepted-toast');
    await see('答复居民');
    if ((await barButtons()).join() !== '更多办理方式,发送答复') throw new Error(`the bar reads ${(await barButtons()).join('、')}`);
    if ((await screen().locator('textarea').count()) !== 1) throw new Error('more than one form on the page');
  });

  await step('save the reply as a template under a name the deputy gives', async () => {
    await screen().locator('textarea').first().fill(REPLY);
    await tap('存为模板');
    await dialog('存为答复模板').waitFor();
    await fill('模板名称（20字以内）', '人行道修补');
    await snap('template-name-dialog');
    await tap('保存模板');
    await toast('已存为模板');
    await dialog('存为答复模板').waitFor({ state: 'detached' });
    // Its name is now a chip above the reply box.
    await screen().locator('.reply-composer .chip', { hasText: '人行道修补' }).waitFor();
  });

  await step('a reply that only repeats the template says it will not count, and why, before it is sent', async () => {
    await see('这条答复和您的模板“人行道修补”完全相同，发送后不计为有效答复。请补充了解到的情况或办理打算。');
    await screen().getByTestId('reply-warning').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await snap('reply-warning');
    await tap('发送答复');
    const asked = await modal('这条答复不计为有效答复');
    if (!(await asked.text()).includes('“人行道修补”')) throw new Error(`the modal says: ${await asked.text()}`);
    await snap('reply-warning-modal');
    await asked.cancel();
    await asked.gone();
    // Nothing was sent: the case is still at 答复居民.
    await see('答复居民');
  });

  await step('the reply with something added counts: sent without a question, a toast', async () => {
    await screen().locator('textarea').first().fill(`${REPLY}修补完成后我会再告诉您。`);
    if (await screen().getByTestId('reply-warning').count()) throw new Error('a reply that counts is still warned about');
    await tap('发送答复');
    await toast('答复已发送', 'reply-sent-toast');
    await see('已答复');
    await snap('replied');
    const sent = await api(base, 'deputy', 'detail', { id: (await api(base, 'deputy', 'inbox', { tab: 'all' }, DEPUTY)).items.find((o) => o.trackingNo === replyNo).id }, DEPUTY);
    if (sent.replyFlags.at(-1)?.countsAsResponse !== true) throw new Error(`the reply was not counted: ${JSON.stringify(sent.replyFlags)}`);
  });

  await step('ask the resident for more information: 更多办理方式, then its own dialog', async () => {
    await openOpinion(infoNo);
    await tap('受理');
    await toast('已受理');
    const rows = await moreWays();
    log(`  更多办理方式： ${rows.join('、')}`);
    await snap('more-ways-sheet');
    await page.locator('.taro__actionSheet .taro-actionsheet__cell').filter({ hasText: /^请居民补充$/ }).click();
    await dialog('请居民补充情况').waitFor();
    await fill('需要补充的情况', '请说明是哪一栋楼旁的篮球场，方便联系物业。');
    await snap('need-info-dialog');
    await tap('发送给居民');
    await toast('已请居民补充');
    await see('待补充');
    await snap('need-info');
  });

  await step("the resident's photo and place are on the deputy's page", async () => {
    await openOpinion(forwardNo);
    const card = screen().getByTestId('resident-material');
    await card.getByText(PLACE).waitFor();
    const src = await card.locator('img').first().getAttribute('src');
    if (!src?.includes('/api/storage/uploads/')) throw new Error(`the deputy sees the photo ${src}`);
    await snap('detail-photo-place');
  });

  await step('forward to a department from the directory, confirmed first; print the 转办函 with the photo and place', async () => {
    await tap('受理');
    await toast('已受理');
    await moreWays('转交部门');
    await dialog('转交部门办理').waitFor();
    await tap('咸嘉湖街道社区建设办公室');
    await fill('转办要求（选填）', '请协调交警中队早高峰到校门口疏导');
    await snap('forward-dialog');
    await tap('转交部门');
    const asked = await modal('转交部门办理？');
    await snap('forward-confirm');
    await asked.confirm();
    await toast('已转交部门', 'forwarded-toast');
    await see(/^已转交：咸嘉湖街道社区建设办公室/);
    await snap('forwarded');
    const letter = await download('打印转办函', /^转办函-ZB-.*\.pdf$/);
    execFileSync('sh', [path.join(root, 'scripts/ensure-poppler.sh')], { stdio: 'ignore' });
    const text = execFileSync('pdftotext', [letter, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const want of ['反映地点', PLACE.replace(/\s+/g, ''), '附照片1张（见附件）', '附图1']) {
      if (!text.includes(want)) throw new Error(`the 转办函 lacks "${want}"`);
    }
    log('  the 转办函 prints the place and the photo (附图1)');
  });

  await step('登记部门答复 is the step while the department has the case', async () => {
    if ((await barButtons()).join() !== '更多办理方式,登记部门答复') throw new Error(`the bar reads ${(await barButtons()).join('、')}`);
    await screen().locator('.ui-bottom-bar').getByText('登记部门答复', { exact: true }).click();
    await dialog('登记部门答复').waitFor();
    await fill('部门答复', '街道已协调交警中队，每天早高峰安排警力在校门口疏导，并施划临时停车区。');
    await tap('登记答复');
    await toast('已登记部门答复');
    await see(/^部门答复/);
    await snap('department-answer');
  });

  await step('办结 after the department answered, confirmed first', async () => {
    await see('办结本件意见');
    await tap('已解决');
    await fill('办结说明', '交警已在校门口早高峰定点疏导，临时停车区已施划完成。');
    await tap('办结');
    const asked = await modal('确定办结？');
    await snap('resolve-confirm');
    await asked.confirm();
    await toast('已办结');
    await see('已办结');
    await snap('resolved');
  });

  await step('convert into a 闭会期间代表建议 (its own page, from 更多办理方式)', async () => {
    await openOpinion(suggestNo);
    await tap('受理');
    await toast('已受理');
    await moreWays('转为代表建议');
    await see('合并的意见');
    await fill('建议标题', '关于延长社区文体设施开放时间的建议');
    await fill('理由', '居民反映社区图书室、活动室开放时间短，上班族无法使用。');
    await fill('建议内容', '统筹安排管理人员和志愿者，晚间和周末开放社区文体设施。');
    await tap('形成代表建议');
    await see(/^已形成代表建议/);
    await snap('suggestion');
  });

  // Issue 23: the suggestion followed to an answer — the office assigns it and records the
  // department's answer, the deputy rates it, the resident whose opinion fed it reads the answer.
  const SUGGESTION = '关于延长社区文体设施开放时间的建议';
  const DEPARTMENT = '咸嘉湖街道社区建设办公室';
  const DEPT_ANSWER = '街道已协调社区和学校，图书室、活动室自下月起晚间开放至21点，周末全天开放。';
  await step('我的代表建议: the suggestion just made reads 已提交, waiting for 交办', async () => {
    await tap('查看我的代表建议');
    const row = screen().locator('.suggestion-row', { hasText: SUGGESTION });
    await row.getByText('已提交', { exact: true }).waitFor();
    await row.getByText('等待人大常委会交办').waitFor();
    if (await row.locator('button').count()) throw new Error('a submitted suggestion offers the deputy a move');
    await snap('my-suggestions-submitted');
  });

  // The region office (岳麓区人大常委会) in its own browser context.
  const office = walk.watch(await (await newContext(browser, { persona: 'demo-admin-yuelu' })).newPage());
  const sheet = () => visible(office).locator('.ui-half');
  await walk.step('the office finds it under 代表建议 → 待交办 and assigns it (交办) to a department with a due date', office, async () => {
    await office.goto(`${base}/#/packages/admin/pages/index/index`);
    await seeOn(office, '交办代表的闭会期间建议，登记部门答复');
    await tapOn(office, '交办代表的闭会期间建议，登记部门答复');
    await visible(office).locator('.tab--on', { hasText: /^待交办/ }).waitFor();
    await seeOn(office, SUGGESTION);
    await walk.snap(office, 'office-suggestions-todo');
    await tapOn(office, SUGGESTION);
    await sheet().getByText('合并的群众意见（1条）').waitFor();
    await sheet().getByText(DEPARTMENT, { exact: true }).click();
    // The local clock is 2026-12-02: three months on.
    await pick(office, '答复期限', ['2027年', '03月', '02日'], { scope: sheet() });
    await walk.snap(office, 'office-assign');
    await sheet().locator('.ui-half__ft .btn--primary', { hasText: /^交办$/ }).click();
    const asked = await modal('交办代表建议？', office);
    if (!(await asked.text()).includes(`交${DEPARTMENT}办理，请在2027-03-02前答复`)) throw new Error(`the modal says: ${await asked.text()}`);
    await asked.confirm();
    await toast('已交办', undefined, office);
    await sheet().locator('.ui-half__ft .btn--primary', { hasText: /^登记答复$/ }).waitFor();
    await sheet().getByText(`承办部门：${DEPARTMENT}（街道社区办 0731-0000-0302）· 答复期限2027-03-02`).waitFor();
  });

  await walk.step('the office records the department’s answer: confirmed, then 已答复 in the sheet', office, async () => {
    await sheet().locator('textarea').first().fill(DEPT_ANSWER);
    await pick(office, '答复日期', ['2026年', '12月', '02日'], { scope: sheet() });
    await walk.snap(office, 'office-answer');
    await sheet().locator('.ui-half__ft .btn--primary', { hasText: /^登记答复$/ }).click();
    await (await modal('登记部门答复？', office)).confirm();
    await toast('已登记部门答复', undefined, office);
    await sheet().getByText(DEPT_ANSWER).waitFor();
    await sheet().locator('.badge', { hasText: '已答复' }).waitFor();
    await walk.snap(office, 'office-answered');
  });

  await step('the deputy reads the answer and rates it (代表满意度)', async () => {
    await go('/packages/deputy/pages/suggestions/index');
    await page.reload();
    const row = screen().locator('.suggestion-row', { hasText: SUGGESTION });
    await row.getByText(DEPT_ANSWER).waitFor();
    await row.getByText('评价答复', { exact: true }).click();
    await dialog('评价部门答复').waitFor();
    await dialog('评价部门答复').getByText('满意', { exact: true }).click();
    await fill('意见（选填）', '开放时间延长后，上班族也能用上图书室。');
    await snap('rate-answer');
    await tap('提交评价');
    await toast('已评价答复');
    await row.getByText('我的评价：满意。开放时间延长后，上班族也能用上图书室。').waitFor();
    await row.getByText('已评价', { exact: true }).waitFor();
    await snap('my-suggestions-rated');
  });

  // The resident whose opinion fed the suggestion (browser-resident-3), on their phone.
  const resident = walk.watch(await (await newContext(browser, { persona: 'browser-resident-3' })).newPage());
  await walk.step('the resident sees the suggestion and the department’s answer on their opinion; one timeline event tells them', resident, async () => {
    const mine = await api(base, 'opinion', 'mine', {}, 'browser-resident-3');
    const fed = mine.items.find((o) => o.trackingNo === suggestNo);
    await resident.goto(`${base}/#/pages/opinion/index?id=${encodeURIComponent(fed.id)}`);
    const card = visible(resident).locator('.suggestion-card');
    await card.getByText(DEPT_ANSWER).waitFor();
    await card.getByText('部门已答复', { exact: true }).waitFor();
    await card.getByText(`《${SUGGESTION}》`).waitFor();
    await visible(resident).getByText(/代表建议获答复/).first().waitFor();
    await card.scrollIntoViewIfNeeded();
    await walk.snap(resident, 'resident-suggestion-answered');
    const timeline = (await api(base, 'opinion', 'detail', { id: fed.id }, 'browser-resident-3')).timeline.filter((e) => e.action === 'suggestion_answer');
    if (timeline.length !== 1) throw new Error(`the opinion's timeline has ${timeline.length} suggestion answers`);
  });

  await step('hand over to another deputy with a reason, confirmed first', async () => {
    await openOpinion(handoverNo);
    await moreWays('转交其他代表');
    await dialog('转交给本站其他代表').waitFor();
    await tap(/^赵国庆/);
    await fill('转交原因', '赵国庆代表负责该片区的公共设施，便于跟进');
    await tap('转交其他代表');
    const asked = await modal('转交其他代表？');
    if (!(await asked.text()).includes('赵国庆代表')) throw new Error(`the modal says: ${await asked.text()}`);
    await asked.confirm();
    await toast('已转交其他代表', 'handed-over');
  });

  await step('resolve the replied opinion (已解释说明)', async () => {
    await openOpinion(replyNo);
    await tap('已解释说明');
    await fill('办结说明', '人行道已修补完毕，排水口已清理，后续纳入街道日常巡查。');
    await tap('办结');
    await (await modal('确定办结？')).confirm();
    await toast('已办结');
    await see('已办结');
  });

  await step('check in at the reception session by the station code', async () => {
    await go('/packages/deputy/pages/duty/index');
    await see('近期接待安排');
    page.once('dialog', (d) => d.accept('XJH01'));
    await tap('扫码签到');
    await see(/^签到成功：咸嘉湖街道人大代表联络站/);
    await see('已签到');
    await snap('checked-in');
  });

  await step('record an activity', async () => {
    await go('/packages/deputy/pages/activities/index');
    await tap('专题调研');
    await fill('日期', '2026-12-01');
    await fill('地点', '咸嘉湖街道各小区');
    await fill('接触的群众', '物业、业委会和居民代表15人');
    await fill('活动内容', '围绕老旧小区公共设施维护开展专题调研，形成问题清单。');
    await tap('保存活动');
    await see('已记录');
    await snap('activities');
  });

  await step('correct the activity (修改): its own dialog; the list says it was corrected', async () => {
    // The toast of the save is gone first (it would cover the dialog's screenshot).
    await page.locator('.taro__toast').getByText('已记录', { exact: true }).first().waitFor({ state: 'hidden' });
    const card = screen().locator('.activity', { hasText: '围绕老旧小区公共设施维护开展专题调研，形成问题清单。' }).first();
    await card.getByText(/^可修改至\d{4}-\d{2}-\d{2}$/).waitFor();
    await tapOn(card, '修改');
    const d = dialog('修改履职活动');
    await d.waitFor();
    if ((await field(d, '地点').inputValue()) !== '咸嘉湖街道各小区') throw new Error('the dialog does not hold the activity');
    await tapOn(d, '集中视察');
    await field(d, '接触的群众').fill('物业、业委会和居民代表18人');
    await snap('activity-correct');
    await tapOn(d, '保存修改');
    await toast('已修改');
    await d.waitFor({ state: 'hidden' });
    await card.getByText(/已修改1次/).waitFor();
    await card.getByText('集中视察', { exact: true }).waitFor();
    await card.getByText(/物业、业委会和居民代表18人/).waitFor();
    await snap('activity-corrected');
  });

  await step('withdraw an activity recorded by mistake (撤回): a reason, confirmed first; it stays listed, marked', async () => {
    await tap('走访');
    await fill('日期', '2026-12-01');
    await fill('地点', '咸嘉湖街道各小区');
    await fill('接触的群众', '居民代表6人');
    await fill('活动内容', '走访咸嘉湖街道各小区，了解公共设施维护情况。');
    await tap('保存活动');
    await toast('已记录');
    const card = screen().locator('.activity', { hasText: '走访咸嘉湖街道各小区，了解公共设施维护情况。' }).first();
    await card.waitFor();
    await tapOn(card, '撤回');
    const d = dialog('撤回履职活动');
    await d.waitFor();
    await field(d, '撤回理由').fill('与专题调研是同一次活动，重复记录');
    await tapOn(d, '撤回');
    const m = await modal('撤回履职活动');
    await snap('activity-withdraw-confirm');
    await m.confirm();
    await m.gone();
    await toast('已撤回');
    await card.getByText(/与专题调研是同一次活动，重复记录（不计入履职档案和统计）/).waitFor();
    if (await card.getByText('撤回', { exact: true }).count()) throw new Error('a withdrawn activity still offers 撤回');
    await card.scrollIntoViewIfNeeded();
    await snap('activity-withdrawn');
  });

  await step('open the duty record and export it (Excel and PDF)', async () => {
    await go('/packages/deputy/pages/record/index');
    await see(/^黄镕代表履职档案/);
    await see('收到意见（件）');
    await see(/^有效答复：不少于15字/);
    await snap('duty-record');
    await download('导出 Excel', /^履职档案-黄镕-.*\.xlsx$/);
    await download('导出 PDF', /^履职档案-黄镕-.*\.pdf$/);
  });

  const BIO = '街道人大代表，中学教师，关注课后服务、社区文体活动和上学路上的交通安全。';
  await step('edit the profile: photo, bio, specialties and a published office phone', async () => {
    await go('/packages/deputy/pages/inbox/index');
    await tap('我的资料');
    await see('居民看到的样子');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap('更换照片')]);
    await chooser.setFiles(PHOTO);
    await see('保存后送审，通过后向居民展示');
    await fill(/^简介/, BIO);
    await tap('交通出行');
    await tap('公开办公电话');
    await fill(/^办公电话/, '0731-88881234');
    await snap('profile-edit');
    await tap('保存资料');
    await see('已保存；照片审核通过后向居民展示');
    await see('关注领域：教育、文化体育、交通出行');
    await see('联系方式：办公电话 073188881234');
  });

  await step('the station page shows the profile as the deputy chose, photo once it passed the check', async () => {
    await go('/pages/station/index?scene=XJH01');
    await see('本站代表');
    const card = screen().locator('.deputy', { hasText: '黄镕' }).first();
    await card.getByText(BIO).waitFor();
    await card.getByText('关注领域：教育、文化体育、交通出行').waitFor();
    await card.getByText('联系方式：办公电话 073188881234').waitFor();
    // The image check answers a moment later (WeChat pushes the verdict): wait for the
    // station's answer to carry the uploaded photo, then show the page again.
    await untilAnswer(page, { fn: 'station', action: 'get', payload: { code: 'XJH01' } }, (d) =>
      d.deputies.some((x) => x.name === '黄镕' && typeof x.photo === 'string' && x.photo.includes('/api/storage/uploads/')),
    );
    await page.reload();
    await see('本站代表');
    const src = await card.locator('img').first().getAttribute('src');
    if (!src?.includes('/api/storage/uploads/')) throw new Error(`the station page shows the photo ${src}, not the uploaded one`);
    await card.scrollIntoViewIfNeeded();
    await snap('station-shows-profile');
  });
});
