import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CATEGORY_GUIDANCE } from '../../core/vocabulary';
import { COMMON_CATEGORIES, MORE_CATEGORIES, STAFF_ONLY_CATEGORIES } from '../../core/resident-words';
import WritePage from '../../src/pages/write/index';
import { taroTest } from './stubs/taro';
import { NETWORK_DOWN, fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { aMe, aStation, aSubmitResult, someTemplates, stationCategories } from './support/views';

const TEXT = '小区电梯经常故障，老人上下楼困难。';

async function openForm(answers: Record<string, unknown> = {}) {
  taroTest.reset();
  taroTest.storage.set('lastStationCode', 'WYH01');
  const fake = fakeFunctions({
    'station.get': ok(aStation()),
    'user.me': ok(aMe()),
    'subscription.templates': ok({ templates: [] }),
    ...answers,
  });
  render(<WritePage />);
  await screen.findByText('提交意见');
  return fake;
}

const textarea = () => screen.getByPlaceholderText(/请写清楚/) as HTMLTextAreaElement;
const type = (value: string) => fireEvent.change(textarea(), { target: { value } });
const pick = (label: string) => fireEvent.click(screen.getByRole('button', { name: label }));
const submit = () => fireEvent.click(screen.getByText(/^(提交意见|正在提交…)$/));
const openMore = () => fireEvent.click(screen.getByText('更多选项（可不填）'));
/** The messages next to the fields at fault, in page order. */
const alerts = () => screen.queryAllByRole('alert').map((n) => n.textContent);
/** The card a field's message sits in (its id names the field). */
const fieldOf = (message: string) => screen.getByText(message).closest('[id^="write-field-"]')?.id;
/** Whether `a` comes before `b` in the page. */
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

afterEach(restoreTransport);

describe('写意见 form', () => {
  it('opens for the last station and offers its deputies to choose from, under 更多选项', async () => {
    const fake = await openForm();
    expect(fake.callsTo('station.get')[0].payload).toEqual({ code: 'WYH01' });
    expect(screen.getByText('望月湖街道人大代表联络站')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '王建国（请假中）' })).toBeNull();
    openMore();
    expect(screen.getByRole('button', { name: '王建国（请假中）' })).toBeTruthy();
  });

  it('is in the order a resident thinks it: text with photos, category, place, the optional fields folded, submit last', async () => {
    await openForm();
    const order = ['意见内容', '添加照片', '意见类别', '地点', '更多选项（可不填）', '提交意见'].map((t) => screen.getByText(t));
    order.slice(1).forEach((n, i) => expect(before(order[i], n)).toBe(true));
    // Folded: none of the optional fields shows until it is opened.
    for (const label of ['问题范围', '匿名（代表看不到您的身份）', '联系电话（可不填）']) expect(screen.queryByText(label)).toBeNull();
    openMore();
    for (const label of ['问题范围', '想请哪位代表办理（可不选）', '匿名（代表看不到您的身份）', '联系电话（可不填）']) expect(screen.getByText(label)).toBeTruthy();
    expect(screen.getByText('办结后，允许把处理结果（隐去姓名电话）公开在「办实事成果」')).toBeTruthy();
    // The one submit button sits in the bar fixed at the bottom.
    expect(screen.getByText('提交意见').closest('.ui-bottom-bar')).toBeTruthy();
  });

  it('shows eight common categories and 更多类别, with the matters deputies do not take up set apart', async () => {
    await openForm();
    const chips = () => Array.from(document.querySelectorAll('#write-field-category .chip')).map((n) => n.textContent);
    expect(chips()).toEqual([...COMMON_CATEGORIES]);
    expect(COMMON_CATEGORIES).toHaveLength(8);
    fireEvent.click(screen.getByText('更多类别'));
    expect(chips()).toEqual([...COMMON_CATEGORIES, ...MORE_CATEGORIES, ...STAFF_ONLY_CATEGORIES]);
    const heading = screen.getByText(/^以下事项不由代表办理/);
    expect(before(heading, screen.getByRole('button', { name: '涉法涉诉' }))).toBe(true);
    expect(before(screen.getByRole('button', { name: '其他' }), heading)).toBe(true);
    fireEvent.click(screen.getByText('收起类别'));
    expect(screen.queryByRole('button', { name: '涉法涉诉' })).toBeNull();
  });

  it('offers the categories the station’s region added: a common one among the first, another behind 更多类别, each with its hint', async () => {
    const categories = stationCategories([
      { name: '物业维修基金', hint: '住宅专项维修资金的申请、使用和续筹', common: true },
      { name: '老旧小区改造', hint: '老旧小区改造的项目、进度和质量' },
    ]);
    const fake = await openForm({ 'station.get': ok(aStation({ categories })), 'opinion.submit': ok(aSubmitResult()) });
    const chips = () => Array.from(document.querySelectorAll('#write-field-category .chip')).map((n) => n.textContent);
    expect(chips()).toEqual([...COMMON_CATEGORIES, '物业维修基金']);
    // Longer than the defaults' names: it takes two cells of the grid rather than squeezing its name.
    expect(screen.getByRole('button', { name: '物业维修基金' }).className).toContain('write-cat--wide');
    expect(screen.getByRole('button', { name: '住房物业' }).className).not.toContain('write-cat--');
    fireEvent.click(screen.getByText('更多类别'));
    expect(chips().slice(-5)).toEqual(['老旧小区改造', '其他', ...STAFF_ONLY_CATEGORIES]);
    pick('物业维修基金');
    expect(screen.getByText('物业维修基金：住宅专项维修资金的申请、使用和续筹')).toBeTruthy();
    type(TEXT);
    await act(async () => submit());
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')[0].payload).toMatchObject({ stationCode: 'WYH01', category: '物业维修基金' });
  });

  it('forgets a category kept in the draft that this station does not have', async () => {
    taroTest.reset();
    taroTest.storage.set('lastStationCode', 'WYH01');
    taroTest.storage.set('opinionDraft', JSON.stringify({ stationCode: 'XJH01', requestId: 'req-kept-0001', draft: { category: '老旧小区改造', scope: 'community', text: TEXT } }));
    fakeFunctions({ 'station.get': ok(aStation()), 'user.me': ok(aMe()), 'subscription.templates': ok({ templates: [] }) });
    render(<WritePage />);
    await screen.findByText('提交意见');
    expect(textarea().value).toBe(TEXT); // the draft was kept
    expect(document.querySelector('#write-field-category .chip--on')).toBeNull();
    submit();
    expect(alerts()).toEqual(['请选择意见类别']);
  });

  it('marks every field at fault at once, next to each, and brings the first into view', async () => {
    const fake = await openForm();
    fireEvent.change(screen.getByPlaceholderText('如：望月湖小区3栋'), { target: { value: '地'.repeat(51) } });
    submit();
    expect(alerts()).toEqual(['请填写意见内容', '请选择意见类别', '地点不能超过50字']);
    expect(fieldOf('请填写意见内容')).toBe('write-field-text');
    expect(fieldOf('请选择意见类别')).toBe('write-field-category');
    expect(fieldOf('地点不能超过50字')).toBe('write-field-place');
    for (const id of ['write-field-text', 'write-field-category', 'write-field-place']) {
      expect(document.getElementById(id)!.className).toContain('write-field--fault');
    }
    expect(taroTest.scrolls.at(-1)).toEqual({ selector: '#write-field-text' });
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
    // Fixing a field clears its mark only; the next refusal scrolls to what is left first.
    type(TEXT);
    expect(alerts()).toEqual(['请选择意见类别', '地点不能超过50字']);
    submit();
    expect(taroTest.scrolls.at(-1)).toEqual({ selector: '#write-field-category' });
  });

  it('opens 更多选项 when a field at fault is inside it, and scrolls there', async () => {
    const fake = await openForm();
    pick('住房物业');
    type(TEXT);
    openMore();
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '12345' } });
    openMore(); // folded again: the fault opens it
    expect(screen.queryByPlaceholderText('手机号或座机号')).toBeNull();
    submit();
    expect(alerts()).toEqual(['联系电话格式不正确']);
    expect(fieldOf('联系电话格式不正确')).toBe('write-field-phone');
    expect(taroTest.scrolls.at(-1)).toEqual({ selector: '#write-field-phone' });
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('refuses empty and whitespace-only text without calling the server', async () => {
    const fake = await openForm();
    pick('住房物业');
    submit();
    expect(alerts()).toEqual(['请填写意见内容']);
    type('   \n  ');
    submit();
    expect(alerts()).toEqual(['请填写意见内容']);
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('asks for at least 10 characters, counting as people do, and says so while typing', async () => {
    const fake = await openForm();
    pick('住房物业');
    type('小区电梯');
    expect(screen.getByText('已写 4 字，至少 10 字')).toBeTruthy();
    submit();
    expect(alerts()).toEqual(['意见内容至少要写10个字（现在4字），请写清楚是什么问题、在哪里']);
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
    type('小区电梯坏了三天了😀');
    expect(screen.getByText('已写 10 字')).toBeTruthy();
    expect(alerts()).toEqual([]);
  });

  it('refuses text over 1000 characters without calling the server, and keeps it', async () => {
    const fake = await openForm();
    pick('住房物业');
    const long = '电'.repeat(1001);
    type(long);
    expect(screen.getByText('已写 1001 字，最多 1000 字').className).toContain('counter--over');
    submit();
    expect(alerts()[0]).toContain('不能超过1000字');
    expect(textarea().value).toBe(long);
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('asks for a category before sending', async () => {
    const fake = await openForm();
    type(TEXT);
    submit();
    expect(screen.getByRole('alert').textContent).toBe('请选择意见类别');
    expect(fake.calls.filter((c) => c.name === 'opinion')).toHaveLength(0);
  });

  it('shows the guidance for restricted categories and opinions about a deputy before sending', async () => {
    await openForm();
    fireEvent.click(screen.getByText('更多类别'));
    pick('涉法涉诉');
    expect(screen.getByText(CATEGORY_GUIDANCE['涉法涉诉'])).toBeTruthy();
    pick('对代表的意见');
    expect(screen.getByText(CATEGORY_GUIDANCE['对代表的意见'])).toBeTruthy();
    pick('交通出行');
    expect(screen.queryByText(CATEGORY_GUIDANCE['对代表的意见'])).toBeNull();
  });

  it('says, before WeChat asks, that the notification question does not affect submitting', async () => {
    await openForm({ 'subscription.templates': ok(someTemplates()) });
    const tip = await screen.findByText('微信会问是否通知办理进展，选哪个都不影响提交');
    expect(before(tip, screen.getByText('提交意见'))).toBe(true);
  });

  it('says nothing of notifications where WeChat will not ask', async () => {
    const fake = await openForm();
    await waitFor(() => expect(fake.callsTo('subscription.templates')).toHaveLength(1));
    expect(screen.queryByText(/不影响提交/)).toBeNull();
  });

  it("shows the server's message on refusal and keeps what was typed", async () => {
    const fake = await openForm({
      'opinion.submit': refuse('TEXT_REFUSED', '内容含有不适宜发布的信息，请修改后再提交'),
    });
    pick('住房物业');
    type(TEXT);
    await act(async () => submit());
    expect((await screen.findByRole('alert')).textContent).toBe('内容含有不适宜发布的信息，请修改后再提交');
    expect(textarea().value).toBe(TEXT);
    expect(screen.getByRole('button', { name: '住房物业' }).className).toContain('chip--on');
    expect(fake.callsTo('opinion.submit')).toHaveLength(1);
  });

  it('keeps the text when the request fails, and retries with the same request id', async () => {
    const fake = await openForm({ 'opinion.submit': [NETWORK_DOWN, ok(aSubmitResult())] });
    pick('住房物业');
    type(TEXT);
    await act(async () => submit());
    expect((await screen.findByRole('alert')).textContent).toBe('网络连接失败，请检查网络后重试');
    expect(textarea().value).toBe(TEXT);
    await act(async () => submit());
    await screen.findByText('430104-20261125-0001');
    const [first, second] = fake.callsTo('opinion.submit');
    expect(second.payload.requestId).toBe(first.payload.requestId);
  });

  it('submits once on a double tap, and shows the tracking number and where it went', async () => {
    const fake = await openForm({ 'opinion.submit': ok(aSubmitResult()) });
    pick('住房物业');
    openMore();
    pick('李红梅');
    type(TEXT);
    fake.holdAnswers();
    await act(async () => {
      submit();
      submit();
    });
    expect(screen.getByText('正在提交…')).toBeTruthy();
    expect(screen.getByText('正在提交…').closest('button')?.getAttribute('aria-disabled')).toBe('true');
    await act(async () => {
      submit();
      fake.release();
    });
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')).toHaveLength(1);
    expect(fake.callsTo('opinion.submit')[0].payload).toMatchObject({
      stationCode: 'WYH01',
      category: '住房物业',
      scope: 'community',
      text: TEXT,
      chosenDeputyId: 'd-county-1',
      anonymous: false,
    });
    expect(screen.getByText('已转给李红梅代表（岳麓区人大代表）')).toBeTruthy();
    fireEvent.click(screen.getByText('查看办理进度'));
    expect(taroTest.navigations).toContainEqual({ kind: 'navigateTo', url: '/pages/opinion/index?id=op-1' });
  });

  it('starts a new draft with a new request id after a success', async () => {
    const fake = await openForm({ 'opinion.submit': ok(aSubmitResult()) });
    pick('住房物业');
    type(TEXT);
    await act(async () => submit());
    fireEvent.click(await screen.findByText('再写一条'));
    expect(textarea().value).toBe('');
    pick('教育');
    type('学校门口需要红绿灯。');
    await act(async () => submit());
    const [first, second] = fake.callsTo('opinion.submit');
    expect(second.payload.requestId).not.toBe(first.payload.requestId);
  });

  it('refuses a malformed phone number in the words of the contract', async () => {
    const fake = await openForm();
    pick('住房物业');
    type(TEXT);
    openMore();
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '12345' } });
    submit();
    expect(screen.getByRole('alert').textContent).toBe('联系电话格式不正确');
    expect(fake.callsTo('opinion.submit')).toHaveLength(0);
  });

  it('offers SMS about the result only when SMS is available and a phone is entered, off until ticked', async () => {
    const fake = await openForm({
      'subscription.templates': ok({ templates: [], smsAvailable: true }),
      'opinion.submit': ok(aSubmitResult()),
    });
    pick('住房物业');
    type(TEXT);
    openMore();
    expect(screen.queryByText('用短信通知我办理结果')).toBeNull();
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '13811112222' } });
    const box = (await screen.findByText('用短信通知我办理结果')).parentElement!.querySelector('input') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    await act(async () => submit());
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')[0].payload).toMatchObject({ phone: '13811112222', smsNotify: true });
  });

  it('sends no SMS wish when the box is left unticked', async () => {
    const fake = await openForm({ 'subscription.templates': ok({ templates: [], smsAvailable: true }), 'opinion.submit': ok(aSubmitResult()) });
    pick('住房物业');
    type(TEXT);
    openMore();
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '13811112222' } });
    await screen.findByText('用短信通知我办理结果');
    await act(async () => submit());
    await screen.findByText('430104-20261125-0001');
    expect(fake.callsTo('opinion.submit')[0].payload).not.toHaveProperty('smsNotify');
  });

  it('does not offer SMS when this environment sends none', async () => {
    const fake = await openForm({ 'subscription.templates': ok({ templates: [], smsAvailable: false }) });
    openMore();
    fireEvent.change(screen.getByPlaceholderText('手机号或座机号'), { target: { value: '13811112222' } });
    await act(async () => {}); // every answer is in
    expect(fake.callsTo('subscription.templates')).toHaveLength(1);
    expect(screen.getByText('允许代表打电话联系我')).toBeTruthy();
    expect(screen.queryByText('用短信通知我办理结果')).toBeNull();
  });

  it('asks the resident to choose a station when none was opened', async () => {
    taroTest.reset();
    const fake = fakeFunctions({});
    render(<WritePage />);
    expect(screen.getByText('请先扫描联络站的二维码，或选择一个联络站')).toBeTruthy();
    fireEvent.click(screen.getByText('选择联络站'));
    expect(taroTest.navigations).toContainEqual({ kind: 'switchTab', url: '/pages/station/index' });
    expect(fake.calls).toHaveLength(0);
  });
});

