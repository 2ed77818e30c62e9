/** opinion.submit's payload schema and the Chinese messages its refusals turn into. */
import { CONTRACT, describeError } from '../../core/contract';
import { aSubmitPayload } from '../support/mothers';

const submit = CONTRACT.opinion.submit.input;
const CJK = /[\u4e00-\u9fff]/;
/** Words of the library's English messages that must never reach the user. */
const LIBRARY_ENGLISH = /invalid|expected|received|too (big|small)|unrecognized|must|string|object|number/i;

/** Parsed as server/functions/dispatch.ts does (reportInput: the wrong value is kept on the issue). */
function refusal(payload: unknown): string {
  const r = submit.safeParse(payload, { reportInput: true });
  if (r.success) throw new Error(`accepted: ${JSON.stringify(payload)}`);
  return describeError(r.error);
}

describe('opinion.submit accepts', () => {
  it('a minimal payload, applying the defaults', () => {
    const r = submit.safeParse(aSubmitPayload());
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      ...aSubmitPayload(),
      photos: [],
      scope: 'community',
      anonymous: false,
      allowContact: false,
      consentPublish: false,
      smsNotify: false,
    });
  });

  it('a full payload as given', () => {
    const full = aSubmitPayload({
      scope: 'city',
      anonymous: true,
      phone: '13812345678',
      allowContact: true,
      consentPublish: true,
      chosenDeputyId: 'd-wang_01',
      smsNotify: true,
    });
    expect(submit.parse(full)).toEqual({ ...full, photos: [] });
  });

  it.each([
    ['1000 Chinese characters', '意'.repeat(1000)],
    ['1000 emoji (2000 UTF-16 units)', '😀'.repeat(1000)],
    ['1000 characters inside surrounding blanks', `  ${'意'.repeat(1000)}\n`],
    ['10 characters, an emoji counting as one', '小区电梯坏了三天了😀'],
  ])('text of %s', (_, text) => {
    const r = submit.safeParse(aSubmitPayload({ text }));
    expect(r.success).toBe(true);
    expect(r.data?.text).toBe(text.trim());
  });

  it('text without zero-width or direction-override characters (they display differently from what is stored)', () => {
    const r = submit.safeParse(aSubmitPayload({ text: '小区电梯\u200b坏了\u202e反转\u202c,\u2066隔离\u2069\u200f请处理\ufeff' }));
    expect(r.data?.text).toBe('小区电梯坏了反转,隔离请处理');
    expect(refusal(aSubmitPayload({ text: '\u202e\u200b\u2067 ' }))).toContain('内容');
  });

  it.each(['A', 'CS-YL-001', 'x'.repeat(32), "!#$&'()*+,/:;=?@-._~", '430104_station'])(
    'station code %p',
    (stationCode) => {
      expect(submit.safeParse(aSubmitPayload({ stationCode })).success).toBe(true);
    },
  );
});

