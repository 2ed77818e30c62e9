/**
 * Issue 23 (decision 0034): a converted suggestion followed to an answer, as pages — the
 * resident's card on their opinion, the deputy's 我的代表建议 (status, the answer, 登记部门答复,
 * 评价答复) and the office's 代表建议 (tabs with counts, 交办 and 登记答复 in a sheet).
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { addDays, beijingDate } from '../../core/beijing-time';
import OpinionPage from '../../src/pages/opinion/index';
import MySuggestionsPage from '../../src/packages/deputy/pages/suggestions/index';
import OfficeSuggestionsPage from '../../src/packages/admin/pages/suggestions/index';
import AdminHomePage from '../../src/packages/admin/pages/index/index';
import { ROUTES } from '../../src/routes';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, refuse, restoreTransport } from './support/fake-transport';
import { anOpinionDetail } from './support/views';

afterEach(restoreTransport);

/** The text box or picker under the label `label` (Field, PickerField). */
const box = (label: string) => screen.getByText(label, { selector: '.field-label' }).parentElement!.querySelector('textarea, input') as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(box(label), { target: { value } });

const TITLE = '关于加快老旧小区电梯更新的建议';
const ANSWER = { departmentName: '岳麓区住房和城乡建设局', text: '已将望月湖片区12部老旧电梯纳入明年更新计划。', answeredOn: '2026-12-03' };

describe('the resident’s opinion shows the suggestion it fed', () => {
  it('before an answer: the title, who made it, where it stands and the department; no answer yet', async () => {
    taroTest.reset({ id: 'op-1' });
    fakeFunctions({
      'opinion.detail': ok(
        anOpinionDetail({
          status: 'suggestion',
          statusLabel: '已转为代表建议',
          suggestion: { title: TITLE, deputyName: '李红梅', status: 'assigned', statusLabel: '已交有关部门办理', departmentName: '岳麓区住房和城乡建设局' },
        }),
      ),
    });
    render(<OpinionPage />);
    const card = await screen.findByRole('region', { name: '代表建议' });
    expect(card.textContent).toContain(`《${TITLE}》`);
    expect(card.textContent).toContain('您的意见已由李红梅代表并入闭会期间代表建议');
    expect(card.textContent).toContain('已交有关部门办理');
    expect(card.textContent).toContain('承办部门：岳麓区住房和城乡建设局');
    expect(card.textContent).toContain('部门答复后，会在这里告诉您。');
  });

  it('once answered: the department’s answer with its date', async () => {
    taroTest.reset({ id: 'op-1' });
    fakeFunctions({
      'opinion.detail': ok(
        anOpinionDetail({
          status: 'suggestion',
          statusLabel: '已转为代表建议',
          suggestion: { title: TITLE, deputyName: '李红梅', status: 'answered', statusLabel: '部门已答复', departmentName: ANSWER.departmentName, answer: ANSWER },
        }),
      ),
    });
    render(<OpinionPage />);
    const card = await screen.findByRole('region', { name: '代表建议' });
    expect(card.textContent).toContain('部门已答复');
    expect(card.textContent).toContain(`${ANSWER.departmentName}的答复 · 2026-12-03`);
    expect(card.textContent).toContain(ANSWER.text);
    expect(card.textContent).not.toContain('部门答复后');
  });

  it('an opinion that fed no suggestion has no such card', async () => {
    taroTest.reset({ id: 'op-1' });
    fakeFunctions({ 'opinion.detail': ok(anOpinionDetail()) });
    render(<OpinionPage />);
    await screen.findByText('小区电梯经常故障，老人上下楼困难。');
    expect(screen.queryByRole('region', { name: '代表建议' })).toBeNull();
  });
});

const event = (action: string, actionLabel: string, actorLabel: string, statusLabel: string, note?: string) => ({
  at: '2026-12-01T02:00:00.000Z',
  action,
  actionLabel,
  actorLabel,
  statusLabel,
  ...(note ? { note } : {}),
});
const mine = (over: Record<string, unknown>) => ({
  id: 'sg-1',
  title: TITLE,
  reasons: '多个小区电梯老化。',
  proposals: '设立电梯更新专项资金。',
  opinionIds: ['op-1', 'op-2'],
  createdAt: '2026-11-29T02:00:00.000Z',
  deputyName: '李红梅',
  status: 'submitted',
  statusLabel: '已提交',
  events: [event('submit', '提交建议', '李红梅代表', '已提交')],
  can: { answer: false, rate: false },
  ...over,
});
const assignment = { departmentId: 'dept-yl-zj', departmentName: '岳麓区住房和城乡建设局', departmentContact: '0731-0000-0201', dueDate: '2027-02-26', at: '2026-12-01T02:00:00.000Z', overdue: false };

