/** Every action of the one contract, and describeIssue's wording for any issue. */
import { z } from 'zod';
import { CONTRACT, FIELD_LABELS, FUNCTION_NAMES, describeError, describeIssue } from '../../core/contract';

const CJK = /[\u4e00-\u9fff]/;
const ACTIONS = Object.entries(CONTRACT).flatMap(([fn, actions]) =>
  Object.entries(actions).map(([name, spec]) => [`${fn}.${name}`, spec] as const),
);

describe('CONTRACT', () => {
  it('lists its functions', () => {
    expect([...FUNCTION_NAMES].sort()).toEqual(Object.keys(CONTRACT).sort());
    expect(ACTIONS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(ACTIONS)('%s declares access, a Chinese summary, and input and output schemas', (_, spec) => {
    expect(['public', 'resident', 'deputy', 'staff', 'admin', 'platform']).toContain(spec.access);
    expect(spec.summary).toMatch(CJK);
    expect(spec.input).toBeInstanceOf(z.ZodType);
    expect(spec.output).toBeInstanceOf(z.ZodType);
  });

  it.each(ACTIONS)('%s input and output convert to JSON Schema', (_, spec) => {
    const input = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' });
    expect(input.type).toBe('object');
    expect(() => z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' })).not.toThrow();
  });

  it.each(ACTIONS)('%s refuses unknown payload fields', (_, spec) => {
    expect(spec.input.safeParse({ surprise: true }).success).toBe(false);
  });

  it('station.get refuses operator objects and over-long codes, in Chinese', () => {
    const input = CONTRACT.station.get.input;
    for (const code of [{ $ne: 1 }, 'x'.repeat(33), '站']) {
      const r = input.safeParse({ code });
      expect(r.success).toBe(false);
      expect(describeError(r.error!)).toContain('联络站编号');
    }
    expect(input.safeParse({ code: 'CS-YL-001' }).success).toBe(true);
  });

  it('paging is bounded and defaulted', () => {
    const mine = CONTRACT.opinion.mine.input;
    expect(mine.parse({})).toEqual({ offset: 0, limit: 20 });
    expect(mine.safeParse({ limit: 51 }).success).toBe(false);
    expect(mine.safeParse({ limit: 0 }).success).toBe(false);
    expect(mine.safeParse({ offset: -1 }).success).toBe(false);
    expect(mine.safeParse({ limit: 2.5 }).success).toBe(false);
    const r = mine.safeParse({ limit: 500 });
    expect(describeError(r.error!)).toBe('每页条数超出允许的范围');
  });

  it('the reply text is refused when blank, in Chinese', () => {
    const r = CONTRACT.deputy.reply.input.safeParse({ id: 'op-1', text: '  ' });
    expect(r.success).toBe(false);
    expect(describeError(r.error!)).toBe('内容不能为空');
  });
});

describe('describeIssue', () => {
  // As server/functions/dispatch.ts parses: zod v4 puts the offending value on an issue only on request.
  const issueOf = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value, { reportInput: true });
    if (r.success) throw new Error('accepted');
    return r.error.issues[0];
  };

  it.each([
    ['invalid_type', z.object({ code: z.string() }), { code: 1 }, '联络站编号的类型不正确'],
    ['missing', z.object({ code: z.string() }), {}, '请填写联络站编号'],
    ['invalid_value', z.object({ scope: z.enum(['a', 'b']) }), { scope: 'c' }, '问题范围不在可选范围内'],
    ['too_big', z.object({ limit: z.number().max(5) }), { limit: 6 }, '每页条数超出允许的范围'],
    ['too_small string', z.object({ note: z.string().min(1) }), { note: '' }, '备注不能为空'],
    ['too_small number', z.object({ offset: z.number().min(0) }), { offset: -1 }, '分页位置小于允许的范围'],
    ['other', z.object({ regionCode: z.string().regex(/^\d+$/) }), { regionCode: 'x' }, '地区编号不正确'],
    ['unknown field name', z.object({ zzz: z.string() }), { zzz: 1 }, '字段“zzz”的类型不正确'],
    ['nested path uses the last name', z.object({ a: z.array(z.object({ phone: z.string() })) }), { a: [{ phone: 1 }] }, '联系电话的类型不正确'],
    ['no path at all', z.string(), 1, '内容的类型不正确'],
  ])('%s', (_, schema, value, message) => {
    expect(describeIssue(issueOf(schema, value))).toBe(message);
  });

  // src/hooks/use-opinion-draft.ts and use-deputy-opinion.ts call safeParse without reportInput;
  // then every issue lacks `input`, and describeIssue reads a wrong type as a missing field.
  it.each([
    [{ text: 123 }, '内容'],
    [{ stationCode: { $ne: 1 } }, '联络站编号'],
    [{ anonymous: 'true' }, '匿名选项'],
  ])('does not call a present value of the wrong type missing, however it was parsed: %p', (over, label) => {
    const payload = { stationCode: 'CS-1', category: '交通出行', text: '小区门口的路灯坏了一个月', requestId: 'req-00000001', ...over };
    const r = CONTRACT.opinion.submit.input.safeParse(payload);
    expect(r.success).toBe(false);
    expect(describeError(r.error!)).toBe(`${label}的类型不正确`);
  });

  it('puts a Chinese custom message after the field name', () => {
    const issue = issueOf(z.object({ text: z.string().min(3, { error: '至少三个字' }) }), { text: 'a' });
    expect(describeIssue(issue)).toBe('内容至少三个字');
  });

  it('every field label is Chinese', () => {
    for (const label of Object.values(FIELD_LABELS)) expect(label).toMatch(CJK);
    expect(FIELD_LABELS.stationCode).toBe('联络站编号');
    expect(FIELD_LABELS.code).toBe('联络站编号');
  });
});
