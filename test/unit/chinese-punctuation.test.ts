/**
 * Chinese text uses full-width punctuation: every string a person may read (pages, AppError
 * messages, notifications, the fixed text of PDFs and xlsx exports) is checked here.
 *
 * What is read: every .ts/.tsx file under src/, core/ and server/ (not emulator/, scripts/ or
 * test/), parsed with the TypeScript compiler; its string literals, the text parts of template
 * literals and JSX text. Also the text of src/**\/*.wxml and src/**\/*.json.
 *
 * The rule, applied to each text piece on its own:
 * - Chinese means a CJK ideograph (U+3400–U+9FFF, U+F900–U+FAFF, U+20000 and up), CJK
 *   punctuation and brackets (U+3000–U+303F: 、。《》「」【】…), full-width forms (U+FF00–U+FFEF:
 *   ，：；？！（）) and the curly double quotes “ ”.
 * - An ASCII , : ; ? ! is wrong when the nearest character before or after it, skipping spaces,
 *   is Chinese ("地址:长沙", "地址: 长沙", "日期 :" all fail; "10:00", "a, b", "${x}:${y}" pass).
 * - An ASCII ( or ) is wrong when the nearest character outside it, skipping spaces, is Chinese,
 *   or when the pair it belongs to encloses Chinese ("照片(可不传)", "第(2)条", "(最多3张)" fail;
 *   "(10 MB)" alone passes).
 * Full-width replacements: ，：；？！（）.
 *
 * Not read, and why (keep this short):
 * - arguments of console.* and of ports.log.* / log.*: operators' logs, never shown to a person;
 * - regular expressions (literals, and new RegExp(...) arguments): they match text, they are not text;
 * - ALLOWED below: values stored or parsed as data, each with its reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { FULL_WIDTH, offendingIndices } from '../support/chinese-punctuation';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['src', 'core', 'server'];

/** Exact text pieces that are data, not prose: `file` relative to the repository, `text` the whole piece. */
export const ALLOWED: { file: string; text: string; why: string }[] = [];

export interface Segment {
  at: number;
  src: number;
  length: number;
  /** False when the literal has escapes, so text and source differ. */
  exact: boolean;
}

export interface Piece {
  file: string;
  line: number;
  /** The text; each ${…} or {…} in a template or JSX element is one HOLE. */
  text: string;
  segments: Segment[];
  /** The source line of text[i]. */
  lineAt: (i: number) => number;
}

/** Stands for an interpolated value: not Chinese, not a space. */
export const HOLE = '\ue000';

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out;
}

export const sourceFiles = (): string[] =>
  SOURCE_DIRS.flatMap((d) => filesUnder(path.join(ROOT, d), (f) => /\.tsx?$/.test(f) && !/\.d\.ts$/.test(f)));

const LOG_OWNERS = new Set(['console', 'log']);

/** A call whose output goes to logs: console.x(...), log.x(...), ports.log.x(...), new RegExp(...). */
function isExcludedCall(node: ts.Node): boolean {
  if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
    const callee = node.expression;
    if (ts.isIdentifier(callee) && callee.text === 'RegExp') return true;
    if (ts.isPropertyAccessExpression(callee)) {
      const owner = callee.expression;
      const ownerName = ts.isIdentifier(owner) ? owner.text : ts.isPropertyAccessExpression(owner) ? owner.name.text : '';
      if (LOG_OWNERS.has(ownerName)) return true;
    }
  }
  return false;
}

/** The text pieces of one TypeScript file, log and RegExp arguments left out. A template literal is one
 * piece, and so are the neighbouring text and {…} children of a JSX element: "照片({n}张)" is judged whole. */