describe('我的代表建议 (the deputy)', () => {
  it('each suggestion with where it stands, the department and due date, the answer and my rating; only the moves allowed now', async () => {
    taroTest.reset();
    fakeFunctions({
      'deputy.suggestions': ok({
        items: [
          mine({ id: 'sg-3', status: 'assigned', statusLabel: '已交办', assignment: { ...assignment, overdue: true }, can: { answer: true, rate: false } }),
          mine({
            id: 'sg-2',
            status: 'rated',
            statusLabel: '已评价',
            assignment,
            answer: { ...ANSWER, at: '2026-12-03T02:00:00.000Z', byLabel: '岳麓区人大常委会' },
            rating: { result: 'basic', resultLabel: '基本满意', comment: '希望加快进度', at: '2026-12-04T02:00:00.000Z' },
            events: [event('submit', '提交建议', '李红梅代表', '已提交'), event('assign', '交办', '岳麓区人大常委会', '已交办', '交办岳麓区住房和城乡建设局，2027-02-26前答复')],
          }),
          mine({}),
        ],
      }),
    });
    const { container } = render(<MySuggestionsPage />);
    await screen.findAllByText(TITLE);
    const rows = Array.from(container.querySelectorAll('.suggestion-row')) as HTMLElement[];
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['sg-3', 'sg-2', 'sg-1']);
    expect(rows[0]!.textContent).toContain('承办部门：岳麓区住房和城乡建设局 · 答复期限2027-02-26（已超期）');
    expect(rows[0]!.querySelector('.suggestion-due--late')).not.toBeNull();
    expect(rows[1]!.textContent).toContain(`${ANSWER.departmentName}的答复 · 2026-12-03`);
    expect(rows[1]!.textContent).toContain('岳麓区人大常委会登记');
    expect(rows[1]!.textContent).toContain('我的评价：基本满意。希望加快进度');
    expect(rows[1]!.textContent).toContain('办理经过');
    expect(rows[2]!.textContent).toContain('等待人大常委会交办');
    // The buttons are what the server allows: 登记部门答复 on the assigned one only; nothing on the others.
    expect(Array.from(rows[0]!.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['登记部门答复']);
    expect(rows[1]!.querySelectorAll('button')).toHaveLength(0);
    expect(rows[2]!.querySelectorAll('button')).toHaveLength(0);
  });

  it('评价答复: 不满意 needs a reason (nothing sent without it); then the rating goes, a toast, the list again', async () => {
    taroTest.reset();
    const answered = mine({ status: 'answered', statusLabel: '已答复', assignment, answer: { ...ANSWER, at: '2026-12-03T02:00:00.000Z', byLabel: '岳麓区人大常委会' }, can: { answer: false, rate: true } });
    const fake = fakeFunctions({
      'deputy.suggestions': [ok({ items: [answered] }), ok({ items: [{ ...answered, status: 'rated', statusLabel: '已评价', can: { answer: false, rate: false } }] })],
      'deputy.rateSuggestion': ok({ ...answered, status: 'rated' }),
    });
    render(<MySuggestionsPage />);
    const rateButton = await screen.findByText('评价答复');
    await act(async () => fireEvent.click(rateButton));
    const sheet = screen.getByRole('dialog', { name: '评价部门答复' });
    fireEvent.click(screen.getByRole('button', { name: '对答复不满意' }));
    expect(screen.getByText('不满意的原因（必填）')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(sheet.textContent).toContain('选择不满意时请写明原因');
    expect(fake.callsTo('deputy.rateSuggestion')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '对答复基本满意' }));
    type('意见（选填）', '希望加快进度');
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(fake.callsTo('deputy.rateSuggestion').map((c) => c.payload)).toEqual([{ id: 'sg-1', result: 'basic', comment: '希望加快进度' }]);
    expect(taroTest.toasts.map((t) => t.title)).toContain('已评价答复');
    expect(fake.callsTo('deputy.suggestions')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('已评价')).toBeTruthy();
  });

  it('登记部门答复: the text and the date (today unless changed); a refusal is shown in the sheet', async () => {
    taroTest.reset();
    const assigned = mine({ status: 'assigned', statusLabel: '已交办', assignment, can: { answer: true, rate: false } });
    const fake = fakeFunctions({
      'deputy.suggestions': ok({ items: [assigned] }),
      'deputy.suggestionAnswer': [refuse('INVALID_PAYLOAD', '答复日期不能早于交办日期'), ok({ ...assigned, status: 'answered' })],
    });
    render(<MySuggestionsPage />);
    const answerButton = await screen.findByText('登记部门答复');
    await act(async () => fireEvent.click(answerButton));
    expect(box('答复日期').value).toBe(beijingDate(new Date()));
    type('答复内容', ANSWER.text);
    fireEvent.change(box('答复日期'), { target: { value: '2026-11-20' } });
    await act(async () => fireEvent.click(screen.getByText('登记答复')));
    expect(screen.getByRole('dialog', { name: '登记部门答复' }).textContent).toContain('答复日期不能早于交办日期');
    fireEvent.change(box('答复日期'), { target: { value: '2026-12-03' } });
    await act(async () => fireEvent.click(screen.getByText('登记答复')));
    expect(fake.callsTo('deputy.suggestionAnswer').map((c) => c.payload)).toEqual([
      { id: 'sg-1', text: ANSWER.text, answeredOn: '2026-11-20' },
      { id: 'sg-1', text: ANSWER.text, answeredOn: '2026-12-03' },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(taroTest.toasts.map((t) => t.title)).toContain('已登记部门答复');
  });

  it('with none yet, says how to make one', async () => {
    taroTest.reset();
    fakeFunctions({ 'deputy.suggestions': ok({ items: [] }) });
    render(<MySuggestionsPage />);
    expect(await screen.findByText('还没有提出代表建议。')).toBeTruthy();
    fireEvent.click(screen.getByText('去收件箱'));
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: ROUTES.deputyInbox });
  });
});