describe('意见已提交: the result page', () => {
  async function sent(result = aSubmitResult()) {
    const fake = await openForm({ 'opinion.submit': ok(result) });
    pick('住房物业');
    type(TEXT);
    await act(async () => submit());
    await screen.findByText('意见已提交');
    return fake;
  }

  it("is WeChat's result page: the check, a centred title, where it went, the number to copy, and by when", async () => {
    await sent();
    const page = screen.getByRole('status', { name: '意见已提交' });
    expect(page.className).toContain('ui-msg');
    expect(page.querySelector('.ui-msg__icon--success')).toBeTruthy();
    expect(screen.getByText('已转给李红梅代表（岳麓区人大代表）')).toBeTruthy();
    expect(screen.getByText('430104-20261125-0001').className).toContain('tracking');
    expect(screen.getByText('已保存在「办理进度」，不用抄写')).toBeTruthy();
    expect(screen.getByText(/^代表一般在 3 个工作日内受理/).textContent).toBe('代表一般在 3 个工作日内受理，最晚11月30日（周一）前');
    expect(screen.getByText('11月30日（周一）').className).toContain('nowrap');
    expect(screen.queryByText(/分派说明|待办最少|已分派/)).toBeNull();
  });

  it('copies the tracking number and says so', async () => {
    await sent();
    await act(async () => fireEvent.click(screen.getByText('复制编号')));
    expect(taroTest.clipboard).toEqual(['430104-20261125-0001']);
    expect(taroTest.toasts).toContainEqual({ title: '已复制', icon: 'success' });
  });

  it('says who takes it next when no deputy has it yet, with no date it cannot promise', async () => {
    await sent(aSubmitResult({ status: 'triage', statusLabel: '工作人员处理中', assignee: undefined, acceptBy: undefined, routing: { rule: 'triage', reason: '联络站工作人员会尽快转给合适的代表' } }));
    expect(screen.getByText('联络站工作人员会尽快转给合适的代表')).toBeTruthy();
    expect(screen.queryByText(/个工作日内受理/)).toBeNull();
  });
});
