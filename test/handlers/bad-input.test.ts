/** Every refusal answers in the contract's shape with a stable code, and writes nothing. */
import { COUNTY_DEPUTY, RESIDENT, startLocal, TOWNSHIP_DEPUTY, type Local } from '../support/local';

const CJK = /[\u4e00-\u9fff]/;

describe('bad input is refused clearly and writes nothing', () => {
  let t: Local;
  beforeAll(async () => {
    t = await startLocal();
  });
  afterAll(() => t.close());

  const valid = () => ({ stationCode: 'WYH01', category: '住房物业', text: '楼道灯坏了一个星期，晚上看不见路', requestId: t.requestId() });

  const cases: [string, () => unknown, string][] = [
    ['empty text', () => ({ ...valid(), text: '' }), 'INVALID_PAYLOAD'],
    ['whitespace text', () => ({ ...valid(), text: ' \n\t　 ' }), 'INVALID_PAYLOAD'],
    ['text over 1000 characters', () => ({ ...valid(), text: '字'.repeat(1001) }), 'INVALID_PAYLOAD'],
    ['text of the wrong type', () => ({ ...valid(), text: 42 }), 'INVALID_PAYLOAD'],
    ['unknown field', () => ({ ...valid(), isAdmin: true }), 'INVALID_PAYLOAD'],
    ['malformed category', () => ({ ...valid(), category: 'random' }), 'INVALID_PAYLOAD'],
    ['category the station does not have', () => ({ ...valid(), category: '随便说说' }), 'CATEGORY_UNKNOWN'],
    ['station code that does not exist', () => ({ ...valid(), stationCode: 'NOPE99' }), 'STATION_NOT_FOUND'],
    ['station code over 32 characters', () => ({ ...valid(), stationCode: 'A'.repeat(33) }), 'INVALID_PAYLOAD'],
    ['station code with characters a scene cannot hold', () => ({ ...valid(), stationCode: '望月湖' }), 'INVALID_PAYLOAD'],
    ['$ne where a string is expected', () => ({ ...valid(), stationCode: { $ne: 'x' } }), 'INVALID_PAYLOAD'],
    ['$where where a string is expected', () => ({ ...valid(), text: { $where: 'sleep(1000)' } }), 'INVALID_PAYLOAD'],
    ['operator as chosen deputy', () => ({ ...valid(), chosenDeputyId: { $gt: '' } }), 'INVALID_PAYLOAD'],
    ['prototype pollution key', () => JSON.parse(`{"stationCode":"WYH01","category":"其他","text":"x","requestId":"abcdefgh1","__proto__":{"admin":true}}`), 'INVALID_PAYLOAD'],
    ['payload that is an array', () => [valid()], 'INVALID_PAYLOAD'],
    ['payload that is a string', () => 'text', 'INVALID_PAYLOAD'],
    ['missing request id', () => ({ stationCode: 'WYH01', category: '其他', text: 'x' }), 'INVALID_PAYLOAD'],
    ['malformed phone', () => ({ ...valid(), phone: '12345' }), 'INVALID_PAYLOAD'],
  ];

  test.each(cases)('%s', async (_name, payload, code) => {
    const before = await t.snapshot();
    const r = await t.refused('opinion', 'submit', payload(), RESIDENT);
    expect(r.code).toBe(code);
    expect(r.message).toMatch(CJK);
    expect(r.message).not.toMatch(/Error|at \w+ \(|expected/);
    expect(await t.snapshot()).toBe(before);
  });

  test('the messages say what is wrong, in Chinese', async () => {
    expect((await t.refused('opinion', 'submit', { ...valid(), text: '   ' }, RESIDENT)).message).toBe('内容不能为空');
    expect((await t.refused('opinion', 'submit', { ...valid(), text: '字'.repeat(1001) }, RESIDENT)).message).toBe('内容不能超过1000字');
    expect((await t.refused('opinion', 'submit', { ...valid(), stationCode: 'A'.repeat(33) }, RESIDENT)).message).toBe('联络站编号不能超过32个字符');
    expect((await t.refused('opinion', 'submit', { ...valid(), stationCode: { $ne: 1 } }, RESIDENT)).message).toBe('联络站编号的类型不正确');
    expect((await t.refused('opinion', 'submit', { ...valid(), extra: 1 }, RESIDENT)).message).toBe('不支持的字段：extra');
  });

  test('1000 characters exactly is accepted (counted as people count them)', async () => {
    const r = await t.submit({ text: '😀'.repeat(1000) });
    expect(r.status).toBeDefined();
  });

  test('malformed calls answer in the envelope, never throw', async () => {
    for (const event of [null, 'x', 42, [], { payload: {} }, { action: 7 }]) {
      const r = await t.call('opinion', event, RESIDENT);
      expect(r).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
    expect(await t.call('opinion', { action: 'dropTable' }, RESIDENT)).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await t.call('opinion', { action: 'constructor' }, RESIDENT)).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await t.call('opinion', { action: '__proto__' }, RESIDENT)).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });

  describe('permissions and the transition table', () => {
    let opinionId: string;
    beforeAll(async () => {
      opinionId = (await t.submit({ chosenDeputyId: 'd-county-1' })).id; // 李红梅
    });

    test('a resident calling a deputy action is refused', async () => {
      const before = await t.snapshot();
      expect((await t.refused('deputy', 'accept', { id: opinionId }, RESIDENT)).code).toBe('FORBIDDEN');
      expect((await t.refused('deputy', 'inbox', {}, RESIDENT)).code).toBe('FORBIDDEN');
      expect((await t.refused('deputy', 'inbox', {})).code).toBe('LOGIN_REQUIRED');
      expect(await t.snapshot()).toBe(before);
    });

    test('a deputy acting on another deputy’s opinion is refused', async () => {
      const before = await t.snapshot();
      expect((await t.refused('deputy', 'accept', { id: opinionId }, TOWNSHIP_DEPUTY)).code).toBe('NOT_YOUR_OPINION');
      expect((await t.refused('deputy', 'detail', { id: opinionId }, TOWNSHIP_DEPUTY)).code).toBe('NOT_YOUR_OPINION');
      expect(await t.snapshot()).toBe(before);
    });

    test('another resident cannot see or withdraw it', async () => {
      expect((await t.refused('opinion', 'detail', { id: opinionId }, 'demo-resident-2')).code).toBe('OPINION_NOT_FOUND');
      expect((await t.refused('opinion', 'withdraw', { id: opinionId }, 'demo-resident-2')).code).toBe('OPINION_NOT_FOUND');
    });

    test('a change the table does not allow is refused and writes nothing', async () => {
      const before = await t.snapshot();
      // assigned → replied is not in the table (accept first)
      expect((await t.refused('deputy', 'reply', { id: opinionId, text: '已经处理好了，请放心。谢谢您的反映！' }, COUNTY_DEPUTY)).code).toBe('TRANSITION_NOT_ALLOWED');
      expect(await t.snapshot()).toBe(before);
      await t.ok('deputy', 'accept', { id: opinionId }, COUNTY_DEPUTY);
      const afterAccept = await t.snapshot();
      expect((await t.refused('deputy', 'accept', { id: opinionId }, COUNTY_DEPUTY)).code).toBe('TRANSITION_NOT_ALLOWED');
      // accepted → withdrawn: too late for the resident
      expect((await t.refused('opinion', 'withdraw', { id: opinionId }, RESIDENT)).code).toBe('TRANSITION_NOT_ALLOWED');
      expect(await t.snapshot()).toBe(afterAccept);
    });

    test('withdrawing before acceptance works once, and the deputy can no longer accept', async () => {
      const { id } = await t.submit({ text: '小区门口的减速带松动了', chosenDeputyId: 'd-county-1' });
      expect((await t.ok('opinion', 'withdraw', { id, reason: '问题已自行解决' }, RESIDENT)).status).toBe('withdrawn');
      expect((await t.refused('deputy', 'accept', { id }, COUNTY_DEPUTY)).code).toBe('TRANSITION_NOT_ALLOWED');
      const detail = await t.ok('opinion', 'detail', { id }, RESIDENT);
      expect(detail.timeline.at(-1)).toMatchObject({ action: 'withdraw', from: 'assigned', to: 'withdrawn', note: '问题已自行解决' });
    });
  });
});
