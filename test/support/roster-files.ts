/** Roster files for import tests and browser walks: xlsx (exceljs), csv, and a macro-enabled workbook (jszip). */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ROSTER_TEMPLATE_HEADER } from '../../core/roster-rows';
import type { Local } from './local';

const Workbook: typeof ExcelJS.Workbook = ExcelJS.Workbook ?? (ExcelJS as unknown as { default: typeof ExcelJS }).default.Workbook;

export type Row = (string | number | Date)[];

export const HEADER = ROSTER_TEMPLATE_HEADER;

/** Six good rows (one national deputy homed in the province, one PLA deputy of the military node, 镕 in a name) … */
export const GOOD_ROWS: Row[] = [
  ['朱镕基', '县', '望月湖街道', 'WYH01', '住房物业、民政养老', '第十八届', '2031-12-31', '社区网格员'],
  ['钱喆', '乡', '430104010', 'XJH01', '教育', '第十八届', '2031/12/31', ''],
  ['孙堃', '市', '岳麓区', 'YL01、WYH01', '交通出行', '第十七届', '2031年12月31日', ''],
  ['李珺', '省', '湖南省军区', 'YL01', '公共安全', '第十四届', '2028-01-15', ''],
  ['周全', '全国', '湖南省', 'YL01', '营商环境', '第十四届', '2028-03-04', ''],
  ['郑和平', '乡镇', '咸嘉湖街道', '咸嘉湖街道人大代表联络站', '', '第十八届', '2031-12-31', ''],
];

/** … and bad ones, each with the words its report must contain. */
export const BAD_ROWS: { row: Row; says: string }[] = [
  { row: ['王五', '村', '望月湖街道', 'WYH01', '', '第十八届', '2031-12-31', ''], says: '层级"村"不正确' },
  { row: ['赵六', '县', '火星街道', 'WYH01', '', '第十八届', '2031-12-31', ''], says: '没有找到选举地区"火星街道"' },
  { row: ['芙蓉', '县', '芙蓉区', '', '', '第十八届', '2031-12-31', ''], says: '选举地区"芙蓉区"不在您管辖的地区' },
  { row: ['朱镕基', '县', '望月湖街道', 'XJH01', '', '第十八届', '2031-12-31', ''], says: '与第2行重复' },
  // She is in office: the row updates her, but would take her off 岳麓总站, whose schedule names her.
  { row: ['李红梅', '县', '望月湖街道', 'WYH01', '', '第十八届', '2031-12-31', ''], says: '仍在岳麓区人大代表联络总站的接待安排中' },
  { row: ['陈七', '县', '咸嘉湖街道', 'NOPE99', '', '第十八届', '2031-12-31', ''], says: '没有找到联络站"NOPE99"' },
  { row: ['刘八', '县', '咸嘉湖街道', 'XJH01', '', '第十八届', '2020-12-31', ''], says: '任期已于2020-12-31届满' },
];

export async function xlsxOf(rows: Row[], header: readonly string[] = HEADER): Promise<Buffer> {
  const wb = new Workbook();
  const sheet = wb.addWorksheet('代表名册');
  sheet.addRow([...header]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvCell = (v: string | number | Date) => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvOf = (rows: Row[], header: readonly string[] = HEADER): Buffer =>
  Buffer.from(`\ufeff${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');

/** A workbook with a VBA project inside, as Excel saves an .xlsm. */
export async function withMacros(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file('xl/vbaProject.bin', Buffer.from('VBA project stand-in: Sub AutoOpen() End Sub'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The same workbook, its central directory claiming one part unpacks to 200 MB (as a "zip bomb" would). */
export function claimingHuge(xlsx: Buffer): Buffer {
  const out = Buffer.from(xlsx);
  const at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); // the first central directory entry
  out.writeUInt32LE(200 * 1024 * 1024, at + 24);
  return out;
}

/** Uploads a roster file as the app does, as `owner` (岳麓区's admin unless named), and returns its file id. */
export const upload = (t: Local, bytes: Buffer, owner = 'demo-admin-yuelu'): Promise<string> => t.upload(bytes, owner, 'file');
