/**
 * Generated files (issue 18): an action answers a file id, a temporary URL and the name to save
 * it as — never the bytes — and the file is in storage under its kind's folder and its scope.
 */
import * as ExcelJS from 'exceljs';
import type { Local } from './local';

// exceljs is CommonJS: under some loaders its classes sit on `default`.
export const Workbook: typeof ExcelJS.Workbook = ExcelJS.Workbook ?? (ExcelJS as unknown as { default: typeof ExcelJS }).default.Workbook;

/** What a file answer may carry: the file's id, URL and name, and (the opinion export) its row count. */
const ANSWER_KEYS = ['fileId', 'fileName', 'rows', 'url'];

export interface FileAnswerLike {
  fileId: string;
  url: string;
  fileName: string;
}

/**
 * Checks the answer (no bytes; the id is `generated/<folder>/<scope>-<time>-<random>.xlsx`; the
 * URL is the storage's for that id) and answers the stored bytes.
 */
export async function storedXlsx(t: Local, answer: FileAnswerLike, folder: string, scope: string): Promise<Buffer> {
  expect(Object.keys(answer).filter((k) => !ANSWER_KEYS.includes(k))).toEqual([]);
  expect(JSON.stringify(answer).length).toBeLessThan(1000);
  const safeScope = scope.replace(/[^A-Za-z0-9_-]/g, '_');
  expect(answer.fileId.startsWith(`local://generated/${folder}/${safeScope}-`)).toBe(true);
  expect(answer.fileId).toMatch(/-\d{14}-[0-9a-f]{16}\.xlsx$/);
  expect(answer.url).toBe(await t.files.urlOf(answer.fileId));
  expect(answer.fileName).toMatch(/\.xlsx$/);
  const bytes = t.files.read(answer.fileId);
  if (!bytes) throw new Error(`${answer.fileId} is not in storage`);
  return bytes;
}

/** The stored workbook, opened with exceljs (which refuses anything that is not an xlsx). */
export async function openXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}