export function piecesOf(file: string): Piece[] {
  const source = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const rel = path.relative(ROOT, file);
  const pieces: Piece[] = [];
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const build = (node: ts.Node, parts: ({ text: string; src: number; end: number } | null)[]) => {
    let text = '';
    const segments: Segment[] = [];
    for (const part of parts) {
      if (part === null) {
        text += HOLE;
        continue;
      }
      segments.push({ at: text.length, src: part.src, length: part.text.length, exact: source.slice(part.src, part.end) === part.text });
      text += part.text;
    }
    const lineAt = (i: number) => {
      const seg = [...segments].reverse().find((g) => g.at <= i);
      return seg ? sf.getLineAndCharacterOfPosition(seg.src + (seg.exact ? i - seg.at : 0)).line + 1 : lineOf(node);
    };
    if (/[^\s\ue000]/.test(text)) pieces.push({ file: rel, line: lineOf(node), text, segments, lineAt });
  };
  const visit = (node: ts.Node): void => {
    if (isExcludedCall(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      build(node, [{ text: node.text, src: node.getStart(sf) + 1, end: node.end - 1 }]);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts: ({ text: string; src: number; end: number } | null)[] = [
        { text: node.head.text, src: node.head.getStart(sf) + 1, end: node.head.end - 2 },
      ];
      for (const span of node.templateSpans) {
        parts.push(null, {
          text: span.literal.text,
          src: span.literal.getStart(sf) + 1,
          end: span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2),
        });
      }
      build(node, parts);
      node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      if (ts.isJsxElement(node)) visit(node.openingElement);
      let run: ({ text: string; src: number; end: number } | null)[] = [];
      let first: ts.Node | undefined;
      const flush = () => {
        if (first && run.some((r) => r !== null)) build(first, run);
        run = [];
        first = undefined;
      };
      for (const child of node.children) {
        if (ts.isJsxText(child)) {
          first ??= child;
          run.push({ text: child.text, src: child.pos, end: child.end });
        } else if (ts.isJsxExpression(child)) {
          first ??= child;
          run.push(null);
          if (child.expression) visit(child.expression);
        } else {
          flush();
          visit(child);
        }
      }
      flush();
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return pieces;
}

const snippet = (text: string, at: number) => {
  const from = Math.max(0, at - 12);
  const shown = text.slice(from, at + 13).replace(/\s+/g, ' ').replace(/\ue000/g, '{…}');
  return `${from > 0 ? '…' : ''}${shown}${at + 13 < text.length ? '…' : ''}`;
};

const allowed = (p: { file: string; text: string }) => ALLOWED.some((a) => a.file === p.file && a.text === p.text);

describe('Chinese text uses full-width punctuation', () => {
  it('the rule: what it flags and what it leaves alone', () => {
    const fixed = (s: string) => {
      const wrong = new Set(offendingIndices(s));
      return Array.from(s, (ch, i) => (wrong.has(i) ? FULL_WIDTH[ch] : ch)).join('');
    };
    expect(fixed('地址:长沙市岳麓区')).toBe('地址：长沙市岳麓区');
    expect(fixed('今天没有安排接待,您仍可以写意见')).toBe('今天没有安排接待，您仍可以写意见');
    expect(fixed('照片(可不传,最多3张)')).toBe('照片（可不传，最多3张）');
    expect(fixed('时间: 10:00-12:00')).toBe('时间： 10:00-12:00');
    expect(fixed('(10 MB)')).toBe('(10 MB)');
    expect(fixed('每次(10 MB)以内')).toBe('每次（10 MB）以内');
    expect(fixed('确定吗?')).toBe('确定吗？');
    expect(fixed('“办结”:')).toBe('“办结”：');
    expect(fixed('https://example.com:8080/a?b=1')).toBe('https://example.com:8080/a?b=1');
    expect(fixed('a, b; c!')).toBe('a, b; c!');
  });

  it('no ASCII , : ; ? ! ( ) next to Chinese in src/, core/ and server/', () => {
    const found: string[] = [];
    for (const file of sourceFiles())
      for (const p of piecesOf(file)) {
        const wrong = offendingIndices(p.text);
        if (wrong.length && !allowed(p)) found.push(`${p.file}:${p.lineAt(wrong[0])}  "${snippet(p.text, wrong[0])}"`);
      }
    expect(found).toEqual([]);
  });

  it('no ASCII , : ; ? ! ( ) next to Chinese in the text of src/**/*.wxml and src/**/*.json', () => {
    const found: string[] = [];
    for (const file of filesUnder(path.join(ROOT, 'src'), (f) => /\.(wxml|json)$/.test(f))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((text, i) => {
        const wrong = offendingIndices(text);
        if (wrong.length) found.push(`${path.relative(ROOT, file)}:${i + 1}  "${snippet(text, wrong[0])}"`);
      });
    }
    expect(found).toEqual([]);
  });

  it('every allowlisted piece still exists (a stale entry is removed)', () => {
    const all = sourceFiles().flatMap(piecesOf);
    for (const a of ALLOWED) expect(all.some((p) => p.file === a.file && p.text === a.text)).toBe(true);
  });
});
