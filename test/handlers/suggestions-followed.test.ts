/**
 * A converted suggestion (闭会期间代表建议) followed to an answer (issue 23, decision 0034),
 * against the local store: the deputy submits it, the office of the deputy's region assigns it
 * to a department of the directory with a due date, the answer is recorded (by the office or by
 * the deputy), the deputy rates it. Scope (another region's office, another deputy), every
 * move and every refusal (each writes nothing), the office's keyset-paged list, the residents
 * whose opinions fed it (the card on their opinion, the progress message, once), and the duty
 * record's figures.
 */
import type { FunctionName } from '../../core/contract';
import type { OpinionDoc, RegionDoc, SuggestionDoc } from '../../server/model';
import type { OutboxDoc } from '../../server/notifications/outbox/outbox-doc';
import { dbOf } from '../../server/platform/db';
import { suggestionStatusBackfill } from '../../server/migrations/0004-suggestion-status';
import { officeSuggestionAnswer } from '../../server/opinions/suggestion-follow';
import { resolveActor } from '../../server/users/actor';
import { hooked, stopAt } from '../support/db-hooks';
import { anOpinionOf } from '../support/deputy-work';
import { COUNTY_DEPUTY, startLocal, TOWNSHIP_DEPUTY, type Local } from '../support/local';
import { grant, messages } from './notifications-support';

const ADMIN = 'demo-admin-yuelu'; // 岳麓区: above 李红梅's home region 望月湖街道
const OTHER_ADMIN = 'test-admin-kaifu'; // 开福区: beside it
const FORM = {
  title: '关于加快老旧小区电梯更新的建议',
  reasons: '多个小区电梯老化、故障频发，居民出行困难。',
  proposals: '设立电梯更新专项资金，明确物业维保责任。',
};
const ANSWER = { text: '区住建局已将望月湖片区12部老旧电梯纳入明年更新计划，资金已落实。', answeredOn: '2026-11-29' };

async function withOtherOffice(t: Local) {
  const kaifu: RegionDoc = { _id: '430105', name: '开福区', kind: 'county', parentCode: '430100', path: ['430000', '430100', '430105'] };
  const db = dbOf(t.ports);
  await db.collection('regions').add({ data: kaifu });
  await db.collection('users').add({ data: { _id: OTHER_ADMIN, adminRegionCode: '430105' } });
}

/** Two residents' opinions to 李红梅, accepted and merged into one suggestion; the residents asked to be told of progress. */
async function aSuggestion(t: Local, residents = ['sg-resident-a', 'sg-resident-b'], title = FORM.title) {
  const opinionIds: string[] = [];
  for (const openid of residents) opinionIds.push(await anOpinionOf(t, { accepted: true, openid }));
  const s = await t.ok('deputy', 'suggest', { ...FORM, title, opinionIds }, COUNTY_DEPUTY);
  // What was said so far is relayed; then each resident has one progress message to come.
  await t.relay();
  for (const openid of residents) await grant(t, openid, 'opinion_progress');
  return { s, opinionIds, residents };
}

/** Expects a refusal with `code` that wrote nothing. */
async function refusedCleanly(t: Local, fn: FunctionName, action: string, payload: unknown, openid: string, code: string) {
  const before = await t.snapshot();
  const r = await t.refused(fn, action, payload, openid);
  expect(r.code).toBe(code);
  expect(await t.snapshot()).toBe(before);
  return r;
}

