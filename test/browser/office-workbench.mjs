#!/usr/bin/env node
/**
 * The region office and the overdue board in a real browser (Chromium, headless) against the
 * local run with its demo year (issue 22, decision 0030):
 *   the office opens a station without staff and a resident writes there about a matter no
 *   deputy of it takes up; the admin home shows 区域待办 with its count; the office queue lists
 *   the case with why it came to the office; the office opens it and assigns it to a deputy, and
 *   it leaves the queue, whose second tab lists the demo year's cases escalated past staff;
 *   the staff desk shows 超期意见 with its count; the board lists the overdue cases the longest
 *   overdue first; an overdue case's timeline shows each deadline step (the deputy reminded,
 *   told it is overdue, staff told, the office told); staff reassign it to another deputy, and
 *   it stays on the board with its new holder.
 * Starts `npm start` itself on a fresh data dir and a free port, unless BASE_URL is given.
 * Screenshots go to test-results/office-workbench/ (390 px wide); any failed step fails the run.
 */
import { agreePrivacy, callFunction as api, createWalk, field, launchBrowser, newContext, runWalk, screen, see, startServer, tap } from './support.mjs';

const ADMIN = 'demo-admin-yuelu';
const STAFF = 'demo-staff-wyh'; // 望月湖站 and 岳麓总站
const RESIDENT = 'walk-office-res-1';
const CODE = 'YL09';
const TEXT = '小区附近没有公办幼儿园，孩子入园要跑很远，希望增加学位。';
const STEPS = ['期限提醒', '超期提醒', '超期告知工作人员', '超期上报人大'];

const walk = createWalk('office-workbench');
const { snap, step } = walk;

