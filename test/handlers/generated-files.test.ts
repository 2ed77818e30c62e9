/**
 * Issue 18: every generated xlsx goes through storage like the PDFs. The answer carries a file
 * id, a temporary URL and the name to save it as — no bytes (a callFunction answer is
 * size-limited); the file is stored under its kind's folder with the caller's scope in the path
 * and a random part, opens as an xlsx, and nobody — not another caller, not even the one who
 * made it — can hand its id to any action that takes a file id (it is nobody's upload,
 * decision 0015).
 */
import { z } from 'zod';
import { CONTRACT, type ActionSpec } from '../../core/contract';
import { FileId } from '../../core/contract/fields';
import { PRIVACY_NOTICE_VERSION } from '../../server/config/limits';
import { dbOf } from '../../server/platform/db';
import { openXlsx, storedXlsx, type FileAnswerLike } from '../support/generated-files';
import { COUNTY_DEPUTY, OTHER_RESIDENT, RESIDENT, STAFF_WYH, startLocal, TOWNSHIP_DEPUTY, type Local } from '../support/local';

jest.setTimeout(60_000);
const ADMIN = 'demo-admin-yuelu';
/** Another admin of the same county: same scope, another person. */
const OTHER_ADMIN = 'test-admin-yuelu-2';
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };

let t: Local;
let campaignId = '';
/** An opinion of RESIDENT's that the deputy asked more about: `addInfo` takes photos there. */
let askedId = '';
/** An activity TOWNSHIP_DEPUTY recorded, to correct. */
let activity = { id: '', version: 0 };

beforeAll(async () => {
  t = await startLocal();
  await dbOf(t.ports).collection('users').add({ data: { _id: OTHER_ADMIN, adminRegionCode: '430104' } });
  await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, OTHER_ADMIN);
  const campaign = await t.ok(
    'admin',
    'createCampaign',
    { name: '联系群众办实事', from: '2026-11-01', to: '2026-12-31', regionCodes: ['430104'], levels: ['county', 'township'], requestId: t.requestId() },
    ADMIN,
  );
  campaignId = campaign.id;
  askedId = (await t.submit({ text: '小区路灯坏了一个月没人修', chosenDeputyId: 'd-county-1' }, RESIDENT)).id;
  await t.ok('deputy', 'accept', { id: askedId }, COUNTY_DEPUTY);
  await t.ok('deputy', 'needInfo', { id: askedId, question: '请问是哪一栋楼旁边的路灯？' }, COUNTY_DEPUTY);
  const recorded = await t.ok('deputy', 'recordActivity', { kind: 'visit', date: '2026-11-27', place: '望月湖小区', people: '居民5人', summary: '走访', photos: [] }, TOWNSHIP_DEPUTY);
  activity = { id: recorded.id, version: recorded.version };
});
afterAll(() => t?.close());

interface Export {
  label: string;
  /** Who asks for it, and the roles they hold. */
  caller: string;
  roles: string[];
  make(): Promise<FileAnswerLike>;
  folder: string;
  scope(): string;
  fileName: string | RegExp;
}

const EXPORTS: Export[] = [
  {
    label: 'deputy.exportDutyRecord',
    caller: COUNTY_DEPUTY,
    roles: ['resident', 'deputy'],
    make: () => t.ok('deputy', 'exportDutyRecord', PERIOD, COUNTY_DEPUTY),
    folder: 'duty-records',
    scope: () => 'd-county-1-2026-11-01-2026-11-30',
    fileName: '履职档案-李红梅-2026-11-01至2026-11-30.xlsx',
  },
  {
    label: 'admin.exportOpinions',
    caller: ADMIN,
    roles: ['resident', 'admin'],
    make: () => t.ok('admin', 'exportOpinions', { from: '2026-11', to: '2026-11' }, ADMIN),
    folder: 'opinion-exports',
    scope: () => '430104-2026-11-2026-11',
    fileName: '意见清单-岳麓区-2026-11至2026-11.xlsx',
  },
  {
    label: 'admin.rosterTemplate',
    caller: ADMIN,
    roles: ['resident', 'admin'],
    make: () => t.ok('admin', 'rosterTemplate', {}, ADMIN),
    folder: 'roster-templates',
    scope: () => '430104',
    fileName: '代表名册模板.xlsx',
  },
  {
    label: 'admin.exportCampaignSummary',
    caller: ADMIN,
    roles: ['resident', 'admin'],
    make: () => t.ok('admin', 'exportCampaignSummary', { id: campaignId, regionCode: '430104' }, ADMIN),
    folder: 'campaign-summaries',
    scope: () => `${campaignId}-430104`,
    fileName: '活动总结-联系群众办实事-岳麓区.xlsx',
  },
];

describe.each(EXPORTS)('$label', (e) => {
  test('answers a file id, a temporary URL and a name, no bytes; the stored file is an xlsx', async () => {
    const answer = await e.make();
    expect(answer).not.toHaveProperty('base64');
    expect(answer.fileName).toEqual(e.fileName);
    const bytes = await storedXlsx(t, answer, e.folder, e.scope());
    const wb = await openXlsx(bytes);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    expect(wb.creator).toBe('代表联络站');
  });

  test('a second export is a second file: nothing collides or is overwritten', async () => {
    const [a, b] = [await e.make(), await e.make()];
    expect(a.fileId).not.toBe(b.fileId);
    expect(t.files.read(a.fileId)).toBeDefined();
    expect(t.files.read(b.fileId)).toBeDefined();
  });
});

