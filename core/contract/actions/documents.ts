/** The "documents" cloud function's actions: every PDF, rendered with the embedded Chinese font. */
import { z } from 'zod';
import { action } from '../define';
import { FileAnswer, Id, StationCode } from '../fields';
import { RegionCode } from './admin';
import { DateOnly } from '../deputy-views';
import { CampaignRegionInput } from './admin-campaign';

/** A PDF: the file answer every generated file has, with its page count and size. */
export const GeneratedFile = FileAnswer.extend({
  pages: z.number().int(),
  bytes: z.number().int(),
});

/** Posters in one batch PDF; a region with more is split by its sub-regions. */
export const POSTER_BATCH_MAX = 200;

export const documentsActions = {
  stationPoster: action({
    access: 'staff',
    summary: '联络站张贴海报（A4 PDF，含小程序码、接待安排、值班代表）',
    input: z.strictObject({ code: StationCode }),
    output: GeneratedFile,
  }),
  regionPosters: action({
    access: 'admin',
    summary: `本地区全部联络站的海报（每站一页，一次最多${POSTER_BATCH_MAX}个）`,
    input: z.strictObject({ regionCode: RegionCode }),
    output: GeneratedFile,
  }),
  entrySlip: action({
    access: 'staff',
    summary: '代录意见的回执（查询编号、认领方法）',
    input: z.strictObject({ id: Id }),
    output: GeneratedFile,
  }),
  transferLetter: action({
    access: 'deputy',
    summary: '转办函（A4 PDF，含部门答复期限）',
    input: z.strictObject({ id: Id }),
    output: GeneratedFile,
  }),
  /** The same letter for a case staff or the office work (it names the station when they forwarded it). */
  staffTransferLetter: action({
    access: 'staff',
    summary: '本站意见的转办函（A4 PDF）',
    input: z.strictObject({ id: Id }),
    output: GeneratedFile,
  }),
  officeTransferLetter: action({
    access: 'admin',
    summary: '本地区意见的转办函（A4 PDF）',
    input: z.strictObject({ id: Id }),
    output: GeneratedFile,
  }),
  dutyRecord: action({
    access: 'deputy',
    summary: '代表履职档案（PDF，按期间）',
    input: z.strictObject({ from: DateOnly, to: DateOnly }),
    output: GeneratedFile,
  }),
  /** Any deputy's record, for the office of a region the deputy belongs to (decision 0033). */
  deputyRecord: action({
    access: 'admin',
    summary: '本地区某位代表的履职档案（PDF，按期间，含办理的意见）',
    input: z.strictObject({ deputyId: Id, from: DateOnly, to: DateOnly }),
    output: GeneratedFile,
  }),
  campaignSummary: action({
    access: 'admin',
    summary: '主题活动总结报告（某地区，A4 PDF）',
    input: CampaignRegionInput,
    output: GeneratedFile,
  }),
  /** The office's weekly 汇总报告 (decision 0036): the week of `week` (Monday to Sunday). */
  weeklyReport: action({
    access: 'admin',
    summary: '每周群众意见汇总报告（A4 PDF）：收到的意见、热点问题、汇总件',
    input: z.strictObject({ week: DateOnly, regionCode: RegionCode.optional() }),
    output: GeneratedFile,
  }),
};