describe('opinion.submit refuses, in Chinese naming the field', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['empty text', { text: '' }, '内容'],
    ['blank text', { text: '   ' }, '内容'],
    ['whitespace-only text', { text: '\n\t \u3000' }, '内容'],
    ['1001 Chinese characters', { text: '意'.repeat(1001) }, '内容'],
    ['1001 emoji', { text: '😀'.repeat(1001) }, '内容'],
    ['9 characters', { text: '小区电梯坏了三天😀' }, '内容'],
    ['9 characters inside blanks', { text: `  ${'意'.repeat(9)}\n` }, '内容'],
    ['text as a number', { text: 123 }, '内容'],
    ['text as an array', { text: ['a'] }, '内容'],
    ['text as null', { text: null }, '内容'],
    ['a missing text', { text: undefined }, '内容'],
    ['a station code of 33 characters', { stationCode: 'x'.repeat(33) }, '联络站编号'],
    ['an empty station code', { stationCode: '' }, '联络站编号'],
    ['a station code with Chinese', { stationCode: '岳麓站' }, '联络站编号'],
    ['a station code with a space', { stationCode: 'CS 001' }, '联络站编号'],
    ['a station code with %', { stationCode: 'CS%20001' }, '联络站编号'],
    ['a station code with quotes and angle brackets', { stationCode: '<a">' }, '联络站编号'],
    ['a station code with a backslash', { stationCode: 'CS\\001' }, '联络站编号'],
    ['a missing station code', { stationCode: undefined }, '联络站编号'],
    // Whether the station's region has the category is the server's check (test/handlers/categories.test.ts).
    ['a category that is no name of Chinese characters', { category: 'random' }, '意见类别'],
    ['a category of one character', { category: '教' }, '意见类别'],
    ['a category of 13 characters', { category: '字'.repeat(13) }, '意见类别'],
    ['a category as a number', { category: 5 }, '意见类别'],
    ['an unknown scope', { scope: 'world' }, '问题范围'],
    ['anonymous as a string', { anonymous: 'true' }, '匿名选项'],
    ['allowContact as 1', { allowContact: 1 }, '联系授权'],
    ['a malformed phone', { phone: '12345' }, '联系电话'],
    ['a phone as a number', { phone: 13812345678 }, '联系电话'],
    ['a chosen deputy id with a dot', { chosenDeputyId: 'a.b' }, '所选代表'],
    ['a short request id', { requestId: 'abc' }, '请求编号'],
    ['a missing request id', { requestId: undefined }, '请求编号'],
  ])('%s', (_, over, label) => {
    const message = refusal(aSubmitPayload(over));
    expect(message).toMatch(CJK);
    expect(message).toContain(label);
    expect(message).not.toMatch(LIBRARY_ENGLISH);
  });

  it('a missing field is asked for', () => {
    expect(refusal(aSubmitPayload({ requestId: undefined }))).toBe('请填写请求编号');
  });

  it.each([
    [{ text: 123 }, '内容的类型不正确'],
    [{ stationCode: { $ne: 1 } }, '联络站编号的类型不正确'],
    [{ anonymous: 'true' }, '匿名选项的类型不正确'],
  ])('a wrong type %p is named as such, not as missing', (over, message) => {
    expect(refusal(aSubmitPayload(over))).toBe(message);
  });

  it('short text asks for at least 10 characters, and says what to write', () => {
    expect(refusal(aSubmitPayload({ text: '小区电梯' }))).toBe('内容至少要写10个字，请写清楚是什么问题、在哪里');
  });

  it('over-long text says the limit', () => {
    expect(refusal(aSubmitPayload({ text: '意'.repeat(1001) }))).toContain('1000');
  });

  describe('Mongo operator objects where strings are expected', () => {
    const OPERATORS = [{ $ne: 1 }, { $where: 'sleep(1000) || true' }, { $gt: '' }, { $regex: '.*' }, { $in: ['a'] }];
    const FIELDS: [string, string][] = [
      ['stationCode', '联络站编号'],
      ['text', '内容'],
      ['category', '意见类别'],
      ['scope', '问题范围'],
      ['phone', '联系电话'],
      ['chosenDeputyId', '所选代表'],
      ['requestId', '请求编号'],
    ];
    const cases = FIELDS.flatMap(([field, label]) => OPERATORS.map((op) => [field, JSON.stringify(op), op, label] as const));
    it.each(cases)('%s = %s', (field, _, op, label) => {
      const message = refusal(aSubmitPayload({ [field]: op }));
      expect(message).toContain(label);
      expect(message).not.toMatch(LIBRARY_ENGLISH);
    });
  });

  it.each([
    ['an unknown field', { extra: 1 }, 'extra'],
    ['a Mongo operator as a top-level key', { $where: 'this.a > 1' }, '$where'],
    ['a client-sent identity', { openid: 'o-attacker' }, 'openid'],
    ['a client-sent status', { status: 'resolved' }, 'status'],
  ])('%s (strict)', (_, over, key) => {
    const message = refusal(aSubmitPayload(over));
    expect(message).toContain('不支持的字段');
    expect(message).toContain(key);
  });

  it.each([null, undefined, 'text', 42, [], [aSubmitPayload()]])('a payload that is not an object: %p', (payload) => {
    const message = refusal(payload);
    expect(message).toMatch(CJK);
    expect(message).not.toMatch(LIBRARY_ENGLISH);
  });
});
