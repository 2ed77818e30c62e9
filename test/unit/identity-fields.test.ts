/**
 * Staff access to identity is logged (decision 0018): a staff or admin answer carries a
 * resident's full phone only through revealPhones (server/users/identity-access.ts), which
 * records the access. Every staff and admin answer of the contract is walked for a phone
 * field, so a new one cannot appear without being listed here — and routed through it.
 */
import { z } from 'zod';
import { CONTRACT } from '../../core/contract';

/** The answers that show staff or admins a resident's phone, each shown through revealPhones. */
const SHOWN_THROUGH_THE_LOG = [
  // The case page (server/opinions/casework-view.ts): in full only through revealPhones, when the
  // resident allowed contact or for 回访; masked otherwise; `phoneFull` says which.
  'admin.case: resident.phone',
  'admin.case: resident.phoneFull',
  'staff.queue: items[].phone',
  'staff.case: resident.phone',
  'staff.case: resident.phoneFull',
];

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[] };

function phoneFields(s: JsonSchema | undefined, at: string, out: string[]): string[] {
  if (!s || typeof s !== 'object') return out;
  for (const [key, sub] of Object.entries(s.properties ?? {})) {
    const path = at ? `${at}.${key}` : key;
    if (/phone|mobile/i.test(key)) out.push(path);
    phoneFields(sub, path, out);
  }
  phoneFields(s.items, `${at}[]`, out);
  for (const sub of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) phoneFields(sub, at, out);
  return out;
}

test('a phone reaches staff and admins only where the access is logged', () => {
  const found = Object.entries(CONTRACT).flatMap(([fn, actions]) =>
    Object.entries(actions as Record<string, { access: string; output: z.ZodType }>)
      .filter(([, spec]) => spec.access === 'staff' || spec.access === 'admin')
      .flatMap(([name, spec]) =>
        phoneFields(z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }) as JsonSchema, '', []).map((f) => `${fn}.${name}: ${f}`),
      ),
  );
  expect(found).toEqual(SHOWN_THROUGH_THE_LOG);
});
