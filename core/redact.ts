/**
 * Redaction for the public showcase: what staff approve is shown to everyone, so phone
 * numbers, ID-card numbers, other long numbers, house numbers, e-mail addresses and names are
 * masked even if staff miss them. Pure and conservative: better one mask too many.
 *
 * Numbers are found however they are written: each character is first read as what it means
 * (full-width forms as ASCII, Chinese numerals 〇零一幺二两三 … as digits, one character for
 * one, so positions stay), digits may be split by separators (. - space, ideographic space,
 * brackets, slashes …), and what is found is masked in the original text. Dates written
 * 2026.11.25, 2026-11-25 or 2026/11/25 stay readable.
 */

/** Chinese numerals as digits: the plain ones, 〇, 幺 (one, as phone numbers are read), 两 and the financial forms. */
const CHINESE_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};
/** Marks a character already masked or kept (a date): neither a digit, a separator nor a word character. */
const TAKEN = '\uffff';

/** The text as read: one UTF-16 unit for one, so an index into it is an index into the text. */
function readAs(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => {
    const c = text[i];
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0); // full-width ASCII
    if (c === '\u3000') return ' ';
    return CHINESE_DIGITS[c] ?? c;
  });
}

const SEP = '[\\s.\\-_/·•—–~()]';
/** Digits, each next one after at most three separators; a sign before (+86). */
const RUN = new RegExp(`\\+?\\d(?:${SEP}{0,3}(?:\\d|[Xx](?![A-Za-z])))*`, 'g');
const DATE = /(?:19|20)\d\d([.\-/])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HOUSE = /[\d十百]{1,6}(?=栋|幢|单元|号楼|室)/g;
/** The longest number of a known shape, in digits (an ID number is 18). */
const LONGEST = 19;

const DAY = '(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';
/** A resident ID number: region, birth date, sequence (and a check digit or X); 15 digits in the old form. */
const ID_NUMBER = new RegExp(`^[1-9]\\d{5}(?:(?:19|20)\\d\\d${DAY}\\d{3}[\\dX]|\\d\\d${DAY}\\d{3})$`);
/** A mobile (+86 too), or a landline with its area code: 010 and 02x are followed by 8 digits, 0xxx by 7 or 8. */
const PHONE = /^(?:86)?1[3-9]\d{9}$|^0(?:10|2\d)\d{8}$|^0[3-9]\d\d\d{7,8}$/;

/** What a run of digits is, by its shape. */
function shapeOf(digits: string): string | undefined {
  if (ID_NUMBER.test(digits)) return '[证件号]';
  if (PHONE.test(digits)) return '[电话]';
  return undefined;
}

interface Span {
  start: number;
  end: number;
  by: string;
}

/** Matches of `re` in the read text whose neighbours are not digits (so a match is never a piece of a longer number). */
function* whole(view: string[], re: RegExp): Generator<RegExpExecArray> {
  const s = view.join('');
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const before = s[m.index - 1];
    const after = s[m.index + m[0].length];
    if (!/\d/.test(before ?? '') && !/\d/.test(after ?? '')) yield m;
    else re.lastIndex = m.index + 1;
  }
}

/**
 * The numbers inside one run of digit groups: from each group on, the longest stretch of a known
 * shape; what is left is masked as [号码] when it is long (7 digits), or, beside a number found in
 * the same run, when it is more than a building or a count (3 digits: a piece of a bank card).
 */
function numbersIn(run: RegExpExecArray): Span[] {
  const groups = [...run[0].matchAll(/\d+|[Xx]/g)].map((g) => ({ text: g[0].toUpperCase(), start: run.index + g.index!, end: run.index + g.index! + g[0].length }));
  const spans: Span[] = [];
  const leftovers: (typeof groups)[] = [];
  let rest: typeof groups = [];
  const flush = () => {
    if (rest.length) leftovers.push(rest);
    rest = [];
  };
  for (let i = 0; i < groups.length; ) {
    let found: { j: number; by: string } | undefined;
    let digits = '';
    for (let j = i; j < groups.length && digits.length <= LONGEST; j++) {
      digits += groups[j].text;
      const by = shapeOf(digits);
      if (by) found = { j, by };
    }
    if (!found) {
      rest.push(groups[i++]);
      continue;
    }
    flush();
    const start = i === 0 && run[0].startsWith('+') ? run.index : groups[i].start;
    spans.push({ start, end: groups[found.j].end, by: found.by });
    i = found.j + 1;
  }
  flush();
  const least = spans.length ? 3 : 7;
  for (const left of leftovers) {
    if (left.reduce((n, g) => n + g.text.replace('X', '').length, 0) >= least) spans.push({ start: left[0].start, end: left[left.length - 1].end, by: '[号码]' });
  }
  return spans;
}

export function redact(text: string, names: readonly string[] = []): string {
  const view = readAs(text);
  const spans: Span[] = [];
  const take = (start: number, end: number, by?: string) => {
    for (let i = start; i < end; i++) view[i] = TAKEN;
    if (by !== undefined) spans.push({ start, end, by });
  };
  for (const m of whole(view, EMAIL)) take(m.index, m.index + m[0].length, '[邮箱]');
  for (const m of whole(view, DATE)) take(m.index, m.index + m[0].length); // kept as written
  for (const run of whole(view, RUN)) for (const s of numbersIn(run)) take(s.start, s.end, s.by);
  for (const m of whole(view, HOUSE)) take(m.index, m.index + m[0].length, '*');
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.by;
    at = s.end;
  }
  out += text.slice(at);
  for (const name of names.filter((n) => n.length >= 2)) out = out.split(name).join(`${name[0]}某`);
  return out;
}
