/**
 * 转办函: the letter a deputy sends a department with a resident's opinion, carrying the
 * date by which the department must answer. A4: the letter (with the place, the information
 * the resident added later and the deputy's note), signed; then the photos as its 附件, small
 * enough for two to a row. Identity only as the resident allowed (anonymous: none; phone only
 * with consent to be contacted); which photos may be printed is decided by the caller.
 */
import { A4, A4Flow, COLORS, MM, line, newPdf, paragraph, renderPdf, type PdfDoc } from './pdf';

export interface LetterPhoto {
  /** The image (JPEG or PNG); absent when it could not be read from storage. */
  image?: Buffer;
  /** e.g. "居民反映时提交" */
  source: string;
}

export interface TransferLetterData {
  letterNo: string;
  departmentName: string;
  deputyName: string;
  deputyLevelLabel: string;
  /**
   * Whom the department answers and the signature, when the letter is not a deputy's: staff or
   * the region office forwarded it, so it names the station (otherwise `<deputyName>代表` and
   * `<level>人大代表：<deputyName>`).
   */
  answerTo?: string;
  signature?: string;
  stationName: string;
  trackingNo: string;
  category: string;
  receivedAt: string; // YYYY-MM-DD, Beijing
  /** Where the problem is, as the resident gave it. */
  place?: string;
  text: string;
  /** What the resident added when asked, oldest first; `otherPhotos`: photos not printed here. */
  additions: { date: string; text: string; otherPhotos: number }[];
  note?: string;
  residentContact?: string;
  photos: LetterPhoto[];
  /** The resident's own photos not printed here (their image check did not pass). */
  otherPhotos: number;
  /**
   * A 汇总件 (decision 0036): the similar cases merged into it — how many, the places they name,
   * a row per case (at most one or two pages' worth) and how many more were not listed.
   */
  merged?: {
    count: number;
    places: string[];
    rows: { trackingNo: string; receivedAt: string; place?: string; excerpt: string }[];
    more: number;
  };
  answerDue: string; // YYYY年M月D日
  issuedOn: string; // YYYY年M月D日
  replyTo: string;
}

const DEADLINE_Y = A4.height - 20 * MM;
/** Whom the department answers: the deputy, or the station named in `answerTo`. */
const answerTo = (d: TransferLetterData) => d.answerTo ?? `${d.deputyName}代表`;
const PHOTO_H = 70 * MM;

export async function transferLetterPdf(d: TransferLetterData): Promise<Buffer> {
  const doc = newPdf({ title: `转办函 ${d.letterNo}`, subject: `${answerTo(d)}转办函`, unsupported: 'mark' });
  const page = new A4Flow(doc, { margin: 22 * MM, top: 24 * MM, bottom: DEADLINE_Y - 6 * MM });
  const { m, w } = page;
  line(doc, `办理期限：${d.answerDue}前答复`, { x: m, y: DEADLINE_Y, width: w }, { size: 10, color: COLORS.red, align: 'center', face: 'serif' });

  page.y = line(doc, '人大代表转办函', { x: m, y: page.y, width: w }, { size: 24, color: COLORS.red, align: 'center', face: 'serif' });
  page.y = line(doc, `编号：${d.letterNo}`, { x: m, y: page.y + 2, width: w }, { size: 10.5, color: COLORS.muted, align: 'center', face: 'serif' });
  doc.moveTo(m, page.y + 4).lineTo(m + w, page.y + 4).lineWidth(1.2).strokeColor(COLORS.red).stroke();
  page.y += 14;
  page.y = line(doc, `${d.departmentName}：`, { x: m, y: page.y, width: w }, { size: 13 }) + 4;
  page.paragraph(
    d.merged
      ? `现将群众通过${d.stationName}等反映的${d.merged.count}件同类意见汇总转交贵单位办理。请于${d.answerDue}前将办理情况书面答复${answerTo(d)}，由其告知各位反映人。`
      : `现将群众通过${d.stationName}反映的意见转交贵单位办理。请于${d.answerDue}前将办理情况书面答复${answerTo(d)}，并告知反映人。`,
    { size: 11.5 },
    2 * 10.5,
  );
  page.y += 6;
  const rows: [string, string][] = [
    ['查询编号', d.trackingNo],
    ['意见类别', d.category],
    ...(d.merged ? [['合并件数', `${d.merged.count}件（清单见下）`] as [string, string]] : []),
    [d.merged ? '汇总时间' : '反映时间', d.receivedAt],
    ['反映渠道', d.stationName],
    ...(d.place ? [['反映地点', d.place] as [string, string]] : []),
    ...(d.photos.length + d.otherPhotos > 0 ? [['现场照片', photoLine(d)] as [string, string]] : []),
    ['反映人', d.residentContact ?? '按居民意愿不提供身份信息'],
  ];
  for (const [k, v] of rows) {
    doc.rect(m, page.y, w, 22).lineWidth(0.6).strokeColor(COLORS.line).stroke();
    line(doc, k, { x: m + 6, y: page.y + 6, width: 70 }, { size: 10.5, color: COLORS.muted, face: 'serif' });
    line(doc, v, { x: m + 84, y: page.y + 6, width: w - 90 }, { size: 10.5 });
    page.y += 22;
  }

  heading(doc, page, d.merged ? '反映问题' : '反映内容', 10);
  page.paragraph(d.text, { size: 11 });
  if (d.merged) mergedList(doc, page, d.merged);
  if (d.additions.length > 0) {
    heading(doc, page, '补充情况', 6);
    for (const a of d.additions) {
      page.room(40);
      page.y = line(doc, `${a.date} 居民补充：`, { x: m, y: page.y + 2, width: w }, { size: 10.5, color: COLORS.muted, face: 'serif' });
      const others = a.otherPhotos > 0 ? `（另有照片${a.otherPhotos}张未随函打印，如需查看请联系${answerTo(d)}）` : '';
      page.paragraph(`${a.text}${others}`, { size: 11 });
    }
  }
  if (d.note) {
    heading(doc, page, '代表意见', 6);
    page.paragraph(d.note, { size: 11 });
  }
  if (d.photos.length > 0) {
    page.y += 6;
    page.paragraph(`附件：现场照片${d.photos.length}张（附后）`, { size: 11, face: 'serif' });
  }

  // Reply address and signature: low on the page as a letter has them, or on a new page.
  const foot = A4.height - 62 * MM;
  page.room(110);
  const sigTop = Math.max(page.y + 10, Math.min(foot - 30, page.y + page.left - 100));
  paragraph(doc, `答复方式：${d.replyTo}`, { x: m, y: sigTop, width: w, maxHeight: 40 }, { size: 10, color: COLORS.muted });
  line(doc, d.signature ?? `${d.deputyLevelLabel}人大代表：${d.deputyName}`, { x: m, y: sigTop + 50, width: w }, { size: 12, align: 'right' });
  line(doc, d.issuedOn, { x: m, y: sigTop + 70, width: w }, { size: 12, align: 'right' });
  page.y = sigTop + 90;

  if (d.photos.length > 0) drawPhotos(doc, page, d);
  return renderPdf(doc);
}

