/**
 * PDF building blocks shared by every document (posters, entry slips, 转办函, duty records,
 * campaign reports): the embedded Chinese fonts, page sizes, colours, and small layout helpers.
 * A document module (`server/documents/<name>.ts`) draws pages on a `PdfDoc` and calls
 * `renderPdf`. Fonts: docs/decisions/0007-documents-and-fonts.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { generatedPath } from '../platform/generated-files';
import { woffToSfnt } from './woff';
import type PDFKitDocument from 'pdfkit';

// `require`, not `import`: bundled as CommonJS, pdfkit's ESM build would look for its data
// files through `import.meta.url`, which a CommonJS bundle does not have.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PDFDocument = require('pdfkit') as typeof PDFKitDocument;

export type PdfDoc = PDFKit.PDFDocument;

export const FONT_FILE = 'NotoSansSC-GBK.woff';
export const FONT = 'sc';
/**
 * The Song-style face of titles, headings and fixed labels: Noto Serif SC cut to the documents'
 * fixed text (scripts/make-serif-subset.ts). Text asks for it with `face: 'serif'` and gets it
 * only when the cut has every one of its characters (`useFace`).
 */
export const SERIF_FONT_FILE = 'NotoSerifSC-Documents.woff';
export const SERIF = 'serif';
/** `sans`: every character people type (the default); `serif`: the Song-style face, for fixed text. */
export type Face = 'sans' | 'serif';
export const A4 = { width: 595.28, height: 841.89 } as const;
export const A6 = { width: 297.64, height: 419.53 } as const;
export const COLORS = { red: '#b71c1c', ink: '#1a1a1a', muted: '#5f5f5f', line: '#d9d9d9', paper: '#fff8f0' } as const;
/** 1 mm in PDF points. */
export const MM = 72 / 25.4;

const fonts = new Map<string, Buffer>();

/**
 * A font (unpacked from WOFF once per process) travels with the code: next to the function
 * bundle in the cloud (copied by scripts/build-functions.ts), in server/documents/fonts/ in the
 * repository. `override`: a path to use instead (DOCUMENTS_FONT for the sans font).
 */
function loadFontFile(file: string, override?: string): Buffer {
  const loaded = fonts.get(file);
  if (loaded) return loaded;
  const candidates = [
    override,
    path.join(__dirname, file),
    path.join(__dirname, 'fonts', file),
    path.resolve(__dirname, '../server/documents/fonts', file),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`documents font not found (looked in ${candidates.join(', ')})`);
  const bytes = readFileSync(found);
  const font = bytes.toString('latin1', 0, 4) === 'wOFF' ? woffToSfnt(bytes) : bytes;
  fonts.set(file, font);
  return font;
}

/** The sans font, every document's default face. */
export function loadFont(): Buffer {
  return loadFontFile(FONT_FILE, process.env.DOCUMENTS_FONT);
}

/** The serif font: Noto Serif SC cut to the documents' fixed text. */
export function loadSerifFont(): Buffer {
  return loadFontFile(SERIF_FONT_FILE);
}

/**
 * A4 pages filled top to bottom inside margins (20 mm unless told): `y` is where the next
 * thing goes, `room(h)` starts a new page when `h` points no longer fit. The first page is
 * added here.
 */
export class A4Flow {
  readonly m: number;
  readonly w: number;
  private readonly top: number;
  private readonly bottom: number;
  y = 0;
  constructor(
    private readonly doc: PdfDoc,
    frame: { margin?: number; top?: number; bottom?: number } = {},
  ) {
    this.m = frame.margin ?? 20 * MM;
    this.w = A4.width - 2 * this.m;
    this.top = frame.top ?? this.m;
    this.bottom = frame.bottom ?? A4.height - 20 * MM;
    this.newPage();
  }
  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = this.top;
  }
  room(h: number): void {
    if (this.y + h > this.bottom) this.newPage();
  }
  /** Points left on this page below `y`. */
  get left(): number {
    return this.bottom - this.y;
  }
  /**
   * A paragraph that moves to a new page when it does not fit on this one, so a long text
   * (an opinion of 1,000 characters) prints whole rather than cut off; only text longer than
   * a page is shortened.
   */
  paragraph(text: string, style: { size: number; color?: string; face?: Face }, indent = 0): void {
    const width = this.w - indent;
    text = printable(this.doc, text);
    const height = withFace(this.doc, text, style.face, () => this.doc.fontSize(style.size).heightOfString(text, { width }));
    this.room(Math.min(height, this.bottom - this.top));
    this.y = paragraph(this.doc, text, { x: this.m + indent, y: this.y, width, maxHeight: this.left }, style);
  }
}

