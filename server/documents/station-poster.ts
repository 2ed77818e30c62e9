/**
 * The A4 poster hung at a station for months: title, station name and address, the
 * mini-program code (at least ≈ 10.5 cm, to scan from a metre; larger when the page has room),
 * the weekly sessions only (one-off sessions and cancellations change from week to week: the
 * poster sends people to the code for those), the deputies, one line of instructions and the
 * region. The code grows into what the schedule and the deputies leave free, so the page is
 * filled. One page per station; a batch is pages of one PDF.
 */
import { A4, COLORS, MM, line, newPdf, paragraph, printable, renderPdf, withFace, type PdfDoc } from './pdf';

export interface PosterData {
  code: string;
  name: string;
  address: string;
  regionFullName: string;
  /** The mini-program code image (PNG or JPEG). */
  qrImage: Buffer;
  /** The weekly sessions (never a dated one): when, e.g. "每周二 09:00-11:30", and who, e.g. "周丽、李红梅". */
  sessions: { when: string; who: string }[];
  /** Under the weekly sessions, e.g. "法定节假日暂停接待" (only when there are weekly sessions). */
  holidayNote?: string;
  deputies: { name: string; levelLabel: string; onLeave: boolean }[];
  printedOn: string; // YYYY-MM-DD
}

/** The smallest and the largest printed size of the code. */
export const QR_SIZE = 105 * MM;
export const QR_SIZE_MAX = 135 * MM;
export const INSTRUCTION = '微信扫一扫，向人大代表反映意见、查询办理进度';
/** Under the schedule: what changes week to week is in the app, not on the wall. */
export const LATEST_NOTE = '临时调整、暂停接待以扫码查看的最新安排为准';

const TITLE = 19; // 接待安排, 驻站代表
/**
 * The layouts the columns may take, roomiest first: each session on two lines (time, then who
 * receives), then on one line; the first at which both columns fit beside the smallest code.
 */
const LAYOUTS: readonly { size: number; compact: boolean }[] = [
  ...[16, 15, 14, 13].map((size) => ({ size, compact: false })),
  ...[14, 13, 12, 11, 10].map((size) => ({ size, compact: true })),
];
const MAX_SESSIONS = 14;
const MAX_DEPUTIES = 12;

interface Column {
  height: number;
  /** Draws from (x, y), stopping before `limit`. */
  draw: (x: number, y: number, limit: number) => void;
}

/**
 * The schedule column, measured before it is drawn: each session's time and who receives (on
 * two lines, or on one when `compact`); the holiday note and where to see changes at its foot.
 * Sessions that still do not fit are counted ("另有 N 场"), never cut off silently.
 */
function scheduleColumn(doc: PdfDoc, p: PosterData, width: number, size: number, compact: boolean): Column {
  const sessions = p.sessions.slice(0, MAX_SESSIONS);
  const whoSize = size - 2.5;
  const textHeight = (t: string, s: number) => doc.fontSize(s).heightOfString(printable(doc, t), { width }) + s * 0.4;
  const sessionHeight = (s: PosterData['sessions'][number]) => size * 1.35 + (s.who && !compact ? textHeight(s.who, whoSize) : 0) + (compact ? 2 : 4);
  // The notes: one line each (shrunk to the column's width if need be).
  const notes = (p.holidayNote ? 4 + 13 * 1.35 : 0) + 4 + 11.5 * 1.35;
  const more = 12 * 1.35;
  const empty = '接待时间另行公布，请扫码查看';
  const body = sessions.length ? sessions.reduce((h, s) => h + sessionHeight(s), 0) : withFace(doc, empty, 'serif', () => textHeight(empty, size));
  return {
    height: TITLE * 1.35 + 4 + body + notes,
    draw(x, y, limit) {
      let ly = line(doc, '接待安排', { x, y, width }, { size: TITLE, color: COLORS.red, face: 'serif' }) + 4;
      if (sessions.length === 0) ly = paragraph(doc, empty, { x, y: ly, width }, { size, face: 'serif' });
      // The notes keep their room at the foot; sessions that do not fit give way to them, and are counted.
      let shown = 0;
      for (const s of sessions) {
        const last = shown === p.sessions.length - 1;
        if (ly + sessionHeight(s) > limit - notes - (last ? 0 : more)) break;
        if (compact) {
          ly = line(doc, s.who ? `${s.when}  ${s.who}` : s.when, { x, y: ly, width }, { size, min: 8 }) + 2;
        } else {
          ly = line(doc, s.when, { x, y: ly, width }, { size, min: 9 });
          if (s.who) ly = paragraph(doc, s.who, { x, y: ly, width, maxHeight: 40 }, { size: whoSize, color: COLORS.muted });
          ly += 4;
        }
        shown++;
      }
      if (shown < p.sessions.length && sessions.length) ly = line(doc, `另有 ${p.sessions.length - shown} 场接待，请扫码查看`, { x, y: ly, width }, { size: 12, color: COLORS.muted, face: 'serif' });
      if (p.holidayNote) ly = line(doc, p.holidayNote, { x, y: ly + 4, width }, { size: 13, color: COLORS.red });
      line(doc, LATEST_NOTE, { x, y: ly + 4, width }, { size: 11.5, min: 8, color: COLORS.muted, face: 'serif' });
    },
  };
}

