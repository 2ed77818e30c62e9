/**
 * Every action, called with payloads derived from its own schema and then broken: wrong
 * types, boundaries, huge and odd strings, prototype keys, Mongo operators. Each answer is
 * the envelope with a stable code — never INTERNAL, never a stack trace — and a refusal
 * writes nothing.
 */
import { z } from 'zod';
import { CONTRACT, type FunctionName } from '../../core/contract';
import { ERRORS } from '../../core/errors';
import { startLocal, type Local } from '../support/local';

jest.setTimeout(300_000);

const PERSONA_FOR: Record<string, string | undefined> = {
  public: undefined,
  resident: 'demo-resident-1',
  deputy: 'demo-deputy-county',
  staff: 'demo-staff-wyh',
  admin: 'demo-admin-yuelu',
};

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; enum?: unknown[]; const?: unknown; items?: JsonSchema; anyOf?: JsonSchema[] };

/** A plausible value of the schema's shape (not necessarily valid). */
function sample(s: JsonSchema | undefined): unknown {
  if (!s) return 'x';
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.anyOf?.length) return sample(s.anyOf[0]);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v)]));
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      return 'abcdefgh01';
  }
}

const ODD_VALUES: unknown[] = [
  null,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  '   ',
  'a'.repeat(100_000),
  '\u0000\u0007',
  '\u200b\u200b\u200b',
  '😀'.repeat(1001),
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  { $ne: null },
  { $where: 'sleep(1000)' },
  { $gt: '' },
  ['x'],
  {},
  true,
];

const EXTRA_KEYS = ['{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"$where":"1"}'];

describe.each(Object.keys(CONTRACT) as FunctionName[])('fuzz: %s', (fn) => {
  let t: Local;
  beforeAll(async () => {
    t = await startLocal();
  });
  afterAll(() => t.close());

  const actions = Object.entries(CONTRACT[fn]) as [string, { access: string; input: z.ZodType }][];
  test.each(actions.map(([name, spec]) => [name, spec] as const))('%s', async (action, spec) => {
    const schema = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const base = sample(schema) as Record<string, unknown>;
    const payloads: unknown[] = [null, [], 'payload', 42, base];
    for (const key of Object.keys(schema.properties ?? {})) {
      for (const v of ODD_VALUES) payloads.push({ ...base, [key]: v });
    }
    for (const extra of EXTRA_KEYS) payloads.push({ ...base, ...JSON.parse(extra) });

    const openid = PERSONA_FOR[spec.access];
    const callers = openid ? [openid, 'fuzz-stranger'] : [undefined, 'fuzz-stranger'];
    for (const payload of payloads) {
      for (const who of callers) {
        const before = t.store.changes();
        const r = await t.call(fn, { action, payload }, who);
        const where = `${fn}.${action} as ${who ?? 'anonymous'} with ${JSON.stringify(payload).slice(0, 120)}`;
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          if (r.code === 'INTERNAL') throw new Error(`INTERNAL for ${where}`);
          expect(Object.keys(ERRORS)).toContain(r.code);
          expect(r.message).toMatch(/[\u4e00-\u9fff]/);
          expect(r.message).not.toMatch(/\bat \S+ \(|Error:|undefined|\[object/);
          if (t.store.changes() !== before) throw new Error(`refused but wrote: ${where}`);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