const line = (over: Record<string, unknown>) => ({
  id: 'sg-1',
  title: TITLE,
  deputyName: '李红梅',
  status: 'submitted',
  statusLabel: '已提交',
  opinionCount: 2,
  createdAt: '2026-11-29T02:00:00.000Z',
  overdue: false,
  ...over,
});
const departments = [
  { id: 'dept-wyh-sq', name: '望月湖街道社区建设办公室', level: 'township', levelLabel: '乡镇', regionCode: '430104007', categories: ['住房物业'], contact: '0731-0000-0301' },
  { id: 'dept-yl-zj', name: '岳麓区住房和城乡建设局', level: 'county', levelLabel: '县（市区）', regionCode: '430104', categories: ['住房物业'], contact: '0731-0000-0201' },
];
const detail = (over: Record<string, unknown>) => ({
  ...mine({}),
  regionName: '望月湖街道',
  opinions: [{ id: 'op-1', trackingNo: '430104-20261129-0001', category: '住房物业', stationName: '望月湖街道人大代表联络站', statusLabel: '已转为代表建议' }],
  can: { assign: true, answer: false },
  departments,
  ...over,
});

describe('代表建议 (the office)', () => {
  it('tabs with the counts of what waits; rows with the deputy, the department and the due date; 加载更多 by cursor', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'admin.suggestions': [
        ok({ items: [line({})], counts: { todo: 1, assigned: 2, answered: 0 }, nextCursor: 'c1' }),
        ok({ items: [line({ id: 'sg-2', title: '关于增设社区食堂的建议' })] }),
        ok({ items: [line({ id: 'sg-3', status: 'assigned', statusLabel: '已交办', departmentName: '岳麓区住房和城乡建设局', dueDate: '2026-12-01', overdue: true })], counts: { todo: 1, assigned: 2, answered: 0 } }),
      ],
    });
    render(<OfficeSuggestionsPage />);
    expect(await screen.findByText('李红梅代表 · 11月29日提出 · 合并意见2条')).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['待交办 1', '待答复 2', '已答复', '全部']);
    await act(async () => fireEvent.click(screen.getByText('加载更多')));
    expect(await screen.findByText('关于增设社区食堂的建议')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('待答复 2')));
    expect(await screen.findByText('岳麓区住房和城乡建设局 · 答复期限2026-12-01（已超期）')).toBeTruthy();
    expect(fake.callsTo('admin.suggestions').map((c) => c.payload)).toEqual([
      { tab: 'todo', limit: 20 },
      { tab: 'todo', limit: 20, cursor: 'c1' },
      { tab: 'assigned', limit: 20 },
    ]);
  });

  it('交办 in the sheet: a department of the directory and a due date (three months on unless changed), confirmed; then 登记答复', async () => {
    taroTest.reset();
    const assigned = detail({
      status: 'assigned',
      statusLabel: '已交办',
      assignment,
      can: { assign: false, answer: true },
      departments: [],
      events: [event('submit', '提交建议', '李红梅代表', '已提交'), event('assign', '交办', '岳麓区人大常委会', '已交办', '交办岳麓区住房和城乡建设局，2027-02-26前答复')],
    });
    const fake = fakeFunctions({
      'admin.suggestions': ok({ items: [line({})], counts: { todo: 1, assigned: 0, answered: 0 } }),
      'admin.suggestion': [ok(detail({})), ok(assigned), ok(assigned)],
      'admin.assignSuggestion': ok(assigned),
      'admin.suggestionAnswer': ok(detail({ status: 'answered', can: { assign: false, answer: false } })),
    });
    render(<OfficeSuggestionsPage />);
    const row = await screen.findByText(TITLE);
    await act(async () => fireEvent.click(row));
    const sheet = await screen.findByTestId('suggestion-sheet');
    expect(sheet.textContent).toContain('李红梅代表（望月湖街道）');
    expect(sheet.textContent).toContain('430104-20261129-0001 · 住房物业 · 望月湖街道人大代表联络站 · 已转为代表建议');
    expect(box('答复期限').value).toBe(addDays(beijingDate(new Date()), 90));
    // Nothing chosen yet: said, nothing sent.
    await act(async () => fireEvent.click(screen.getByText('交办', { selector: 'button' })));
    expect(screen.getByRole('dialog', { name: '代表建议' }).textContent).toContain('请从部门目录中选择承办部门');
    fireEvent.click(screen.getByRole('button', { name: '岳麓区住房和城乡建设局' }));
    expect(sheet.textContent).toContain('县（市区） · 0731-0000-0201');
    fireEvent.change(box('答复期限'), { target: { value: '2027-02-26' } });
    type('交办说明（选填）', '请结合老旧小区改造统筹');
    await act(async () => fireEvent.click(screen.getByText('交办', { selector: 'button' })));
    expect(taroTest.modals.at(-1)).toMatchObject({ title: '交办代表建议？', content: '交岳麓区住房和城乡建设局办理，请在2027-02-26前答复。', confirmText: '确认交办' });
    expect(fake.callsTo('admin.assignSuggestion').map((c) => c.payload)).toEqual([{ id: 'sg-1', departmentId: 'dept-yl-zj', dueDate: '2027-02-26', note: '请结合老旧小区改造统筹' }]);
    expect(taroTest.toasts.map((t) => t.title)).toContain('已交办');
    // The sheet reads it again: the answer is the next move; the list is read again too.
    expect(await screen.findByText('登记答复', { selector: 'button' })).toBeTruthy();
    expect(fake.callsTo('admin.suggestions')).toHaveLength(2);
    type('部门答复内容', ANSWER.text);
    fireEvent.change(box('答复日期'), { target: { value: '2026-12-03' } });
    taroTest.answerModal(false);
    await act(async () => fireEvent.click(screen.getByText('登记答复', { selector: 'button' })));
    expect(fake.callsTo('admin.suggestionAnswer')).toHaveLength(0); // cancelled at the question
    await act(async () => fireEvent.click(screen.getByText('登记答复', { selector: 'button' })));
    expect(fake.callsTo('admin.suggestionAnswer').map((c) => c.payload)).toEqual([{ id: 'sg-1', text: ANSWER.text, answeredOn: '2026-12-03' }]);
  });

  it('is linked from the admin home, with how many wait for 交办', async () => {
    taroTest.reset();
    const fake = fakeFunctions({ 'admin.suggestions': ok({ items: [], counts: { todo: 4, assigned: 1, answered: 0 } }) });
    render(<AdminHomePage />);
    expect(await screen.findByRole('link', { name: /代表建议/ })).toBeTruthy();
    expect(await screen.findByText('4')).toBeTruthy();
    expect(fake.callsTo('admin.suggestions').map((c) => c.payload)).toEqual([{ tab: 'todo', limit: 1 }]);
    await act(async () => fireEvent.click(screen.getByText('代表建议')));
    expect(taroTest.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: ROUTES.adminSuggestions });
  });
});