describe('a suggestion from submission to the deputy’s rating', () => {
  let t: Local;
  let id: string;
  let opinionIds: string[];
  let residents: string[];
  beforeAll(async () => {
    t = await startLocal();
    await withOtherOffice(t);
    ({ s: { id }, opinionIds, residents } = await aSuggestion(t));
  }, 60_000);
  afterAll(() => t.close());

  const stored = () => t.doc<SuggestionDoc>('suggestions', id);

  test('submitted: a status, the deputy’s home region and its path, the first event; the deputy sees it, with nothing to do yet', async () => {
    expect(stored()).toMatchObject({ status: 'submitted', version: 0, regionCode: '430104007', regionPath: ['430000', '430100', '430104', '430104007'] });
    expect(stored().events).toEqual([expect.objectContaining({ action: 'submit', to: 'submitted', actor: expect.objectContaining({ role: 'deputy', name: '李红梅' }) })]);
    const { items } = await t.ok('deputy', 'suggestions', {}, COUNTY_DEPUTY);
    expect(items).toEqual([expect.objectContaining({ id, status: 'submitted', statusLabel: '已提交', can: { answer: false, rate: false } })]);
    expect(items[0]!.events.map((e) => `${e.actorLabel} ${e.actionLabel}`)).toEqual(['李红梅代表 提交建议']);
  });

  test('each resident’s opinion shows the suggestion it fed, where it stands, and no answer yet', async () => {
    for (const [i, openid] of residents.entries()) {
      const d = await t.ok('opinion', 'detail', { id: opinionIds[i]! }, openid);
      expect(d.suggestion).toEqual({ title: FORM.title, deputyName: '李红梅', status: 'submitted', statusLabel: '代表已提出建议' });
    }
  });

  test('the office of the region lists it under 待交办 with the counts; an office beside it sees nothing and reaches nothing', async () => {
    const page = await t.ok('admin', 'suggestions', { tab: 'todo' }, ADMIN);
    expect(page.counts).toEqual({ todo: 1, assigned: 0, answered: 0 });
    expect(page.items).toEqual([expect.objectContaining({ id, title: FORM.title, deputyName: '李红梅', statusLabel: '已提交', opinionCount: 2, overdue: false })]);
    expect(page.nextCursor).toBeUndefined();
    const other = await t.ok('admin', 'suggestions', { tab: 'all' }, OTHER_ADMIN);
    expect(other).toEqual({ items: [], counts: { todo: 0, assigned: 0, answered: 0 } });
    await refusedCleanly(t, 'admin', 'suggestion', { id }, OTHER_ADMIN, 'OUT_OF_REGION');
    await refusedCleanly(t, 'admin', 'assignSuggestion', { id, departmentId: 'dept-yl-zj', dueDate: '2027-02-26' }, OTHER_ADMIN, 'OUT_OF_REGION');
    await refusedCleanly(t, 'admin', 'suggestion', { id: 'no-such-suggestion' }, ADMIN, 'SUGGESTION_NOT_FOUND');
  });

  test('the detail: what was proposed, the opinions merged, what the office may do, and the departments of its region and above', async () => {
    const d = await t.ok('admin', 'suggestion', { id }, ADMIN);
    expect(d).toMatchObject({ regionName: '望月湖街道', reasons: FORM.reasons, proposals: FORM.proposals, can: { assign: true, answer: false } });
    expect(d.opinions.map((o) => o.id)).toEqual(opinionIds);
    expect(d.opinions[0]).toMatchObject({ category: '住房物业', stationName: '望月湖街道人大代表联络站', statusLabel: '已转为代表建议' });
    // Its own region's first, then the regions above; never a region beside it (咸嘉湖).
    expect(d.departments.map((x) => x.regionCode)).toEqual(['430104007', '430104', '430104', '430104', '430100']);
    expect(d.departments.map((x) => x.id).sort()).toEqual(['dept-cs-zj', 'dept-wyh-sq', 'dept-yl-jt', 'dept-yl-mz', 'dept-yl-zj']);
  });

  test('before 交办 nobody records an answer or rates it', async () => {
    await refusedCleanly(t, 'admin', 'suggestionAnswer', { id, ...ANSWER }, ADMIN, 'TRANSITION_NOT_ALLOWED');
    await refusedCleanly(t, 'deputy', 'suggestionAnswer', { id, ...ANSWER }, COUNTY_DEPUTY, 'TRANSITION_NOT_ALLOWED');
    const r = await refusedCleanly(t, 'deputy', 'rateSuggestion', { id, result: 'satisfied' }, COUNTY_DEPUTY, 'TRANSITION_NOT_ALLOWED');
    expect(r.message).toBe('这件建议还没有交办，不能登记答复或评价');
  });

  test('交办 refuses a department beside the region, a due date in the past or beyond a year', async () => {
    await refusedCleanly(t, 'admin', 'assignSuggestion', { id, departmentId: 'dept-xjh-sq', dueDate: '2027-02-26' }, ADMIN, 'DEPARTMENT_NOT_FOUND');
    const past = await refusedCleanly(t, 'admin', 'assignSuggestion', { id, departmentId: 'dept-yl-zj', dueDate: '2026-11-28' }, ADMIN, 'INVALID_PAYLOAD');
    expect(past.message).toBe('答复期限不能早于今天');
    const far = await refusedCleanly(t, 'admin', 'assignSuggestion', { id, departmentId: 'dept-yl-zj', dueDate: '2028-01-01' }, ADMIN, 'INVALID_PAYLOAD');
    expect(far.message).toBe('答复期限不能超过一年');
  });

  test('交办 to a department with a due date: 已交办, an event, listed under 待答复; the resident reads who has it; twice is refused', async () => {
    const d = await t.ok('admin', 'assignSuggestion', { id, departmentId: 'dept-yl-zj', dueDate: '2027-02-26', note: '请结合老旧小区改造统筹' }, ADMIN);
    expect(d).toMatchObject({ status: 'assigned', statusLabel: '已交办', can: { assign: false, answer: true }, departments: [] });
    expect(d.assignment).toMatchObject({ departmentId: 'dept-yl-zj', departmentName: '岳麓区住房和城乡建设局', dueDate: '2027-02-26', overdue: false });
    expect(d.events.at(-1)).toMatchObject({ actorLabel: '岳麓区人大常委会', actionLabel: '交办', statusLabel: '已交办', note: '交办岳麓区住房和城乡建设局，2027-02-26前答复：请结合老旧小区改造统筹' });
    expect(stored()).toMatchObject({ version: 1, status: 'assigned' });
    const lists = await t.ok('admin', 'suggestions', { tab: 'assigned' }, ADMIN);
    expect(lists.counts).toEqual({ todo: 0, assigned: 1, answered: 0 });
    expect(lists.items[0]).toMatchObject({ id, departmentName: '岳麓区住房和城乡建设局', dueDate: '2027-02-26' });
    const resident = await t.ok('opinion', 'detail', { id: opinionIds[0]! }, residents[0]);
    expect(resident.suggestion).toMatchObject({ status: 'assigned', statusLabel: '已交有关部门办理', departmentName: '岳麓区住房和城乡建设局' });
    expect(resident.suggestion?.answer).toBeUndefined();
    const mine = (await t.ok('deputy', 'suggestions', {}, COUNTY_DEPUTY)).items[0]!;
    expect(mine.can).toEqual({ answer: true, rate: false });
    const again = await refusedCleanly(t, 'admin', 'assignSuggestion', { id, departmentId: 'dept-yl-jt', dueDate: '2027-02-26' }, ADMIN, 'TRANSITION_NOT_ALLOWED');
    expect(again.message).toBe('这件建议已经交办，正在等待部门答复');
  });

  test('the answer is refused with a date in the future or before 交办', async () => {
    await refusedCleanly(t, 'admin', 'suggestionAnswer', { id, text: ANSWER.text, answeredOn: '2026-11-30' }, ADMIN, 'INVALID_PAYLOAD');
    await refusedCleanly(t, 'admin', 'suggestionAnswer', { id, text: ANSWER.text, answeredOn: '2026-11-01' }, ADMIN, 'INVALID_PAYLOAD');
  });

  test('the office records the answer: 已答复; each resident sees it on their opinion and is sent one progress message', async () => {
    const d = await t.ok('admin', 'suggestionAnswer', { id, ...ANSWER }, ADMIN);
    expect(d).toMatchObject({ status: 'answered', can: { assign: false, answer: false } });
    expect(d.answer).toMatchObject({ departmentName: '岳麓区住房和城乡建设局', text: ANSWER.text, answeredOn: ANSWER.answeredOn, byLabel: '岳麓区人大常委会' });
    expect(stored().answerToldAt).toBeDefined();
    for (const [i, openid] of residents.entries()) {
      const o = await t.ok('opinion', 'detail', { id: opinionIds[i]! }, openid);
      expect(o.suggestion).toMatchObject({ statusLabel: '部门已答复', answer: { departmentName: '岳麓区住房和城乡建设局', text: ANSWER.text, answeredOn: '2026-11-29' } });
      // The opinion keeps its status; the answer is one event on its timeline.
      expect(o.status).toBe('suggestion');
      expect(o.timeline.filter((e) => e.action === 'suggestion_answer')).toEqual([
        expect.objectContaining({ actionLabel: '代表建议获答复', note: `岳麓区住房和城乡建设局已答复代表建议《${FORM.title}》` }),
      ]);
    }
    await t.relay();
    const told = t.docs<OutboxDoc>('outbox').filter((m) => m.templateKey === 'opinion_progress' && residents.includes(m.openid) && m.data.phrase2?.value === '建议已答复');
    expect(told.map((m) => m.openid).sort()).toEqual([...residents].sort());
    expect(told.map((m) => m.state)).toEqual(['sent', 'sent']);
    // What reached each resident's phone: the tracking number, the phrase, the note cut to fit.
    for (const openid of residents) expect(messages(t, openid, 'opinion_progress').map((m) => m.data.phrase2?.value)).toEqual(['建议已答复']);
  });

  test('the same answer again (a retry) changes nothing and tells nobody twice; another answer is refused', async () => {
    const before = await t.snapshot();
    await t.ok('admin', 'suggestionAnswer', { id, ...ANSWER }, ADMIN);
    expect(await t.snapshot()).toBe(before);
    const r = await refusedCleanly(t, 'admin', 'suggestionAnswer', { id, text: '另一份答复：已纳入明年计划。', answeredOn: '2026-11-29' }, ADMIN, 'TRANSITION_NOT_ALLOWED');
    expect(r.message).toBe('这件建议已经登记了答复');
  });

  test('only the deputy who made it rates it; 不满意 needs a reason; the office cannot rate', async () => {
    await refusedCleanly(t, 'deputy', 'rateSuggestion', { id, result: 'satisfied' }, TOWNSHIP_DEPUTY, 'SUGGESTION_NOT_FOUND');
    await refusedCleanly(t, 'deputy', 'suggestionAnswer', { id, ...ANSWER }, TOWNSHIP_DEPUTY, 'SUGGESTION_NOT_FOUND');
    const why = await refusedCleanly(t, 'deputy', 'rateSuggestion', { id, result: 'unsatisfied' }, COUNTY_DEPUTY, 'INVALID_PAYLOAD');
    expect(why.message).toBe('选择不满意时请写明原因');
    await refusedCleanly(t, 'deputy', 'rateSuggestion', { id, result: 'satisfied' }, ADMIN, 'FORBIDDEN');
  });

  test('the deputy rates the answer (代表满意度): 已评价, the whole record in order; rating again is refused', async () => {
    const s = await t.ok('deputy', 'rateSuggestion', { id, result: 'basic', comment: '计划已落实，希望加快进度' }, COUNTY_DEPUTY);
    expect(s).toMatchObject({ status: 'rated', statusLabel: '已评价', can: { answer: false, rate: false }, rating: { result: 'basic', resultLabel: '基本满意', comment: '计划已落实，希望加快进度' } });
    expect(s.events.map((e) => `${e.actorLabel} ${e.actionLabel} → ${e.statusLabel}`)).toEqual([
      '李红梅代表 提交建议 → 已提交',
      '岳麓区人大常委会 交办 → 已交办',
      '岳麓区人大常委会 登记答复 → 已答复',
      '李红梅代表 代表评价答复 → 已评价',
    ]);
    expect(stored()).toMatchObject({ version: 3, status: 'rated' });
    await refusedCleanly(t, 'deputy', 'rateSuggestion', { id, result: 'satisfied' }, COUNTY_DEPUTY, 'TRANSITION_NOT_ALLOWED');
    const answered = await t.ok('admin', 'suggestions', { tab: 'answered' }, ADMIN);
    expect(answered.items).toEqual([expect.objectContaining({ id, statusLabel: '已评价', answeredOn: '2026-11-29', ratingLabel: '基本满意' })]);
    // The resident's card says the department answered; the deputy's rating is not theirs to read.
    const o = await t.ok('opinion', 'detail', { id: opinionIds[0]! }, residents[0]);
    expect(o.suggestion).toMatchObject({ status: 'rated', statusLabel: '部门已答复' });
    expect(JSON.stringify(o.suggestion)).not.toContain('基本满意');
  });

  test('the duty record counts the suggestion as made, answered and rated 基本满意', async () => {
    const r = await t.ok('deputy', 'dutyRecord', { from: '2026-11-01', to: '2026-12-31' }, COUNTY_DEPUTY);
    expect(r).toMatchObject({ suggestionsMade: 1, suggestionsAnswered: 1, suggestionsSatisfied: 1 });
    const rows = Object.fromEntries(r.rows.map((x) => [x.label, x.value]));
    expect(rows['代表建议·已获答复（件）']).toBe(1);
    expect(rows['代表建议·对答复满意或基本满意（件）']).toBe(1);
  });
});

