/**
 * What every spreadsheet the product writes shares (exceljs): a workbook made by 代表联络站, a
 * figures sheet (a title, what it covers, then 项目 / 数值 rows), a table sheet (a bold header
 * row, one row a record), and the bytes. The documents function never carries this (it leaves
 * exceljs out): spreadsheets are made by the functions that export them.
 */
import * as ExcelJS from 'exceljs';

// exceljs is CommonJS: under some loaders its classes sit on `default`.
const Workbook: typeof ExcelJS.Workbook = ExcelJS.Workbook ?? (ExcelJS as unknown as { default: typeof ExcelJS }).default.Workbook;

export type Cell = string | number;

/** An empty workbook, made by 代表联络站. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new Workbook();
  wb.creator = '代表联络站';
  return wb;
}

/** A workbook to read (an upload). */
export const workbookToRead = (): ExcelJS.Workbook => new Workbook();

/**
 * A figures sheet: its title (bold, larger), the facts of what it covers (期间 …), a blank row,
 * then each block — a bold header row and its rows — one blank row apart.
 */
export function figuresSheet(
  wb: ExcelJS.Workbook,
  name: string,
  o: { title: string; facts: [string, Cell][]; blocks: { header: [string, string]; rows: readonly (readonly [string, Cell])[] }[]; widths: [number, number] },
): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name);
  sheet.columns = o.widths.map((width) => ({ width }));
  sheet.addRow([o.title]).font = { bold: true, size: 14 };
  for (const f of o.facts) sheet.addRow([...f]);
  for (const b of o.blocks) {
    sheet.addRow([]);
    sheet.addRow([...b.header]).font = { bold: true };
    for (const r of b.rows) sheet.addRow([...r]);
  }
  return sheet;
}

/** A table sheet: a bold header row with the columns' widths, then the rows. */
export function tableSheet(wb: ExcelJS.Workbook, name: string, columns: readonly { header: string; width: number }[], rows: readonly (readonly Cell[])[]): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow([...r]);
  return sheet;
}

/** The workbook as .xlsx bytes. */
export const workbookBytes = async (wb: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await wb.xlsx.writeBuffer());
