/** The local stand-in for sendSmsV2 and urllink.generate: what it refuses as WeChat does, what it keeps. */
import { LocalSms } from '../../emulator/openapi/sms';
import { SqliteStore } from '../../emulator/sqlite-store';
import { MINIPROGRAM_PAGES } from '../../server/config/pages';
import { loadSmsSetup, maskPhone, smsText } from '../../server/config/sms';
import { OpenApiError, type SendSmsInput, type SmsSetup } from '../../server/platform/openapi/port';

const NOW = new Date('2026-12-01T02:00:00Z');
const DAY = 24 * 3600_000;
const SETUP: SmsSetup = { env: 'test-env', templateId: '2345678', linkDays: 30 };
const DETAIL = 'packages/deputy/pages/detail/index';

function standIn(setup: SmsSetup | null = SETUP) {
  const store = new SqliteStore(':memory:');
  return new LocalSms(store, { setup: () => setup ?? undefined, baseUrl: () => 'http://127.0.0.1:9999/', pages: MINIPROGRAM_PAGES });
}

async function link(sms: LocalSms, query = 'id=op-1') {
  return (await sms.generateUrlLink({ path: DETAIL, query, envVersion: 'release', expireInterval: 30 }, NOW)).urlLink;
}

const input = (urlLink: string, over: Partial<SendSmsInput> = {}): SendSmsInput => ({
  env: SETUP.env,
  templateId: SETUP.templateId,
  templateParamList: ['新意见待受理提醒 YL-20261201-0001'],
  phoneNumberList: ['+8613800000001'],
  urlLink,
  ...over,
});

const codeOf = (p: Promise<unknown>) => p.then(() => 0, (e: unknown) => (e instanceof OpenApiError ? e.errCode : String(e)));

describe('urllink.generate', () => {
  test('a page of the mini-program with its query: a link that resolves to that page until it expires', async () => {
    const sms = standIn();
    const url = await link(sms);
    const id = /\/local\/link\/([a-f0-9]+)$/.exec(url)?.[1];
    expect(url.startsWith('http://127.0.0.1:9999/local/link/')).toBe(true);
    expect(sms.resolveLink(id!, NOW)).toMatchObject({ path: DETAIL, query: 'id=op-1' });
    expect(LocalSms.h5PathOf(sms.resolveLink(id!, NOW)!)).toBe(`/#/${DETAIL}?id=op-1`);
    expect(sms.resolveLink(id!, new Date(NOW.getTime() + 30 * DAY))).toBeUndefined();
    expect(sms.resolveLink('0000000000000000', NOW)).toBeUndefined();
  });

  test('refuses a path that is not a page (40165), a bad query (40212), a validity over 30 days (85401)', async () => {
    const sms = standIn();
    const gen = (over: object) => sms.generateUrlLink({ path: DETAIL, query: 'id=1', envVersion: 'release', expireInterval: 30, ...over }, NOW);
    expect(await codeOf(gen({ path: 'pages/nowhere/index' }))).toBe(40165);
    expect(await codeOf(gen({ path: `/${DETAIL}` }))).toBe(40165);
    expect(await codeOf(gen({ path: `${DETAIL}?id=1` }))).toBe(40165);
    expect(await codeOf(gen({ query: 'id=意见' }))).toBe(40212);
    expect(await codeOf(gen({ query: `id=${'x'.repeat(1022)}` }))).toBe(40212);
    expect(await codeOf(gen({ query: `id=${'x'.repeat(1021)}` }))).toBe(0);
    expect(await codeOf(gen({ expireInterval: 31 }))).toBe(85401);
    expect(await codeOf(gen({ expireInterval: 0 }))).toBe(85401);
  });
});

