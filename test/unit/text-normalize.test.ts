/**
 * Every text field is cleaned by one function (core/contract/fields.ts `text`), checked here over
 * the whole code point range by Unicode property, not by a list of examples:
 *  - format characters (every \p{Cf}, which holds every \p{Bidi_Control}, zero-width characters
 *    and the soft hyphen) and the other default-ignorable code points (Hangul fillers …) are
 *    removed, except variation selectors (emoji presentation, CJK ideographic variants);
 *  - U+2028 / U+2029 become '\n';
 *  - a lone surrogate is refused (malformed text);
 *  - letters, marks, digits, punctuation, symbols and spaces are kept as they are.
 * Outgoing message fields (core/message-fields.ts `plainText`) remove the same characters.
 */
import { describeError } from '../../core/contract';
import { text } from '../../core/contract/fields';
import { plainText } from '../../core/message-fields';

const MAX = 0x10ffff;
const LONE = /^[\ud800-\udfff]$/;
const every = (re: RegExp): number[] => {
  const out: number[] = [];
  for (let cp = 0; cp <= MAX; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates are their own class below
    if (re.test(String.fromCodePoint(cp))) out.push(cp);
  }
  return out;
};
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const REMOVED = /^(?!\p{Variation_Selector})[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
const LINE_SEPARATOR = /^[\u2028\u2029]$/u;
/** C0/C1 controls other than tab and line breaks: refused as before (not part of this change). */
const CONTROL = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]$/u;
const KEPT = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;

const field = text(100_000);
/** `cp` between two Han characters (so nothing is trimmed and no markup forms), as the field stores it. */
const one = (cp: number): string => {
  const r = field.safeParse(`甲${String.fromCodePoint(cp)}乙`);
  return r.success ? r.data : `refused: ${describeError(r.error)}`;
};
/**
 * The code points of `cps` the field does not turn into `each(cp)`, as U+XXXX (at most 20). Checked
 * a chunk at a time, one by one only inside a chunk that differs.
 */
function offenders(cps: number[], each: (cp: number) => string, size = 2000): string[] {
  const out: string[] = [];
  for (let i = 0; i < cps.length && out.length < 20; i += size) {
    const chunk = cps.slice(i, i + size);
    const input = `甲${chunk.map((cp) => `${String.fromCodePoint(cp)}乙`).join('')}`;
    const want = `甲${chunk.map((cp) => `${each(cp)}乙`).join('')}`;
    const r = field.safeParse(input);
    if (r.success && r.data === want) continue;
    for (const cp of chunk) if (one(cp) !== `甲${each(cp)}乙`) out.push(`${hex(cp)} → ${JSON.stringify(one(cp))}`);
  }
  return out.slice(0, 20);
}
const removedTo = () => '';
const keptAs = (cp: number) => String.fromCodePoint(cp);

describe('text fields over the whole code point range', () => {
  const cf = every(/^\p{Cf}$/u);
  const bidi = every(/^\p{Bidi_Control}$/u);
  const removed = every(REMOVED);

  it('the classes are what they claim: every Bidi_Control and every Cf code point is among those removed', () => {
    expect(bidi.map(hex)).toEqual(expect.arrayContaining(['U+061C', 'U+200E', 'U+200F', 'U+202A', 'U+202E', 'U+2066', 'U+2069']));
    expect(cf.map(hex)).toEqual(expect.arrayContaining(['U+00AD', 'U+061C', 'U+200B', 'U+200D', 'U+2060', 'U+FEFF', 'U+E0001']));
    const set = new Set(removed);
    expect(bidi.filter((cp) => !set.has(cp)).map(hex)).toEqual([]);
    expect(cf.filter((cp) => !set.has(cp)).map(hex)).toEqual([]);
  });

  it('removes every Bidi_Control code point', () => {
    expect(offenders(bidi, removedTo)).toEqual([]);
  });

  it('removes every Cf (format) code point: soft hyphen, zero-width characters, ZWJ, tags, …', () => {
    expect(offenders(cf, removedTo)).toEqual([]);
  });

  it('removes every other default-ignorable code point (Hangul fillers, CGJ, …) but keeps variation selectors', () => {
    const others = removed.filter((cp) => !/^\p{Cf}$/u.test(String.fromCodePoint(cp)));
    expect(others.map(hex)).toEqual(expect.arrayContaining(['U+034F', 'U+115F', 'U+3164', 'U+FFA0']));
    expect(offenders(others, removedTo)).toEqual([]);
    const selectors = every(/^\p{Variation_Selector}$/u);
    expect(offenders(selectors, keptAs)).toEqual([]);
  });

  it('turns U+2028 and U+2029 into a line break', () => {
    expect(every(LINE_SEPARATOR)).toEqual([0x2028, 0x2029]);
    expect(offenders([0x2028, 0x2029], () => '\n')).toEqual([]);
  });

  it('keeps every letter, mark, digit, punctuation mark, symbol and space (Chinese text needs all of them)', () => {
    const kept = every(KEPT).filter((cp) => !REMOVED.test(String.fromCodePoint(cp)));
    expect(kept.length).toBeGreaterThan(100_000);
    expect(offenders(kept, keptAs)).toEqual([]);
  });

  it('refuses every lone surrogate, high or low, with a message', () => {
    const notRefused: string[] = [];
    for (let unit = 0xd800; unit <= 0xdfff; unit++) {
      const s = String.fromCharCode(unit);
      expect(s).toMatch(LONE);
      const r = field.safeParse(`甲${s}乙`);
      if (r.success || describeError(r.error) !== '内容含有无法识别的字符，请删除后重新输入') notRefused.push(hex(unit));
    }
    expect(notRefused.slice(0, 20)).toEqual([]);
  });

  it('keeps a well-formed surrogate pair (an emoji, a CJK Extension B character)', () => {
    expect(field.parse('灯坏了😀𠀀')).toBe('灯坏了😀𠀀');
  });

  it('still refuses control characters, now that their neighbours are cleaned first', () => {
    expect(every(CONTROL).filter((cp) => !one(cp).startsWith('refused')).map(hex)).toEqual([]);
  });

  it('a text of nothing but removed characters is empty, and refused as empty', () => {
    const r = field.safeParse(String.fromCodePoint(0x061c, 0x00ad, 0x3164, 0x200b));
    expect(r.success).toBe(false);
  });
});

describe('outgoing message fields remove the same characters', () => {
  it('plainText removes every removed code point and turns line separators into a space', () => {
    const removed = every(REMOVED);
    expect(removed.filter((cp) => plainText(`甲${String.fromCodePoint(cp)}乙`) !== '甲乙').map(hex).slice(0, 20)).toEqual([]);
    expect(plainText('甲\u2028乙\u2029丙')).toBe('甲 乙 丙');
  });
});
