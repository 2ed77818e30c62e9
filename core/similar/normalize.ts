/**
 * The form residents' words are compared in (decision 0036): NFKC (full-width letters and
 * digits become half-width), lower case, invisible characters gone, the region's rewrites
 * applied (长沙话 and 口语 to standard words, frequent typos to the right character), and
 * Chinese numerals of building, unit and floor numbers read as digits (三栋, 3栋 and 3号楼 are
 * one building). Pure and deterministic: the keys written with an opinion and the keys a
 * lookup asks for come from the same function.
 */
import { searchForm } from '../search-keys';
import { REWRITES } from './terms';

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 幺: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral up to 99 (三, 十二, 二十, 二十三) as its value; undefined when it is not one. */
export function chineseNumber(s: string): number | undefined {
  if (!s) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGIT[s] : undefined;
  const before = s.slice(0, ten);
  const after = s.slice(ten + 1);
  const tens = before === '' ? 1 : DIGIT[before];
  const ones = after === '' ? 0 : DIGIT[after];
  if (tens === undefined || ones === undefined || before.length > 1 || after.length > 1) return undefined;
  return tens * 10 + ones;
}

/** Building words: 栋, 幢, 号楼 and 座 after a number all mean one building (三楼 alone is a floor). */
const BUILDING = /([〇零一幺二两三四五六七八九十\d]{1,3})(?:号楼|号栋|栋|幢|座)/g;
const UNIT = /([〇零一幺二两三四五六七八九十\d]{1,3})(?:单元|门洞)/g;
const GROUP = /([〇零一幺二两三四五六七八九十\d]{1,3})(?:组)/g;

const REWRITE_LIST = [...REWRITES].filter(([from]) => from.length > 0).sort((a, b) => b[0].length - a[0].length);
/** The rewrites by the first character of what they replace, longest first: one look-up a position. */
const REWRITES_BY_FIRST = (() => {
  const map = new Map<string, (readonly [string, string])[]>();
  for (const r of REWRITE_LIST) map.set(r[0][0]!, [...(map.get(r[0][0]!) ?? []), r]);
  return map;
})();

/** Applies the rewrites, longest first, each place rewritten at most once (no rewrite of a rewrite). */
function rewrite(s: string): string {
  if (!REWRITE_LIST.length) return s;
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    for (const [from, to] of REWRITES_BY_FIRST.get(s[i]!) ?? []) {
      if (s.startsWith(from, i)) {
        out += to;
        i += from.length;
        continue outer;
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

const asNumber = (n: string): string => {
  const v = chineseNumber(n);
  return v === undefined ? n : String(v);
};

/** The comparison form of a resident's text. */
export function similarForm(text: string): string {
  const s = rewrite(searchForm(text));
  return s
    .replace(BUILDING, (_m, n: string) => `${asNumber(n)}栋`)
    .replace(UNIT, (_m, n: string) => `${asNumber(n)}单元`)
    .replace(GROUP, (_m, n: string) => `${asNumber(n)}组`);
}
