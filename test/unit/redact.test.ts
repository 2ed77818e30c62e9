/**
 * Showcase redaction (core/redact.ts) over generated variants of real-shaped numbers, not a few
 * examples: every digit written as an ASCII or full-width digit or a Chinese numeral (〇/零, 一/幺,
 * 两 …), mixed within one number, with or without separators (. - space, ideographic space,
 * mixed, grouped), inside Chinese text. What must stay readable stays.
 */
import { redact } from '../../core/redact';

/** A small deterministic generator, so a failure names a case that can be run again. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FULL_WIDTH = (d: string) => String.fromCharCode(0xff10 + Number(d));
const CHINESE: Record<string, string[]> = {
  '0': ['〇', '零'],
  '1': ['一', '幺'],
  '2': ['二', '两'],
  '3': ['三'],
  '4': ['四'],
  '5': ['五'],
  '6': ['六'],
  '7': ['七'],
  '8': ['八'],
  '9': ['九'],
};
type Digits = 'ascii' | 'full' | 'chinese' | 'mixed';
type Seps = 'none' | 'dot' | 'dash' | 'space' | 'ideographic' | 'mixed' | 'grouped';
const SEP_OF: Record<Exclude<Seps, 'none' | 'mixed' | 'grouped'>, string> = { dot: '.', dash: '-', space: ' ', ideographic: '\u3000' };

function render(number: string, digits: Digits, seps: Seps, next: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const digit = (d: string): string => {
    if (d === 'X') return pick(['X', 'x', 'Ｘ']);
    const mode = digits === 'mixed' ? pick(['ascii', 'full', 'chinese'] as const) : digits;
    return mode === 'ascii' ? d : mode === 'full' ? FULL_WIDTH(d) : pick(CHINESE[d]);
  };
  const chars = [...number].map(digit);
  if (seps === 'none') return chars.join('');
  if (seps === 'grouped') {
    // 3-4-4 for a mobile, 4-rest for a landline, 6-8-4 for an ID number
    const cuts = number.length === 11 ? [3, 7] : number.length >= 15 ? [6, 14] : [number[1] === '1' || number[1] === '2' ? 3 : 4];
    return chars.map((c, i) => (cuts.includes(i) ? `${pick(['-', ' ', '.'])}${c}` : c)).join('');
  }
  return chars
    .map((c, i) => {
      if (i === 0) return c;
      if (seps === 'mixed') return `${next() < 0.5 ? '' : pick(['.', '-', ' ', '\u3000', ' - '])}${c}`;
      return `${SEP_OF[seps]}${c}`;
    })
    .join('');
}

/** What a reader could still take from the output: its digits in any script, separators dropped. */
const DIGIT_OF: Record<string, string> = Object.fromEntries([
  ...Array.from({ length: 10 }, (_, d) => [FULL_WIDTH(String(d)), String(d)]),
  ...Object.entries(CHINESE).flatMap(([d, cs]) => cs.map((c) => [c, d])),
]);
const digitsLeft = (s: string) => [...s].map((c) => (/\d/.test(c) ? c : (DIGIT_OF[c] ?? ' '))).join('').replace(/ /g, '');

const CONTEXTS: [string, string][] = [
  ['联系电话', '。'],
  ['有事请打', ',谢谢'],
  ['', ''],
  ['张先生(', ')反映'],
  ['电话:', ' 3栋'],
];

const MOBILES = ['13912345678', '18673125566', '15011112222', '19987654321', '17700000000'];
const LANDLINES = ['073188881234', '01012345678', '02087654321', '075512345678'];
const IDS = ['430104199001011234', '43010419900101123X', '110105900101123'];
const DIGIT_MODES: Digits[] = ['ascii', 'full', 'chinese', 'mixed'];
const SEP_MODES: Seps[] = ['none', 'dot', 'dash', 'space', 'ideographic', 'mixed', 'grouped'];

function variants(numbers: string[], seed: number, perCombination = 4) {
  const next = rng(seed);
  const out: { number: string; written: string; text: string; before: string; after: string }[] = [];
  for (const number of numbers)
    for (const d of DIGIT_MODES)
      for (const s of SEP_MODES)
        for (let k = 0; k < perCombination; k++) {
          const [before, after] = CONTEXTS[Math.floor(next() * CONTEXTS.length)];
          const written = render(number, d, s, next);
          out.push({ number, written, text: `${before}${written}${after}`, before, after });
        }
  return out;
}

/** Each case that fails, as "input → output" (at most 10), so the failure reads as a list. */
function failures(cases: ReturnType<typeof variants>, label: string) {
  const bad: string[] = [];
  for (const c of cases) {
    const out = redact(c.text);
    const leaked = digitsLeft(out).includes(c.number.replace(/X$/, '').slice(-7));
    // A building number right after a number of no known shape may go with it ("[号码]栋"): one mask too many.
    const after = label === '[号码]' ? c.after.replace(/ 3栋$/, '栋') : c.after.replace(/3栋$/, '*栋');
    const ok = !leaked && out.includes(label) && out.startsWith(c.before) && out.endsWith(after);
    if (!ok && bad.length < 10) bad.push(`${JSON.stringify(c.text)} → ${JSON.stringify(out)}`);
  }
  return bad;
}

describe('phone numbers in every writing are masked', () => {
  test('mobiles (+86 too): ASCII, full-width, Chinese numerals incl. 幺 and 两, mixed; any separators', () => {
    const cases = variants(MOBILES, 1);
    const withCountry = variants(MOBILES, 2, 1).map((c) => ({ ...c, text: `${c.before}+86 ${c.written}${c.after}` }));
    expect(cases.length + withCountry.length).toBeGreaterThan(500);
    expect(failures([...cases, ...withCountry], '[电话]')).toEqual([]);
  });

  test('landlines with their area code', () => {
    expect(failures(variants(LANDLINES, 3), '[电话]')).toEqual([]);
  });

  test('ID card numbers (18 digits, a final X, or 15 digits)', () => {
    expect(failures(variants(IDS, 4), '[证件号]')).toEqual([]);
  });

  test('a long number of another shape (a bank card) is masked too', () => {
    expect(failures(variants(['6222021234567890123'], 5, 2), '[号码]')).toEqual([]);
  });
});

describe('what must stay readable', () => {
  test.each([
    ['2026年11月25日已修复', '2026年11月25日已修复'],
    ['已于2026.11.25完成,2026-12-01复查', '已于2026.11.25完成,2026-12-01复查'],
    ['2026/1/5 起每日清运两次', '2026/1/5 起每日清运两次'],
    ['投入资金1200元', '投入资金1200元'],
    ['第十二届人大代表', '第十二届人大代表'],
    ['一一对应,三三两两', '一一对应,三三两两'],
    ['打了3次电话,等了10天', '打了3次电话,等了10天'],
    ['编号 123456', '编号 123456'],
  ])('%s', (input, output) => expect(redact(input)).toBe(output));
});

describe('as before', () => {
  test('house numbers in any digits, e-mail (full-width too) and names', () => {
    expect(redact('3栋2单元、三栋、１２号楼501室')).toBe('*栋*单元、*栋、*号楼*室');
    expect(redact('邮箱a.b@qq.com,或ａｂ＠ｑｑ．ｃｏｍ')).toBe('邮箱[邮箱],或[邮箱]');
    expect(redact('王志强代表协调', ['王志强'])).toBe('王某代表协调');
  });
});