/** The deputies column at line size `size`, measured before it is drawn. */
function deputiesColumn(doc: PdfDoc, p: PosterData, width: number, size: number): Column {
  const shown = p.deputies.slice(0, MAX_DEPUTIES);
  const rows = shown.length || 1;
  const more = p.deputies.length > shown.length;
  const row = size * 1.35 + 4;
  return {
    height: TITLE * 1.35 + 4 + rows * row + (more ? 12 * 1.35 : 0),
    draw(x, y, limit) {
      let ry = line(doc, '驻站代表', { x, y, width }, { size: TITLE, color: COLORS.red, face: 'serif' }) + 4;
      for (const d of shown) {
        if (ry + row > limit) break;
        ry = line(doc, `${d.name}  ${d.levelLabel}${d.onLeave ? '（请假中）' : ''}`, { x, y: ry, width }, { size, min: 9 }) + 4;
      }
      if (more && ry + 12 * 1.35 <= limit) line(doc, `等 ${p.deputies.length} 位代表`, { x, y: ry, width }, { size: 12, color: COLORS.muted, face: 'serif' });
      if (shown.length === 0) line(doc, '扫码查看本站代表', { x, y: ry, width }, { size, color: COLORS.muted, face: 'serif' });
    },
  };
}

/** How large the code prints: what the columns leave free, between QR_SIZE and QR_SIZE_MAX. */
export function qrSizeFor(free: number): number {
  return Math.max(QR_SIZE, Math.min(QR_SIZE_MAX, free));
}

export function drawStationPoster(doc: PdfDoc, p: PosterData): void {
  doc.addPage({ size: 'A4', margin: 0 });
  const W = A4.width;
  const margin = 18 * MM;
  const inner = W - 2 * margin;
  const footer = 16 * MM;
  const bottom = A4.height - footer - 6 * MM;

  // Header band
  doc.rect(0, 0, W, 34 * MM).fill(COLORS.red);
  line(doc, '人大代表联络站', { x: margin, y: 8 * MM, width: inner }, { size: 34, color: '#ffffff', align: 'center', face: 'serif' });
  line(doc, '有事找代表 · 代表在身边', { x: margin, y: 22 * MM, width: inner }, { size: 14, color: '#ffe0e0', align: 'center', face: 'serif' });

  let y = 42 * MM;
  y = line(doc, p.name, { x: margin, y, width: inner }, { size: 26, min: 14, align: 'center' });
  y = paragraph(doc, `地址：${p.address}`, { x: margin, y: y + 2, width: inner, maxHeight: 36 }, { size: 12.5, color: COLORS.muted, align: 'center' });

  // Between the address and the columns besides the code: its frame (4 mm each side), 8 mm, the instruction, the code line, 7 mm.
  const around = 4 * MM + (4 + 8) * MM + 17 * 1.35 + 2 + 11 * 1.35 + 7 * MM;
  // Two columns under the code: schedule | deputies, at the largest size at which they fit beside the smallest code.
  const colGap = 8 * MM;
  const colW = (inner - colGap) / 2;
  const room = bottom - y - around - QR_SIZE;
  const at = (l: (typeof LAYOUTS)[number]) => ({
    schedule: scheduleColumn(doc, p, colW, l.size, l.compact),
    deputies: deputiesColumn(doc, p, colW, Math.min(l.size, 16)),
  });
  const tallest = (c: ReturnType<typeof at>) => Math.max(c.schedule.height, c.deputies.height);
  const layout = LAYOUTS.find((l) => tallest(at(l)) <= room) ?? LAYOUTS[LAYOUTS.length - 1];
  const { schedule, deputies } = at(layout);
  const columns = Math.min(tallest(at(layout)), room);
  // The code takes what the columns leave; what is still free spreads above and below it.
  const qr = qrSizeFor(bottom - y - columns - around);
  const slack = Math.max(0, bottom - y - columns - around - qr);

  const qrY = y + 4 * MM + slack / 3;
  const qrX = (W - qr) / 2;
  doc.roundedRect(qrX - 4 * MM, qrY - 4 * MM, qr + 8 * MM, qr + 8 * MM, 6).lineWidth(1).strokeColor(COLORS.line).stroke();
  doc.image(p.qrImage, qrX, qrY, { width: qr, height: qr });
  y = qrY + qr + 4 * MM + 8 * MM;
  y = line(doc, INSTRUCTION, { x: margin, y, width: inner }, { size: 17, color: COLORS.red, align: 'center', face: 'serif' });
  y = line(doc, `联络站编号 ${p.code}`, { x: margin, y: y + 2, width: inner }, { size: 11, color: COLORS.muted, align: 'center', face: 'serif' });

  const top = y + 7 * MM + slack / 3;
  doc.moveTo(margin, top - 3 * MM).lineTo(W - margin, top - 3 * MM).lineWidth(0.8).strokeColor(COLORS.line).stroke();
  schedule.draw(margin, top, bottom);
  deputies.draw(margin + colW + colGap, top, bottom);

  // Footer: region and date
  doc.rect(0, A4.height - footer, W, footer).fill(COLORS.paper);
  line(doc, `${p.regionFullName} · 人大代表联系群众工作`, { x: margin, y: A4.height - 11.5 * MM, width: inner * 0.7 }, { size: 10.5, color: COLORS.muted });
  line(doc, `印制于 ${p.printedOn}`, { x: margin + inner * 0.7, y: A4.height - 11.5 * MM, width: inner * 0.3 }, { size: 10.5, color: COLORS.muted, align: 'right', face: 'serif' });
}

/** One PDF with one poster page per station. */
export async function stationPostersPdf(posters: readonly PosterData[]): Promise<Buffer> {
  const doc = newPdf({ title: posters.length === 1 ? `${posters[0].name} 张贴海报` : `联络站张贴海报（${posters.length} 个）` });
  for (const p of posters) drawStationPoster(doc, p);
  return renderPdf(doc);
}