/** A 汇总件's cases, one numbered line each (number, date, place, a short masked excerpt), then 等 N 件. */
function mergedList(doc: PdfDoc, page: A4Flow, merged: NonNullable<TransferLetterData['merged']>): void {
  heading(doc, page, `合并意见清单（共${merged.count}件）`, 6);
  merged.rows.forEach((r, i) => {
    page.room(30);
    page.paragraph(`${i + 1}. ${r.trackingNo}（${r.receivedAt}${r.place ? `，${r.place}` : ''}）：${r.excerpt}`, { size: 10 });
  });
  if (merged.more > 0) {
    page.paragraph(`以上列出${merged.rows.length}件，等${merged.count}件（另有${merged.more}件未列出，如需清单请联系转办单位）。`, { size: 10, color: COLORS.muted });
  }
}

/** 附照片 N 张 (printed as the 附件), and how many are not printed. */
function photoLine(d: TransferLetterData): string {
  const printed = d.photos.length > 0 ? `附照片${d.photos.length}张（见附件）` : '';
  const others = d.otherPhotos > 0 ? `${printed ? '，另有' : '照片'}${d.otherPhotos}张未随函打印，如需查看请联系${answerTo(d)}` : '';
  return `${printed}${others}`;
}

function heading(doc: PdfDoc, page: A4Flow, title: string, gap: number): void {
  page.y += gap;
  page.room(40);
  page.y = line(doc, title, { x: page.m, y: page.y, width: page.w }, { size: 12, color: COLORS.red, face: 'serif' });
  page.y += 2;
}

/** The 附件: each photo fitted in half the width and 70 mm, two to a row, captioned. */
function drawPhotos(doc: PdfDoc, page: A4Flow, d: TransferLetterData): void {
  page.newPage();
  page.y = line(doc, `附件：现场照片（${d.photos.length}张）`, { x: page.m, y: page.y, width: page.w }, { size: 14, color: COLORS.red, face: 'serif' }) + 6;
  const gap = 8 * MM;
  const cellW = (page.w - gap) / 2;
  d.photos.forEach((p, i) => {
    const col = i % 2;
    if (col === 0) page.room(PHOTO_H + 30);
    const x = page.m + col * (cellW + gap);
    const image = p.image ? openImage(doc, p.image) : undefined;
    const caption = `附图${i + 1}（${p.source}）`;
    if (image) {
      const scale = Math.min(cellW / image.width, PHOTO_H / image.height);
      doc.image(image as unknown as Buffer, x + (cellW - image.width * scale) / 2, page.y, { width: image.width * scale, height: image.height * scale });
      line(doc, caption, { x, y: page.y + image.height * scale + 4, width: cellW }, { size: 10, color: COLORS.muted, align: 'center' });
    } else {
      doc.rect(x, page.y, cellW, PHOTO_H).lineWidth(0.6).strokeColor(COLORS.line).stroke();
      line(doc, caption, { x: x + 6, y: page.y + PHOTO_H / 2 - 20, width: cellW - 12 }, { size: 10.5, align: 'center' });
      line(doc, '图片无法读取', { x: x + 6, y: page.y + PHOTO_H / 2, width: cellW - 12 }, { size: 10.5, color: COLORS.red, align: 'center', face: 'serif' });
      line(doc, `如需查看请联系${answerTo(d)}`, { x: x + 6, y: page.y + PHOTO_H / 2 + 18, width: cellW - 12 }, { size: 9.5, color: COLORS.muted, align: 'center' });
    }
    if (col === 1 || i === d.photos.length - 1) page.y += PHOTO_H + 24;
  });
}

/** An image pdfkit has read (its typings leave `openImage` out); `doc.image` takes it as it is. */
type PdfImage = { width: number; height: number };

/** The image, or undefined when its bytes are not a JPEG or PNG pdfkit can read. */
function openImage(doc: PdfDoc, bytes: Buffer): PdfImage | undefined {
  try {
    return (doc as unknown as { openImage(src: Buffer): PdfImage }).openImage(bytes);
  } catch {
    return undefined;
  }
}
