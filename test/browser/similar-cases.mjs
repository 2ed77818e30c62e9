#!/usr/bin/env node
/**
 * 附议 and 汇总件 in a real browser (Chromium, headless) against the local run (issue 25, decision 0036):
 *   a resident writes on the write page about the dark stairwell lights of one building and agrees
 *   to publication; a second resident writes about the same problem in other words, sees the
 *   first case under 附近居民反映过类似问题 (redacted, with its count) after a pause, taps 附议,
 *   confirms it and sees 已附议; their 办理进度 shows 我附议的（1） and the joined case with its
 *   status, they wrote no opinion of their own, the case counts one 附议, and staff see 附议 1 on
 *   it in their queue and on the case page. Then
 *   three residents write about the broken elevator of another building in their own words; staff
 *   open one of the cases, see the other two under 同类意见, check them and merge the three into
 *   one 汇总件 (confirmed); the 汇总件 lists its three sources; staff forward it to a department
 *   and print ONE 转办函 that lists the three (numbers and places, no phone); staff record the
 *   department's answer and resolve it; the merge pass brings every source along; each resident
 *   sees 已与2件同类意见合并办理 and the result on their own case, may rate it, and was sent
 *   the result (the messages page lists one 意见办结通知 for each).
 * Starts `npm start` itself (demo data without the demo year) on a fresh data dir and a free port, unless BASE_URL is given.
 * Screenshots go to test-results/similar-cases/ (390 px wide); any failed step fails the run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { agreePrivacy, callFunction as api, createWalk, field, launchBrowser, log, newContext, root, runWalk, screen, see, startServer, tab, tap } from './support.mjs';

const STAFF = 'demo-staff-wyh'; // 望月湖站
const ADMIN = 'demo-admin-yuelu';
const RESIDENTS = ['walk-sim-res-1', 'walk-sim-res-2', 'walk-sim-res-3'];
const PLACE = '望月湖小区3栋';
const TEXTS = [
  '望月湖小区3栋电梯坏了好几天，老人上下楼很困难，希望尽快维修。',
  '望月湖小区3栋的电梯又停运了，物业一直不修，老人上下楼很困难。',
  '我们望月湖小区3栋电梯经常故障停运，联系电话13912345678，希望物业尽快维修。',
];
// 附议: A writes on the write page, B writes the same problem in other words and joins A's case.
const SECOND_A = 'walk-sim-author';
const SECOND_B = 'walk-sim-seconder';
const SECOND_TEXTS = [
  '望月湖小区5栋楼道的灯坏了一个多月，晚上上下楼摸黑，物业一直不修。',
  '5栋楼梯间的感应灯不亮了，老人晚上下楼怕摔，请帮忙催一下。',
];
const ANSWER = '区住建局已约谈物业，维保单位本周更换3栋电梯主板。';
const RESULT = '3栋电梯主板已更换，电梯恢复运行，物业每月维保并公示检查记录。';

const walk = createWalk('similar-cases');
const { snap, step } = walk;

runWalk(walk, '附议 and similar cases merged into one 汇总件', async () => {
  // The demo data is enough (stations, staff, the department directory): no demo year, so nothing else merges or relays.
  const base = await startServer({ tmpPrefix: 'lianluozhan-similar-', env: () => ({ DEMO_YEAR: '0' }) });
  const browser = await launchBrowser();
  async function openAs(openid, hash) {
    const context = await newContext(browser, { viewport: { width: 390, height: 1100 }, persona: openid });
    return walk.openPage(context, `${base}/#${hash}`);
  }
  const modal = async (page, title) => {
    const m = page.locator('.taro-modal__content', { has: page.locator('.taro-modal__title', { hasText: title }) });
    await m.waitFor();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.taro__modal')).opacity === '1');
    return { confirm: () => m.locator('.taro-model__confirm').click() };
  };
  const toastGone = async (page, text) => {
    const said = page.locator('.taro__toast').getByText(text, { exact: true }).first();
    await said.waitFor();
    await said.waitFor({ state: 'hidden' });
  };
  const dialog = (page, title) => screen(page).locator('[role=dialog]', { has: page.getByText(title, { exact: true }) });
  /** 更多操作: the action sheet's rows; taps `choice`. */
  const more = async (page, choice) => {
    await tap(screen(page).locator('.ui-bottom-bar'), '更多操作');
    const cells = page.locator('.taro__actionSheet .taro-actionsheet__cell').filter({ hasText: /\S/ });
    await cells.first().waitFor();
    const rows = await cells.allInnerTexts();
    if (!rows.includes(choice)) throw new Error(`更多操作 lists ${rows.join('、')}, not ${choice}`);
    await cells.filter({ hasText: new RegExp(`^${choice}$`) }).click();
  };


  // 附议: resident A writes on the write page and agrees to publication; resident B writes the
  // same problem in other words and joins A's case instead of sending a duplicate.
  for (const who of [SECOND_A, SECOND_B]) await agreePrivacy(base, who);
  const writer = await openAs(SECOND_A, '/pages/write/index?scene=WYH01');
  let joinedId = '';
  await step('resident A writes about the stairwell lights on the write page, agrees to publication and submits', writer, async () => {
    await see(writer, '提交意见');
    await screen(writer).locator('textarea').first().fill(SECOND_TEXTS[0]);
    await see(writer, `已写 ${[...SECOND_TEXTS[0]].length} 字`);
    await tap(writer, '住房物业');
    await tap(writer, '更多选项（可不填）');
    const consent = screen(writer).locator('#write-field-consentPublish');
    await consent.locator('input').first().click();
    await see(writer, '同意公开结果'); // 更多选项's summary
    await consent.scrollIntoViewIfNeeded();
    await snap(writer, 'second-a-write');
    await screen(writer).getByText('提交意见', { exact: true }).first().click();
    const allow = writer.locator('.sim-subscribe button', { hasText: '允许' });
    await allow.waitFor();
    await allow.click();
    await see(writer, '意见已提交');
    const mine = await api(base, 'opinion', 'mine', {}, SECOND_A);
    if (mine.items.length !== 1) throw new Error(`resident A has ${mine.items.length} opinions`);
    joinedId = mine.items[0].id;
    const detail = await api(base, 'opinion', 'detail', { id: joinedId }, SECOND_A);
    // Its consent to publication shows in what others are offered (only published cases are): the next step.
    if (detail.text !== SECOND_TEXTS[0] || detail.category !== '住房物业') {
      throw new Error(`resident A's opinion is not what was written: ${JSON.stringify({ text: detail.text, category: detail.category })}`);
    }
    log(`  A's case ${mine.items[0].trackingNo}: ${detail.statusLabel ?? detail.status}`);
  });
  await writer.context().close();

  const joiner = await openAs(SECOND_B, '/pages/write/index?scene=WYH01');
  await step('resident B writes the same problem in other words: A’s case is offered, redacted, with its count', joiner, async () => {
    // The lookup the page makes (opinion.similar) finds A's case for B's words.
    const found = await api(base, 'opinion', 'similar', { stationCode: 'WYH01', text: SECOND_TEXTS[1] }, SECOND_B);
    if (!found.items.some((i) => i.id === joinedId)) throw new Error(`opinion.similar does not find A's case for B's words: ${JSON.stringify(found.items)}`);
    await see(joiner, '提交意见');
    const text = screen(joiner).locator('textarea').first();
    await text.fill(SECOND_TEXTS[1]);
    await text.blur(); // or the pause in writing
    const panel = screen(joiner).getByTestId('similar-panel');
    const item = panel.locator(`[data-testid="similar-case"][data-id="${joinedId}"]`);
    await item.waitFor();
    await panel.getByText('附近居民反映过类似问题', { exact: true }).waitFor();
    await item.getByText('暂无人附议', { exact: true }).waitFor();
    const excerpt = await item.locator('.excerpt').innerText();
    // Its words, with the building's number masked (core/redact.ts), never A's contact.
    if (!excerpt.includes('楼道的灯坏了一个多月') || excerpt.includes('5栋')) throw new Error(`the offered case reads "${excerpt}"`);
    await panel.scrollIntoViewIfNeeded();
    await snap(joiner, 'second-b-similar');
  });

  await step('resident B taps 附议, confirms it in the sheet, allows the progress messages and sees 已附议', joiner, async () => {
    await screen(joiner).locator(`[data-testid="similar-case"][data-id="${joinedId}"]`).getByTestId('similar-second').click();
    const sheet = dialog(joiner, '附议这件意见');
    await sheet.waitFor();
    await sheet.getByText('您将关注这件意见的办理进展并收到通知，不再重复提交。', { exact: true }).waitFor();
    // WeChat's dialog opens in the confirming tap (the sheet says so first).
    await sheet.getByText('微信会问是否通知办理进展，选哪个都不影响附议', { exact: true }).waitFor();
    await snap(joiner, 'second-b-confirm');
    await sheet.getByTestId('second-confirm').click();
    const allow = joiner.locator('.sim-subscribe button', { hasText: '允许' });
    await allow.waitFor();
    await allow.click();
    await see(joiner, '已附议');
    await see(joiner, '这件意见现有 1 人附议。有办理进展时会通知您，也可以在「办理进度」的“我附议的”里查看。');
    await see(joiner, '查看这件意见');
    await see(joiner, '继续写我的意见');
    await snap(joiner, 'second-b-joined');
  });

  await step('B’s joined case shows A’s case and its status; 办理进度 lists it under 我附议的（1）; B wrote nothing of their own', joiner, async () => {
    await tap(joiner, '查看这件意见');
    const joined = screen(joiner).getByTestId('seconded-case');
    await joined.waitFor();
    const seen = await api(base, 'opinion', 'secondedDetail', { id: joinedId }, SECOND_B);
    await joined.getByText(seen.statusLabel, { exact: true }).waitFor();
    await joined.getByText('附议 1', { exact: true }).waitFor();
    await joined.getByText(/^您于 .+ 附议，有办理进展时会通知您$/).waitFor();
    await joined.getByText(/楼道的灯坏了一个多月/).waitFor();
    await snap(joiner, 'second-b-seconded-case');
    log(`  B reads A's case as ${seen.statusLabel}`);
    // Back to the result, then 办理进度 from the tab bar.
    await joiner.goBack();
    await see(joiner, '已附议');
    await tab(joiner, '办理进度');
    await see(joiner, '我附议的（1）');
    await see(joiner, '我提交的（0）');
    await screen(joiner).locator('.badge--second').getByText('附议', { exact: true }).first().waitFor();
    await see(joiner, /楼道的灯坏了一个多月/);
    await snap(joiner, 'second-b-progress');
    const own = await api(base, 'opinion', 'mine', {}, SECOND_B);
    if (own.items.length !== 0) throw new Error(`B created ${own.items.length} opinion(s) of their own`);
    const theCase = await api(base, 'staff', 'case', { id: joinedId }, STAFF);
    if (theCase.secondCount !== 1) throw new Error(`A's case counts ${theCase.secondCount} 附议`);
  });
  await joiner.context().close();

  const desk = await openAs(STAFF, '/packages/staff/pages/queue/index?view=open');
  await step('staff see 附议 1 on A’s case in their queue and on the case page', desk, async () => {
    const row = screen(desk).locator(`.queue-item[data-id="${joinedId}"]`);
    await row.waitFor();
    await row.getByText('附议 1', { exact: true }).waitFor();
    await row.scrollIntoViewIfNeeded();
    await snap(desk, 'second-staff-queue');
    await row.locator('.queue-item__open').click();
    await see(desk, SECOND_TEXTS[0]);
    await screen(desk).getByText('附议 1', { exact: true }).first().waitFor();
  });
  await desk.context().close();

  // The merge: three residents, each with reminders on for progress and the result (WeChat's dialog answered
  // three times, as the app asks at each step), write about the same elevator.
  const { templates } = await api(base, 'subscription', 'templates', { audience: 'resident' });
  const wanted = templates.filter((t) => t.key === 'opinion_progress' || t.key === 'opinion_result');
  const cases = [];
  for (const [i, who] of RESIDENTS.entries()) {
    await agreePrivacy(base, who);
    for (let n = 0; n < 3; n++) {
      const res = await fetch(`${base}/api/local/wx/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-WX-OPENID': who },
        body: JSON.stringify({ tmplIds: wanted.map((t) => t.templateId), answer: 'accept' }),
      });
      const said = await res.json();
      const results = Object.fromEntries(wanted.map((t) => [t.key, said.results?.[t.templateId] ?? said.data?.results?.[t.templateId]]));
      if (Object.values(results).some((r) => r !== 'accept')) throw new Error(`WeChat's dialog answered ${JSON.stringify(said)}`);
      await api(base, 'subscription', 'grant', { results }, who);
    }
    cases.push(await api(base, 'opinion', 'submit', { stationCode: 'WYH01', category: '住房物业', text: TEXTS[i], place: PLACE, requestId: `walk-sim-${i}-${Date.now().toString(36)}` }, who));
  }
  const [first, ...others] = cases;

  const staff = await openAs(STAFF, `/packages/staff/pages/case/index?id=${first.id}&desk=staff`);
  let parentId;
  await step('staff open one case: 同类意见 lists the other two, each with its check box', staff, async () => {
    await see(staff, TEXTS[0]);
    const panel = screen(staff).getByTestId('similar-cases');
    await panel.waitFor();
    for (const c of others) await panel.locator('.similar-case', { hasText: c.trackingNo }).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await snap(staff, 'similar-cases');
  });

  await step('staff check both and merge the three into one 汇总件 (confirmed): it opens and lists its sources', staff, async () => {
    const panel = screen(staff).getByTestId('similar-cases');
    for (const c of others) await panel.locator('.similar-case', { hasText: c.trackingNo }).click();
    await panel.getByText('合并办理（共3件）', { exact: true }).click();
    const sure = await modal(staff, '合并为汇总件？');
    await snap(staff, 'merge-confirm');
    await sure.confirm();
    await toastGone(staff, '已合并办理');
    const card = screen(staff).getByTestId('merge-parent');
    await card.waitFor();
    await card.getByText('汇总3件同类意见合并办理', { exact: false }).waitFor();
    for (const c of cases) await card.getByText(new RegExp(c.trackingNo)).waitFor();
    parentId = new URL(staff.url().replace('/#/', '/')).searchParams.get('id');
    const parent = await api(base, 'staff', 'case', { id: parentId }, STAFF);
    if (parent.merge?.role !== 'parent' || parent.merge.sources.length !== 3 || !parent.merge.sources.every((s) => s.linked)) {
      throw new Error(`the 汇总件 is not what it should be: ${JSON.stringify(parent.merge)}`);
    }
    log(`  汇总件 ${parent.trackingNo}: ${parent.text}`);
    await snap(staff, 'merged-parent');
  });

  await step('staff forward the 汇总件 to a department (confirmed) and print ONE 转办函 listing the three', staff, async () => {
    await more(staff, '转交部门');
    const d = dialog(staff, '转交部门办理');
    await d.waitFor();
    await d.getByText('岳麓区住房和城乡建设局', { exact: true }).click();
    await field(d, '转办说明（选填，印在转办函上）').fill('请督促物业尽快修复3栋电梯，并书面答复联络站。');
    await snap(staff, 'forward-dialog');
    await tap(d.locator('.ui-half__ft'), '转交部门');
    const sure = await modal(staff, '转交部门办理？');
    await sure.confirm();
    await toastGone(staff, '已转交部门');
    await see(staff, '已转交：岳麓区住房和城乡建设局');
    await snap(staff, 'forwarded');
    // The letter itself: one PDF for the 汇总件, listing every source by number and place, no resident's phone.
    const letter = await api(base, 'documents', 'staffTransferLetter', { id: parentId }, STAFF);
    const res = await fetch(letter.url.startsWith('http') ? letter.url : `${base}${letter.url}`);
    if (!res.ok) throw new Error(`the 转办函 did not download: ${res.status}`);
    const file = path.join(walk.outDir, letter.fileName);
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    execFileSync('sh', [path.join(root, 'scripts/ensure-poppler.sh')], { stdio: 'ignore' });
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const want of ['合并意见清单（共3件）', ...cases.map((c) => c.trackingNo), PLACE, '3件同类意见汇总转交']) {
      if (!text.includes(want)) throw new Error(`the 转办函 lacks "${want}"`);
    }
    if (text.includes('13912345678')) throw new Error('the 转办函 prints a resident’s phone');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(walk.outDir, 'transfer-letter-page1')]);
    log(`  ${letter.fileName}: the three cases listed, no phone (page 1 as transfer-letter-page1.png)`);
  });

  await step('staff record the department’s answer and resolve the 汇总件', staff, async () => {
    await tap(screen(staff).locator('.ui-bottom-bar'), '登记部门答复');
    const a = dialog(staff, '登记部门答复');
    await a.waitFor();
    await field(a, '部门答复').fill(ANSWER);
    await tap(a.locator('.ui-half__ft'), '登记部门答复');
    await toastGone(staff, '已登记部门答复');
    await tap(screen(staff).locator('.ui-bottom-bar'), '办结');
    const r = dialog(staff, '办结');
    await r.waitFor();
    await r.getByText('已解决', { exact: true }).click();
    await field(r, '办结说明（居民可见）').fill(RESULT);
    await snap(staff, 'resolve-dialog');
    await tap(r.locator('.ui-half__ft'), '办结');
    const sure = await modal(staff, '确定办结？');
    await sure.confirm();
    await toastGone(staff, '已办结');
    await see(staff, RESULT);
    await snap(staff, 'parent-resolved');
  });

  await step('the merge pass and the relay bring every source along; each resident was sent the result once', staff, async () => {
    // What the scheduler's minute trigger does (the local run's own timer may have done it already).
    for (let i = 0; i < 5; i++) {
      const r = await api(base, 'scheduler', 'relay', {}, ADMIN);
      if (r.ran && r.merges.parents === 0) break;
    }
    for (const c of cases) {
      const s = await api(base, 'staff', 'case', { id: c.id }, STAFF);
      if (s.status !== 'resolved' || s.resolution?.text !== RESULT || s.forward?.answer?.text !== ANSWER) throw new Error(`${c.trackingNo} did not follow: ${s.status}`);
    }
    const messages = await staff.context().newPage();
    await messages.goto(`${base}/local/messages`);
    const html = await messages.content();
    for (const who of RESIDENTS) {
      const rows = await messages.locator('tr', { hasText: who }).filter({ hasText: '意见办结通知' }).allInnerTexts();
      if (rows.length !== 1 || !/已送达/.test(rows[0])) throw new Error(`${who} was sent the result ${rows.length} times: ${rows.join(' | ')}`);
    }
    if (!html.includes('意见办结通知')) throw new Error('no result message at all');
    await messages.setViewportSize({ width: 1200, height: 900 });
    await walk.snap(messages, 'messages-sent');
    await messages.close();
  });

  for (const [i, who] of RESIDENTS.entries()) {
    const resident = await openAs(who, `/pages/opinion/index?id=${cases[i].id}`);
    await step(`resident ${i + 1} sees 已与2件同类意见合并办理 and the result on their own case`, resident, async () => {
      await see(resident, '已与2件同类意见合并办理');
      await see(resident, RESULT);
      await see(resident, '已办结');
      if (i === 0) await snap(resident, 'resident-result');
      const mine = await api(base, 'opinion', 'detail', { id: cases[i].id }, who);
      if (!mine.can.rate) throw new Error(`resident ${i + 1} cannot rate their case`);
      if (JSON.stringify(mine).includes(TEXTS[(i + 1) % 3])) throw new Error(`resident ${i + 1} reads another resident's words`);
    });
  }
  // The first resident rates their own case.
  await api(base, 'opinion', 'rate', { id: first.id, result: 'satisfied', attitude: 'satisfied' }, RESIDENTS[0]);
  const rated = await api(base, 'opinion', 'detail', { id: first.id }, RESIDENTS[0]);
  if (rated.status !== 'closed') throw new Error(`rating left the case ${rated.status}`);
});