/**
 * What a document does with a character the font has no glyph for (docs/decisions/0007):
 * `refuse` — the document is not made, and the message names the character (posters and
 * slips, whose text staff can correct); `mark` — 〓 prints in its place and a note at the end
 * lists it (转办函 and reports, which carry people's own words and must go out).
 */
export type UnsupportedCharacters = 'refuse' | 'mark';

/** The geta mark Chinese typesetting prints for a character it has no type for. */
export const MISSING_MARK = '〓';

const unsupportedOf = new WeakMap<PdfDoc, { policy: UnsupportedCharacters; marked: Set<string> }>();

/** A new document with both Chinese fonts registered and the sans font selected; pages are added by the caller. */
export function newPdf(info: { title: string; subject?: string; unsupported?: UnsupportedCharacters }): PdfDoc {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    font: loadFont() as unknown as string,
    info: { Title: info.title, Subject: info.subject ?? info.title, Producer: '代表联络站', Creator: '代表联络站' },
    pdfVersion: '1.7',
  });
  doc.registerFont(FONT, loadFont());
  doc.registerFont(SERIF, loadSerifFont());
  doc.font(FONT);
  unsupportedOf.set(doc, { policy: info.unsupported ?? 'refuse', marked: new Set() });
  return doc;
}

/** Ends the document and collects its bytes; characters marked with 〓 are listed at the foot of the last page. */
export function renderPdf(doc: PdfDoc): Promise<Buffer> {
  const marked = [...(unsupportedOf.get(doc)?.marked ?? [])];
  if (marked.length > 0 && doc.page) {
    const { width, height } = doc.page;
    const note = `注：文中“${MISSING_MARK}”处是字库中没有的字（${marked.map(codePoint).join('、')}），原文以代表联络站系统中的记录为准。`;
    doc.fillColor(COLORS.muted).fontSize(8).text(note, 15 * MM, height - 12 * MM, { width: width - 30 * MM, lineBreak: false, ellipsis: '…' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The font selected in `doc`, as fontkit reads it. */
const selectedFont = (doc: PdfDoc) =>
  (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint(cp: number): boolean } } })._font?.font;

/** Characters of `text` the selected font (the sans font unless a helper is drawing) cannot draw (they would print as blanks). */
export function missingGlyphs(doc: PdfDoc, text: string): string[] {
  const f = selectedFont(doc);
  if (!f) return [];
  return [...new Set([...text].filter((ch) => ch.trim() && !f.hasGlyphForCodePoint(ch.codePointAt(0)!)))];
}

/**
 * The face `text` prints in, selected in `doc`: the serif font when asked for and it has a
 * glyph for EVERY character of the text (spaces included), otherwise the sans font — the
 * serif cut has only the documents' fixed text, so a name or a resident's words in a heading
 * print whole in the sans face rather than with blanks. Returns the face chosen.
 */
export function useFace(doc: PdfDoc, text: string, face: Face = 'sans'): Face {
  if (face === 'serif') {
    doc.font(SERIF);
    const f = selectedFont(doc);
    if (f && [...text].every((ch) => ch === '\n' || f.hasGlyphForCodePoint(ch.codePointAt(0)!))) return 'serif';
  }
  doc.font(FONT);
  return 'sans';
}

/** Runs `fn` (measuring or drawing `text`) in the face `text` gets, then selects the sans font again. */
export function withFace<T>(doc: PdfDoc, text: string, face: Face | undefined, fn: () => T): T {
  useFace(doc, text, face);
  try {
    return fn();
  } finally {
    doc.font(FONT);
  }
}

/** Format characters that print nothing by themselves: joiners and variation selectors (parts of an emoji). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f\u{e0020}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `text` as it will print. Every character the sans font has no glyph for (its own coverage,
 * as fontkit reports it) is refused or marked as the document chose (`newPdf`), never left
 * blank. Every piece of text goes through here: `line`, `paragraph` and `A4Flow.paragraph` call
 * it (before choosing a face: the serif font is used only for text it covers whole).
 */
export function printable(doc: PdfDoc, text: string): string {
  doc.font(FONT);
  const visible = text.replace(INVISIBLE, '');
  const missing = missingGlyphs(doc, visible);
  if (missing.length === 0) return visible;
  const state = unsupportedOf.get(doc) ?? { policy: 'refuse', marked: new Set<string>() };
  if (state.policy === 'refuse') {
    const chars = missing.map((ch) => `${ch}（${codePoint(ch)}）`).join('、');
    throw new AppError(
      'PDF_CHARACTER_UNSUPPORTED',
      `「${excerpt(visible, missing[0])}」含有字库不支持的字符：${chars}，请修改后再生成`,
      `no glyph for ${missing.map(codePoint).join(' ')}`,
    );
  }
  for (const ch of missing) state.marked.add(ch);
  return [...visible].map((ch) => (missing.includes(ch) ? MISSING_MARK : ch)).join('');
}

/** Up to 15 characters either side of `ch` in `text`, so a message shows where it is. */
function excerpt(text: string, ch: string): string {
  const chars = [...text.trim()];
  const i = chars.indexOf(ch);
  const from = Math.max(0, i - 15);
  const to = Math.min(chars.length, i + 16);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
}

/** The largest size ≤ `max` (and ≥ `min`) at which `text` fits on one line of `width`. */
export function fitSize(doc: PdfDoc, text: string, width: number, max: number, min = 8): number {
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}

/**
 * One line of text, shrunk to fit `width`, aligned as asked; returns the y below it.
 * `face: 'serif'` for fixed text (titles, headings, labels): see `useFace`.
 */
export function line(
  doc: PdfDoc,
  text: string,
  at: { x: number; y: number; width: number },
  style: { size: number; min?: number; color?: string; align?: 'left' | 'center' | 'right'; face?: Face },
): number {
  text = printable(doc, text);
  return withFace(doc, text, style.face, () => {
    const size = fitSize(doc, text, at.width, style.size, style.min);
    doc.fillColor(style.color ?? COLORS.ink).fontSize(size).text(text, at.x, at.y, {
      width: at.width,
      align: style.align ?? 'left',
      lineBreak: false,
    });
    return at.y + size * 1.35;
  });
}

/** A short paragraph that wraps within `width` and stops at `maxHeight`; returns the y below it. `face`: as for `line`. */
export function paragraph(
  doc: PdfDoc,
  text: string,
  at: { x: number; y: number; width: number; maxHeight?: number },
  style: { size: number; color?: string; align?: 'left' | 'center'; face?: Face },
): number {
  text = printable(doc, text);
  return withFace(doc, text, style.face, () => {
    doc.fillColor(style.color ?? COLORS.ink).fontSize(style.size);
    const height = Math.min(doc.heightOfString(text, { width: at.width }), at.maxHeight ?? Infinity);
    doc.text(text, at.x, at.y, { width: at.width, height, align: style.align ?? 'left', ellipsis: '…' });
    return at.y + height + style.size * 0.4;
  });
}

/**
 * A file name for storage: `<folder>/<name>-<YYYYMMDDHHmmss>-<random>.pdf` (ASCII only), the
 * path every generated file gets (platform/generated-files.ts). The random part keeps a path
 * from being guessed from a tracking number and a time: slips, 转办函 and duty records carry
 * case details, and a file is readable by whoever names it.
 */
export function pdfPath(folder: string, name: string, at: Date): string {
  return generatedPath(folder, name, at, 'pdf');
}
