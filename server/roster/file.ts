/**
 * Reads an uploaded roster file into a header and rows of cells. The type is decided by the
 * bytes, not the name: an .xlsx must be a ZIP holding an Excel workbook without macros
 * (`xl/vbaProject.bin`), a .csv must be text (UTF-8, or GB18030 as Excel in China saves it).
 * Anything else is refused with a sentence the admin can act on, before anything is stored.
 */
import type * as ExcelJS from 'exceljs';
import { workbookToRead } from '../platform/xlsx';
import { parseCsv } from '../../core/csv';
import { AppError } from '../../core/errors';
import type { RosterCell } from '../../core/roster-rows';
import { ROSTER_IMPORT } from '../config/limits';

export interface RosterTable {
  header: RosterCell[];
  rows: RosterCell[][];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const MAGIC: [Buffer, string][] = [
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'PNG 图片'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'JPEG 图片'],
  [Buffer.from('%PDF-'), 'PDF 文件'],
  [Buffer.from('GIF8'), 'GIF 图片'],
];

const refuse = (why: string) => new AppError('ROSTER_FILE_REFUSED', `${why}。请上传按模板填写的 .xlsx 或 .csv 代表名册`);

/** A workbook unpacked bigger than this is refused before exceljs unpacks it (a "zip bomb"). */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** The entries of a ZIP's central directory (names and unpacked sizes), read without unpacking; undefined when malformed. */
export function zipEntries(bytes: Buffer): { name: string; size: number }[] | undefined {
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  for (let eocd = bytes.length - 22; eocd >= Math.max(0, bytes.length - 22 - 65_535); eocd--) {
    if (bytes.readUInt32LE(eocd) !== 0x06054b50) continue;
    const count = bytes.readUInt16LE(eocd + 10);
    let at = bytes.readUInt32LE(eocd + 16);
    const out: { name: string; size: number }[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return undefined;
      const nameLength = bytes.readUInt16LE(at + 28);
      out.push({ name: bytes.toString('utf8', at + 46, at + 46 + nameLength), size: bytes.readUInt32LE(at + 24) });
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return out;
  }
  return undefined;
}

/** What the bytes are: an Office Open XML workbook, a macro-enabled one, old .xls, text, or something else. */
export function sniffRoster(bytes: Buffer): 'xlsx' | 'xlsm' | 'xls' | 'text' | { other: string } {
  if (bytes.subarray(0, 4).equals(ZIP)) {
    const entries = zipEntries(bytes);
    if (!entries) return { other: '损坏的压缩文件' };
    if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) return 'xlsm';
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) return { other: '压缩包或其他 Office 文件' };
    if (entries.reduce((n, e) => n + e.size, 0) > MAX_UNPACKED_BYTES) return { other: '解压后过大的表格' };
    return 'xlsx';
  }
  if (bytes.subarray(0, 8).equals(OLE)) return 'xls';
  const known = MAGIC.find(([m]) => bytes.subarray(0, m.length).equals(m));
  if (known) return { other: known[1] };
  if (bytes.subarray(0, 8192).includes(0)) return { other: '二进制文件' };
  return 'text';
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw refuse('无法识别这个 CSV 文件的文字编码（应为 UTF-8 或 GBK）');
    }
  }
}

/** A cell as plain data: rich text, formulas and links give their text or result. */
function plain(v: ExcelJS.CellValue): RosterCell {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date || typeof v !== 'object') return v as RosterCell;
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
  if ('result' in o) return plain(o.result as ExcelJS.CellValue);
  if ('text' in o) return String(o.text);
  if ('error' in o) return undefined;
  return String(v);
}

const blank = (r: readonly RosterCell[]) => r.every((c) => c === undefined || c === null || String(c).trim() === '');

function tooMany(dataRows: number): AppError {
  return new AppError(
    'ROSTER_TOO_MANY_ROWS',
    `名册有${dataRows}行，超过一次导入的上限${ROSTER_IMPORT.maxRows}行，请按地区分成几个文件分批导入`,
  );
}

async function readXlsx(bytes: Buffer): Promise<RosterTable> {
  const wb = workbookToRead();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse('这个 .xlsx 文件已损坏或无法读取');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw refuse('表格里没有工作表');
  // Count before reading cells: a huge sheet is refused without walking it.
  if (sheet.actualRowCount - 1 > ROSTER_IMPORT.maxRows) throw tooMany(sheet.actualRowCount - 1);
  const rows: RosterCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(plain);
    if (!blank(values)) rows.push(values);
  });
  return { header: rows[0] ?? [], rows: rows.slice(1) };
}

function readCsv(bytes: Buffer): RosterTable {
  const all = parseCsv(decodeText(bytes));
  const rows = all.filter((r) => !blank(r));
  return { header: rows[0] ?? [], rows: rows.slice(1) };
}

export async function readRosterFile(bytes: Buffer, fileName: string): Promise<RosterTable> {
  if (bytes.length > ROSTER_IMPORT.maxBytes) throw refuse(`文件超过 ${ROSTER_IMPORT.maxBytes / 1024 / 1024} MB`);
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  if (['xlsm', 'xltm', 'xlam'].includes(ext)) throw refuse('含宏的表格（.xlsm）不能导入，请另存为 .xlsx 后上传');
  if (ext !== 'xlsx' && ext !== 'csv') throw refuse(`不支持 .${ext || '（无扩展名）'} 文件`);
  const kind = sniffRoster(bytes);
  if (kind === 'xlsm') throw refuse('这个表格含有宏（VBA），不能导入，请另存为不含宏的 .xlsx 后上传');
  if (kind === 'xls') throw refuse('这是旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 后上传');
  if (typeof kind === 'object') throw refuse(`文件内容是${kind.other}，不是表格（扩展名为 .${ext}）`);
  if (ext === 'xlsx' && kind !== 'xlsx') throw refuse('文件扩展名为 .xlsx，内容却不是 Excel 表格');
  if (ext === 'csv' && kind !== 'text') throw refuse('文件扩展名为 .csv，内容却是 Excel 表格，请把扩展名改为 .xlsx');
  const table = kind === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  if (table.rows.length > ROSTER_IMPORT.maxRows) throw tooMany(table.rows.length);
  return table;
}
