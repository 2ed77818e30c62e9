/**
 * The punctuation rule of test/unit/chinese-punctuation.test.ts (read its header), shared with the
 * tests that read generated documents back.
 */
export const isChinese = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c >= 0x20000 ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c === 0x201c ||
    c === 0x201d
  );
};

const SIMPLE = new Set([',', ':', ';', '?', '!']);

/** Indices (UTF-16) of the ASCII , : ; ? ! ( ) in `text` that stand next to Chinese (the rule in the unit test's header). */
export function offendingIndices(text: string): number[] {
  const chars = Array.from(text);
  const offsets: number[] = [];
  let at = 0;
  for (const ch of chars) {
    offsets.push(at);
    at += ch.length;
  }
  const neighbour = (i: number, step: -1 | 1): string | undefined => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) if (chars[j] !== ' ') return chars[j];
    return undefined;
  };
  const chineseNext = (i: number, step: -1 | 1) => {
    const n = neighbour(i, step);
    return n !== undefined && isChinese(n);
  };
  const wrong = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (SIMPLE.has(ch)) {
      if (chineseNext(i, -1) || chineseNext(i, 1)) wrong.add(i);
    } else if (ch === '(') {
      open.push(i);
      if (chineseNext(i, -1)) wrong.add(i);
    } else if (ch === ')') {
      const o = open.pop();
      const enclosesChinese = o !== undefined && chars.slice(o + 1, i).some(isChinese);
      if (chineseNext(i, 1) || enclosesChinese || (o !== undefined && wrong.has(o))) {
        wrong.add(i);
        if (o !== undefined) wrong.add(o);
      } else if (o === undefined && chineseNext(i, -1)) wrong.add(i);
    }
  }
  for (const o of open) if (chineseNext(o, 1)) wrong.add(o);
  return [...wrong].sort((a, b) => a - b).map((i) => offsets[i]);
}

export const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Where a run of a piece's text sits in the source: text[at..at+length) is source[src..src+length) when `exact`. */

/** Each wrong character with a little text around it, for a failure message. */
export function offendingSnippets(text: string): string[] {
  return offendingIndices(text).map((i) => text.slice(Math.max(0, i - 10), i + 11).replace(/\s+/g, ' '));
}