describe('the deputy records the answer', () => {
  test('after 交办 the deputy records the department’s answer; the residents are told; the office sees it answered', async () => {
    const t = await startLocal();
    try {
      const { s, opinionIds, residents } = await aSuggestion(t, ['sg-resident-c']);
      await t.ok('admin', 'assignSuggestion', { id: s.id, departmentId: 'dept-wyh-sq', dueDate: '2026-12-31' }, ADMIN);
      const mine = await t.ok('deputy', 'suggestionAnswer', { id: s.id, ...ANSWER }, COUNTY_DEPUTY);
      expect(mine).toMatchObject({ status: 'answered', can: { answer: false, rate: true }, answer: { departmentName: '望月湖街道社区建设办公室', byLabel: '李红梅代表' } });
      const o = await t.ok('opinion', 'detail', { id: opinionIds[0]! }, residents[0]);
      expect(o.suggestion?.answer?.text).toBe(ANSWER.text);
      await t.relay();
      expect(t.docs<OutboxDoc>('outbox').filter((m) => m.openid === residents[0] && m.data.phrase2?.value === '建议已答复')).toHaveLength(1);
      const d = await t.ok('admin', 'suggestion', { id: s.id }, ADMIN);
      expect(d).toMatchObject({ status: 'answered', can: { assign: false, answer: false } });
      // The deputy's record names the deputy as who recorded it.
      expect(d.events.at(-1)).toMatchObject({ actorLabel: '李红梅代表', actionLabel: '登记答复' });
    } finally {
      t.close();
    }
  });

  test('stopped before every resident was told: the same answer sent again tells the rest, and nobody twice', async () => {
    const t = await startLocal();
    try {
      const { s, opinionIds } = await aSuggestion(t, ['sg-resident-d', 'sg-resident-e']);
      await t.ok('admin', 'assignSuggestion', { id: s.id, departmentId: 'dept-yl-zj', dueDate: '2026-12-31' }, ADMIN);
      const actor = await resolveActor(t.ports, ADMIN);
      let opinionWrites = 0;
      // The answer lands and the first resident is told; the function stops at the second.
      const stopped = hooked(t.ports, stopAt((w) => w.collection === 'opinions' && w.kind === 'update' && ++opinionWrites === 2));
      await expect(officeSuggestionAnswer(stopped, actor, { id: s.id, ...ANSWER })).rejects.toThrow('function stopped');
      const told = (oid: string) => t.doc<OpinionDoc>('opinions', oid).timeline.filter((e) => e.action === 'suggestion_answer').length;
      expect(opinionIds.map(told)).toEqual([1, 0]);
      expect(t.doc<SuggestionDoc>('suggestions', s.id)).toMatchObject({ status: 'answered' });
      expect(t.doc<SuggestionDoc>('suggestions', s.id).answerToldAt).toBeUndefined();

      await t.ok('admin', 'suggestionAnswer', { id: s.id, ...ANSWER }, ADMIN);
      expect(opinionIds.map(told)).toEqual([1, 1]);
      expect(t.doc<SuggestionDoc>('suggestions', s.id).answerToldAt).toBeDefined();
      expect(t.doc<SuggestionDoc>('suggestions', s.id).events?.filter((e) => e.action === 'answer')).toHaveLength(1);
    } finally {
      t.close();
    }
  });
});