runWalk(walk, 'office workbench', async () => {
  const base = await startServer({ tmpPrefix: 'lianluozhan-office-' });
  // The office opens a station and attaches 李红梅, but gives it no staff; a resident writes there about 教育, which she does not take up.
  await api(base, 'admin', 'createStation', { code: CODE, name: '岳麓区观沙岭社区代表联络点', address: '长沙市岳麓区观沙岭路1号', regionCode: '430104' }, ADMIN);
  await api(base, 'admin', 'setStationDeputies', { code: CODE, deputyIds: ['d-county-1'] }, ADMIN);
  await agreePrivacy(base, RESIDENT);
  const routed = await api(base, 'opinion', 'submit', { stationCode: CODE, category: '教育', text: TEXT, requestId: `walk-office-${Date.now().toString(36)}` }, RESIDENT);
  if (routed.status !== 'triage') throw new Error(`the case at ${CODE} was routed to ${routed.status}, not to the office`);

  const browser = await launchBrowser();
  async function openAs(openid, hash) {
    const context = await newContext(browser, { viewport: { width: 390, height: 1100 }, persona: openid });
    return walk.openPage(context, `${base}/#${hash}`);
  }
  /** WeChat's modal as Taro draws it, asking `title`. */
  const modal = async (page, title) => {
    const m = page.locator('.taro-modal__content', { has: page.locator('.taro-modal__title', { hasText: title }) });
    await m.waitFor();
    return { confirm: () => m.locator('.taro-model__confirm').click() };
  };
  /** WeChat's toast (drawn outside the page) saying `text`: waits until it is gone, so it covers no screenshot. */
  const toastGone = async (page, text) => {
    const said = page.locator('.taro__toast').getByText(text, { exact: true }).first();
    await said.waitFor();
    await said.waitFor({ state: 'hidden' });
  };
  /** The red count on the cell labelled `label`. */
  const badgeOf = (page, label) => screen(page).locator('.ui-cell', { hasText: label }).locator('.ui-badge');

  const admin = await openAs(ADMIN, '/packages/admin/pages/index/index');
  const waiting = (await api(base, 'admin', 'officeQueue', { view: 'routed', limit: 1 }, ADMIN)).counts;
  await step('the admin home leads with what waits for the office, with its count', admin, async () => {
    await see(admin, '区域待办');
    await badgeOf(admin, '区域待办').getByText(String(waiting.routed + waiting.escalated), { exact: true }).waitFor();
    // This walk's case, and the demo year's one waiting at 桃花岭社区代表联络点 (also without staff).
    if (waiting.routed !== 2) throw new Error(`expected two cases routed to the office, found ${waiting.routed}`);
    await snap(admin, 'admin-home');
  });

  await step('the office queue lists the case from the station without staff, with why it came', admin, async () => {
    await tap(admin, '区域待办');
    const row = screen(admin).locator(`.office-row[data-id="${routed.id}"]`);
    await row.waitFor();
    await row.getByText(/联络站暂无工作人员，交岳麓区分派/).waitFor();
    await row.getByText(/岳麓区观沙岭社区代表联络点/).waitFor();
    await snap(admin, 'office-queue-routed');
  });

  await step('the office opens the case and assigns it to a deputy of the station', admin, async () => {
    await screen(admin).locator(`.office-row[data-id="${routed.id}"] .list-item`).click();
    await see(admin, TEXT);
    await see(admin, '分派和期限');
    await snap(admin, 'office-case');
    await tap(screen(admin).locator('.ui-bottom-bar'), '分派给代表');
    const dialog = screen(admin).locator('.ui-half');
    await dialog.getByText('本站可接收的代表').waitFor();
    await dialog.getByText(/^李红梅/).click();
    await snap(admin, 'office-assign-dialog');
    await tap(dialog.locator('.ui-half__ft'), '分派给代表');
    await toastGone(admin, '已分派给李红梅代表');
    await see(admin, '承办代表：李红梅');
    const stored = await api(base, 'admin', 'case', { id: routed.id }, ADMIN);
    if (stored.status !== 'assigned' || stored.assigneeId !== 'd-county-1') throw new Error(`not assigned: ${stored.status} ${stored.assigneeId}`);
    await snap(admin, 'office-assigned');
  });

  await step('back in the queue it is gone; 超期上报 lists the cases escalated past staff', admin, async () => {
    await admin.goBack();
    // What still waits: the demo year's case at 桃花岭; this walk's case has left the list.
    const left = await api(base, 'admin', 'officeQueue', { view: 'routed' }, ADMIN);
    if (left.items.some((i) => i.id === routed.id) || left.items.length !== 1) throw new Error(`the office queue still holds ${left.items.length} cases`);
    await screen(admin).locator(`.office-row[data-id="${left.items[0].id}"]`).waitFor();
    await screen(admin).locator(`.office-row[data-id="${routed.id}"]`).waitFor({ state: 'detached' });
    await tap(screen(admin).locator('.tabs'), /^超期上报/);
    const escalated = await api(base, 'admin', 'officeQueue', { view: 'escalated' }, ADMIN);
    if (escalated.items.length === 0) throw new Error('the demo year escalated nothing to the office');
    await screen(admin).locator(`.office-row[data-id="${escalated.items[0].id}"]`).waitFor();
    await screen(admin).getByText(/已上报人大/).first().waitFor();
    await snap(admin, 'office-queue-escalated');
  });

  const staff = await openAs(STAFF, '/packages/staff/pages/index/index');
  const board = await api(base, 'staff', 'overdue', { limit: 50 }, STAFF);
  const late = board.items.find((i) => i.status === 'assigned' && i.step === 4);
  await step('the staff desk shows 超期意见 with its count; the board puts the longest overdue first', staff, async () => {
    if (!late) throw new Error('no overdue assigned case at 望月湖/岳麓总站 went all the way to the office in the demo year');
    await see(staff, '超期意见');
    await badgeOf(staff, '超期意见').getByText(String(board.total), { exact: true }).waitFor();
    await snap(staff, 'staff-desk');
    await tap(staff, '超期意见');
    await screen(staff).locator('.overdue-row').first().waitFor();
    const days = (await screen(staff).locator('.late-days').allInnerTexts()).map((x) => Number(/逾期 (\d+) 天/.exec(x)?.[1]));
    if (days.length === 0 || days.some((d, i) => Number.isNaN(d) || (i > 0 && d > days[i - 1]))) throw new Error(`not the longest overdue first: ${days.join(', ')}`);
    await snap(staff, 'overdue-board');
  });

  await step('an overdue case’s timeline shows each step: deputy reminded, told, staff told, the office told', staff, async () => {
    await screen(staff).locator(`.overdue-row[data-id="${late.id}"] .list-item`).click();
    await see(staff, '分派和期限');
    for (const label of STEPS) await see(staff, `系统 ${label}`);
    await see(staff, /已上报岳麓区人大/);
    await screen(staff).getByText(`系统 ${STEPS[STEPS.length - 1]}`).scrollIntoViewIfNeeded();
    await snap(staff, 'overdue-case-timeline');
  });

  await step('staff reassign it to another deputy: the holder changes, the status and the deadline stay', staff, async () => {
    const before = await api(base, 'staff', 'case', { id: late.id }, STAFF);
    const other = before.deputies.find((d) => d.id !== before.assigneeId);
    if (!other) throw new Error('no other deputy at the station to reassign to');
    await tap(screen(staff).locator('.ui-bottom-bar'), '改派其他代表');
    const dialog = screen(staff).locator('.ui-half');
    await dialog.getByText('本站可接收的代表').waitFor();
    await dialog.getByText(new RegExp(`^${other.name}`)).click();
    await field(dialog, '改派原因').fill('原代表近期外出学习，改由本站其他代表办理');
    await snap(staff, 'reassign-dialog');
    await tap(dialog.locator('.ui-half__ft'), '改派其他代表');
    const sure = await modal(staff, '改派给其他代表？');
    await snap(staff, 'reassign-confirm');
    await sure.confirm();
    await toastGone(staff, `已改派给${other.name}代表`);
    await see(staff, `承办代表：${other.name}`);
    const after = await api(base, 'staff', 'case', { id: late.id }, STAFF);
    if (after.assigneeId !== other.id || after.status !== before.status || after.dueAt !== before.dueAt) {
      throw new Error(`reassign changed more than the holder: ${JSON.stringify({ before: [before.status, before.dueAt], after: [after.status, after.dueAt, after.assigneeId] })}`);
    }
    // The reassignment is in the timeline too, after the steps, with its reason.
    await screen(staff).getByText('原代表近期外出学习，改由本站其他代表办理').scrollIntoViewIfNeeded();
    await snap(staff, 'reassigned');
    await staff.goBack();
    await screen(staff).locator(`.overdue-row[data-id="${late.id}"]`).getByText(new RegExp(`${other.name}代表`)).waitFor();
    await snap(staff, 'overdue-board-after');
  });
});