/**
 * Every action whose payload takes a file id, with a payload that hands it `fileId` and would
 * otherwise be accepted, the caller to send it as, and the refusal expected; `notParty`, what
 * someone of the right role who is no party to the payload's case gets instead.
 */
const TAKES_FILE_ID: Record<string, { caller: string; payload(fileId: string): unknown; code: string; notParty?: string }> = {
  'user.registerUpload': { caller: OTHER_RESIDENT, payload: (fileId) => ({ fileId, kind: 'file' }), code: 'UPLOAD_NOT_YOURS' },
  'opinion.submit': {
    caller: OTHER_RESIDENT,
    payload: (fileId) => ({ stationCode: 'WYH01', category: '其他', text: '小区门口的路灯坏了一个月', photos: [fileId], requestId: t.requestId() }),
    code: 'UPLOAD_NOT_YOURS',
  },
  'opinion.addInfo': {
    caller: RESIDENT,
    payload: (fileId) => ({ id: askedId, text: '3栋旁边', photos: [fileId] }),
    code: 'UPLOAD_NOT_YOURS',
    notParty: 'OPINION_NOT_FOUND', // the opinion is RESIDENT's
  },
  // The photos are checked with the opinion, before its status: the refusal is the file's.
  'opinion.message': {
    caller: RESIDENT,
    payload: (fileId) => ({ id: askedId, text: '补充留言：3栋旁边那一盏路灯', photos: [fileId], requestId: t.requestId() }),
    code: 'UPLOAD_NOT_YOURS',
    notParty: 'OPINION_NOT_FOUND',
  },
  'deputy.recordActivity': {
    caller: TOWNSHIP_DEPUTY,
    payload: (fileId) => ({ kind: 'visit', date: '2026-11-27', place: '望月湖小区', people: '居民5人', summary: '走访', photos: [fileId] }),
    code: 'UPLOAD_NOT_YOURS',
  },
  'deputy.updateActivity': {
    caller: TOWNSHIP_DEPUTY,
    payload: (fileId) => ({ ...activity, kind: 'visit', date: '2026-11-27', place: '望月湖小区', people: '居民5人', summary: '走访，补上照片', photos: [fileId] }),
    code: 'UPLOAD_NOT_YOURS',
    notParty: 'NOT_FOUND', // the activity is TOWNSHIP_DEPUTY's
  },
  'deputy.saveProfile': {
    caller: TOWNSHIP_DEPUTY,
    payload: (fileId) => ({ bio: '乡镇人大代表', specialties: ['住房物业'], contactPreference: 'station', photo: fileId }),
    code: 'UPLOAD_NOT_YOURS',
  },
  'admin.stageRoster': { caller: OTHER_ADMIN, payload: (fileId) => ({ fileId, fileName: '代表名册模板.xlsx' }), code: 'UPLOAD_NOT_YOURS' },
  // Only the photo under review is reviewed: any other id is not it.
  'staff.reviewDeputyPhoto': { caller: STAFF_WYH, payload: (fileId) => ({ code: 'WYH01', deputyId: 'd-county-1', fileId, approve: true }), code: 'PHOTO_REVIEW_GONE' },
};

/** The actions whose input has a field of the FileId schema, found in the contract itself. */
function actionsTakingFileIds(): string[] {
  const pattern = JSON.stringify((FileId as unknown as { _zod: { def: { checks: { _zod: { def: { pattern: RegExp } } }[] } } })._zod.def.checks[0]._zod.def.pattern.source);
  const found: string[] = [];
  for (const [fn, actions] of Object.entries(CONTRACT)) {
    for (const [name, spec] of Object.entries(actions as Record<string, ActionSpec>)) {
      const schema = JSON.stringify(z.toJSONSchema(spec.input as z.ZodType, { io: 'input', unrepresentable: 'any' }));
      if (schema.includes(pattern.slice(1, -1))) found.push(`${fn}.${name}`);
    }
  }
  return found.sort();
}

describe('nobody can use a generated file by its id', () => {
  test('the table below covers every action that takes a file id', () => {
    expect(actionsTakingFileIds()).toEqual(Object.keys(TAKES_FILE_ID).sort());
  });

  test.each(EXPORTS)('$label: refused by every such action, for another caller and for its maker; nothing written, the file kept', async (e) => {
    const { fileId } = await e.make();
    const before = await t.snapshot();
    const answers: string[] = [];
    const expected: string[] = [];
    for (const [key, use] of Object.entries(TAKES_FILE_ID)) {
      const [fn, action] = key.split('.') as [keyof typeof CONTRACT, string];
      const access = (CONTRACT[fn] as Record<string, ActionSpec>)[action].access;
      for (const caller of [use.caller, e.caller]) {
        const r = await t.call(fn as never, { action, payload: use.payload(fileId) }, caller);
        answers.push(`${key} ${caller} ${r.ok ? 'ok' : r.code}`);
        // The maker is refused like anyone: by the file where the action is theirs to call.
        const code = caller === use.caller ? use.code : !e.roles.includes(access) ? 'FORBIDDEN' : (use.notParty ?? use.code);
        expected.push(`${key} ${caller} ${code}`);
      }
    }
    expect(answers).toEqual(expected);
    expect(await t.snapshot()).toBe(before);
    expect(t.files.read(fileId)).toBeDefined();
  });
});