describe('the office’s list', () => {
  test('pages by cursor, each tab in its order, every suggestion once; a cursor of another tab is refused', async () => {
    const t = await startLocal();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const { s } = await aSuggestion(t, [`sg-page-${i}`], `关于小区公共设施维护的第${i + 1}件建议`);
        ids.push(s.id);
        t.clock.set(new Date(t.clock.now().getTime() + 60_000));
      }
      // Two assigned, due on different days: the soonest due comes first.
      await t.ok('admin', 'assignSuggestion', { id: ids[3]!, departmentId: 'dept-yl-zj', dueDate: '2027-03-01' }, ADMIN);
      await t.ok('admin', 'assignSuggestion', { id: ids[4]!, departmentId: 'dept-yl-zj', dueDate: '2027-01-15' }, ADMIN);

      const walk = async (tab: 'todo' | 'assigned' | 'all') => {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await t.ok('admin', 'suggestions', { tab, limit: 2, ...(cursor ? { cursor } : {}) }, ADMIN);
          if (!cursor) expect(page.counts).toEqual({ todo: 3, assigned: 2, answered: 0 });
          else expect(page.counts).toBeUndefined();
          seen.push(...page.items.map((x) => x.id));
          cursor = page.nextCursor;
          pages++;
        } while (cursor && pages < 10);
        return seen;
      };
      expect(await walk('todo')).toEqual([ids[0], ids[1], ids[2]]); // the oldest first
      expect(await walk('assigned')).toEqual([ids[4], ids[3]]); // the soonest due first
      expect(await walk('all')).toEqual([...ids].reverse()); // the newest first

      const first = await t.ok('admin', 'suggestions', { tab: 'todo', limit: 1 }, ADMIN);
      const r = await t.refused('admin', 'suggestions', { tab: 'all', limit: 1, cursor: first.nextCursor }, ADMIN);
      expect(r.code).toBe('CURSOR_INVALID');
    } finally {
      t.close();
    }
  });
});