describe('sendSmsV2', () => {
  test('sends to a +86 mobile: Ok, kept with its text and link', async () => {
    const sms = standIn();
    const url = await link(sms);
    const statuses = await sms.send(input(url), NOW);
    expect(statuses).toEqual([expect.objectContaining({ phoneNumber: '+8613800000001', code: 'Ok' })]);
    const [got] = sms.messages('13800000001');
    expect(got).toMatchObject({ phoneNumber: '+8613800000001', params: ['新意见待受理提醒 YL-20261201-0001'], urlLink: url });
    expect(got.text).toContain(url);
    expect(sms.messages('13900000000')).toEqual([]);
  });

  test('refuses a number without +86, a 31-character {1}, an unknown template, another environment, a foreign link', async () => {
    const sms = standIn();
    const url = await link(sms);
    expect(await codeOf(sms.send(input(url, { phoneNumberList: ['13800000001'] }), NOW))).toBe(-501007);
    expect(await codeOf(sms.send(input(url, { phoneNumberList: ['+8613800000001', '+85291234567'] }), NOW))).toBe(-501007);
    expect(await codeOf(sms.send(input(url, { templateParamList: ['字'.repeat(31)] }), NOW))).toBe(-501007);
    expect(await codeOf(sms.send(input(url, { templateParamList: ['字'.repeat(30)] }), NOW))).toBe(0);
    expect(await codeOf(sms.send(input(url, { templateId: '9999999' }), NOW))).toBe(-501007);
    expect(await codeOf(sms.send(input(url, { env: 'other-env' }), NOW))).toBe(-501007);
    expect(await codeOf(sms.send(input('https://example.com/x'), NOW))).toBe(-501007);
    expect(sms.messages()).toHaveLength(1); // only the 30-character one
  });

  test('more than 1,000 numbers: refused whole; a +86 number that is not a mobile: refused for itself', async () => {
    const sms = standIn();
    const url = await link(sms);
    const many = Array.from({ length: 1001 }, (_, i) => `+86138${String(i).padStart(8, '0')}`);
    expect(await codeOf(sms.send(input(url, { phoneNumberList: many }), NOW))).toBe(-501007);
    expect(await codeOf(sms.send(input(url, { phoneNumberList: many.slice(0, 1000) }), NOW))).toBe(0);
    const mixed = await sms.send(input(url, { phoneNumberList: ['+8607318888888', '+8613900000002'] }), NOW);
    expect(mixed.map((s) => s.code)).toEqual(['InvalidParameterValue.IncorrectPhoneNumber', 'Ok']);
    expect(sms.messages('+8607318888888')).toEqual([]);
  });

  test('no SMS package for the environment: every send refused', async () => {
    const sms = standIn(null);
    const url = await link(sms);
    expect(await codeOf(sms.send(input(url), NOW))).toBe(-501007);
  });

  test('faults on request: the next N sends fail, then it sends again', async () => {
    const sms = standIn();
    const url = await link(sms);
    sms.failNext(2);
    expect(await codeOf(sms.send(input(url), NOW))).toBe(-1);
    expect(await codeOf(sms.send(input(url), NOW))).toBe(-1);
    expect(await codeOf(sms.send(input(url), NOW))).toBe(0);
    sms.failAlways(-501007);
    expect(await codeOf(sms.send(input(url), NOW))).toBe(-501007);
    sms.reset();
    expect(await codeOf(sms.send(input(url), NOW))).toBe(0);
    expect(sms.attempts).toBe(5);
  });
});

describe('the SMS config', () => {
  test('off unless SMS_TEMPLATE_ID is set; the environment is the function\'s own', () => {
    expect(loadSmsSetup({})).toBeUndefined();
    expect(loadSmsSetup({ SMS_TEMPLATE_ID: '' })).toBeUndefined();
    expect(loadSmsSetup({ SMS_TEMPLATE_ID: '2345678', TCB_ENV: 'prod-1a2b' })).toEqual({ templateId: '2345678', env: 'prod-1a2b', linkDays: 30 });
    expect(loadSmsSetup({ SMS_TEMPLATE_ID: '2345678', TCB_ENV: 'prod-1a2b', SMS_LINK_DAYS: '7' })?.linkDays).toBe(7);
    expect(() => loadSmsSetup({ SMS_TEMPLATE_ID: '2345678', SMS_LINK_DAYS: '31' })).toThrow(/SMS_LINK_DAYS/);
  });

  test('the text fits 30 characters and keeps the tracking number; phones are masked', () => {
    expect(smsText('新意见待受理提醒', 'YL-20261201-0001')).toBe('新意见待受理提醒 YL-20261201-0001');
    const long = smsText('一'.repeat(20), 'YL-20261201-0001');
    expect(Array.from(long)).toHaveLength(30);
    expect(long.endsWith(' YL-20261201-0001')).toBe(true);
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskPhone('+8613800000001')).toBe('138****0001');
  });
});