describe('suggestions stored before they were followed (migration 0004)', () => {
  test('each gets the status 已提交, its first event and the deputy’s home region; the office then lists it; run again, nothing is written', async () => {
    const t = await startLocal();
    try {
      const { s } = await aSuggestion(t, ['sg-old-resident']);
      // As stored before decision 0034: the suggestion's own fields and nothing more.
      const { status: _s, version: _v, events: _e, regionCode: _c, regionPath: _p, updatedAt: _u, ...old } = t.doc<SuggestionDoc>('suggestions', s.id);
      t.store.replace('suggestions', old as never);
      expect((await t.ok('admin', 'suggestions', { tab: 'todo' }, ADMIN)).items).toEqual([]);
      // The deputy's own list reads it as submitted meanwhile.
      expect((await t.ok('deputy', 'suggestions', {}, COUNTY_DEPUTY)).items[0]).toMatchObject({ status: 'submitted', events: [] });

      const pages: { processed: number; changed: number }[] = [];
      const resume = { after: undefined, checkpoint: async (_id: string, page: { processed: number; changed: number }) => (pages.push(page), true) };
      expect(await suggestionStatusBackfill.run(t.ports, resume)).toBe('done');
      expect(pages).toEqual([{ processed: 1, changed: 1 }]);
      expect(t.doc<SuggestionDoc>('suggestions', s.id)).toMatchObject({
        status: 'submitted',
        version: 0,
        regionCode: '430104007',
        regionPath: ['430000', '430100', '430104', '430104007'],
        events: [expect.objectContaining({ action: 'submit', to: 'submitted', actor: expect.objectContaining({ role: 'deputy', id: 'd-county-1', name: '李红梅' }) })],
      });
      expect((await t.ok('admin', 'suggestions', { tab: 'todo' }, ADMIN)).items.map((x) => x.id)).toEqual([s.id]);

      const before = await t.snapshot();
      pages.length = 0;
      await suggestionStatusBackfill.run(t.ports, resume);
      expect(pages).toEqual([{ processed: 1, changed: 0 }]);
      expect(await t.snapshot()).toBe(before);
      // And it moves on from there like any other.
      await t.ok('admin', 'assignSuggestion', { id: s.id, departmentId: 'dept-yl-zj', dueDate: '2027-02-26' }, ADMIN);
      expect(t.doc<SuggestionDoc>('suggestions', s.id)).toMatchObject({ status: 'assigned', version: 1 });
    } finally {
      t.close();
    }
  });

  test('a change on a suggestion that has no version yet is written on the condition that it still has none', async () => {
    const t = await startLocal();
    try {
      const { s } = await aSuggestion(t, ['sg-old-resident-2']);
      const { version: _v, ...old } = t.doc<SuggestionDoc>('suggestions', s.id);
      t.store.replace('suggestions', old as never);
      await t.ok('admin', 'assignSuggestion', { id: s.id, departmentId: 'dept-yl-zj', dueDate: '2027-02-26' }, ADMIN);
      expect(t.doc<SuggestionDoc>('suggestions', s.id)).toMatchObject({ status: 'assigned', version: 1 });
    } finally {
      t.close();
    }
  });
});
