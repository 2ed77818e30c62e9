/**
 * The district office and the platform in the demo year: the office completes its department
 * directory (分级分类) at the start of the year and sets up the “联系群众办实事” campaign; the
 * scheduler's timer runs every morning (deadlines, reminders, escalations, the staff digest,
 * auto-close after 15 days, the counters' reconcile, the outbox).
 */
import { addDays, fromBeijing } from '../../../core/beijing-time';
import type { DefaultCategory } from '../../../core/vocabulary';
import { LEVELS } from '../../../core/vocabulary';
import { runTick } from '../../scheduler/tick';
import type { Steps } from './case-script';
import { Rng } from './prng';
import { atDay, isWorkday } from './timing';
import { ADMIN, type World } from './world';
import { FUND_CATEGORY } from './texts-fund';

const YUELU = '430104';

/** Departments of 岳麓区 the office adds to the directory, by the names the text bank forwards to. */
const NEW_DEPARTMENTS: readonly { ref: string; name: string; categories: DefaultCategory[]; contact: string }[] = [
  { ref: 'city-management', name: '岳麓区城市管理和综合执法局', categories: ['城乡建设', '生态环境', '交通出行'], contact: '区城管执法局指挥中心 0731-0000-0204' },
  { ref: 'ecology', name: '长沙市生态环境局岳麓分局', categories: ['生态环境'], contact: '岳麓分局环境监察大队 0731-0000-0205' },
  { ref: 'education', name: '岳麓区教育局', categories: ['教育'], contact: '区教育局基础教育科 0731-0000-0206' },
  { ref: 'health', name: '岳麓区卫生健康局', categories: ['医疗卫生'], contact: '区卫健局基层卫生科 0731-0000-0207' },
  { ref: 'market', name: '岳麓区市场监督管理局', categories: ['市场监管', '营商环境'], contact: '区市场监管局投诉举报中心 0731-0000-0208' },
  { ref: 'hrss', name: '岳麓区人力资源和社会保障局', categories: ['就业创业', '社会保障'], contact: '区人社局就业服务中心 0731-0000-0209' },
];

/**
 * On the first working days of the year the office adds the departments residents' problems go
 * to, and a category of its own (物业维修基金, to 区住建局: texts-fund.ts) that a few cases use.
 */
export async function* departmentDirectory(w: World, from: string): Steps {
  const rng = Rng.from('demo-year:departments');
  let day = addDays(from, 1);
  while (!isWorkday(day)) day = addDays(day, 1);
  yield atDay(day, rng, 'desk');
  for (const d of NEW_DEPARTMENTS) {
    const saved = await w.call('admin', 'saveDepartment', { regionCode: YUELU, level: 'county', categories: d.categories, name: d.name, contact: d.contact }, ADMIN);
    w.departments.set(d.ref, saved.id);
  }
  await w.call('admin', 'addCategory', { ...FUND_CATEGORY }, ADMIN);
}

/** The year whose campaign (May–December) the demo shows: this year's once it is under way, else last year's. */
export function campaignYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today >= `${year}-05-15` ? year : year - 1;
}

/** The office sets up the year's campaign in late April (or at the start of the demo year, if that is later). */
export async function* campaign(w: World, from: string, today: string): Steps {
  const rng = Rng.from('demo-year:campaign');
  const year = campaignYear(today);
  let day = `${year}-04-20`;
  if (day < from) day = addDays(from, 2);
  while (!isWorkday(day)) day = addDays(day, 1);
  yield atDay(day, rng, 'office');
  await w.call(
    'admin',
    'createCampaign',
    {
      name: `${year}年“联系群众办实事”主题活动`,
      from: `${year}-05-01`,
      to: `${year}-12-31`,
      regionCodes: [YUELU],
      levels: [...LEVELS],
      requestId: `demo-year-campaign-${year}`,
    },
    ADMIN,
  );
}

/**
 * The scheduler's timer, once every morning after the staff digest's time (08:30): the day's
 * deadlines, reminders, escalations and auto-closes. Half a minute off the whole minutes the
 * year's steps happen at, so no step is ever exactly a time limit away from a tick.
 */
export async function* dailyTicks(w: World, from: string, to: string): Steps {
  for (let day = from; day <= to; day = addDays(day, 1)) {
    yield new Date(fromBeijing(day, '08:57').getTime() + 30_000);
    await runTick(w.runtime.ports);
  }
}

/** The community point the office opens late in the year, before any staff are given to it. */
export const COMMUNITY_POINT = { code: 'THL01', name: '桃花岭社区代表联络点', address: '长沙市岳麓区咸嘉湖街道桃花岭社区服务中心一楼', regionCode: '430104010' };
const ZHAO = { id: 'd-county-2', openid: 'demo-deputy-county-2' };
const EARLY = 'demo-year-thl01-r001';
const LATE = 'demo-year-thl01-r002';

/**
 * A station without staff (issue 22): the office opens 桃花岭社区代表联络点 three weeks before
 * the end with 赵国庆 attached and nobody at its desk. What no deputy's specialty fits goes to
 * 岳麓区's office queue: the first such case the office assigns to 赵国庆, who answers it; the
 * second, two days before the end, still waits there (区域待办 · 待分派).
 */
export async function* communityPoint(w: World, to: string): Steps {
  const rng = Rng.from('demo-year:community-point');
  const workday = (d: string) => {
    while (!isWorkday(d)) d = addDays(d, 1);
    return d;
  };
  yield atDay(workday(addDays(to, -21)), rng, 'office');
  await w.call('admin', 'createStation', COMMUNITY_POINT, ADMIN);
  await w.call('admin', 'setStationDeputies', { code: COMMUNITY_POINT.code, deputyIds: [ZHAO.id] }, ADMIN);

  const submit = async (openid: string, text: string, key: string) => {
    await w.agree(openid);
    const sent = await w.call(
      'opinion',
      'submit',
      { stationCode: COMMUNITY_POINT.code, category: '教育', scope: 'community', text, anonymous: false, allowContact: false, consentPublish: false, photos: [], requestId: `demo-year-${key}` },
      openid,
    );
    w.counts.opinions++;
    return sent.id;
  };

  yield atDay(addDays(to, -16), rng, 'evening');
  const first = await submit(EARLY, '桃花岭片区这两年新建小区多，附近小学学位紧张，孩子只能跨片区上学，希望增加学位或者开通上下学的校车。', 'community-point-1');
  yield atDay(workday(addDays(to, -15)), rng, 'office');
  await w.call('admin', 'assign', { id: first, deputyId: ZHAO.id, note: '联络点暂无工作人员，区人大代表工委分派给赵国庆代表' }, ADMIN);
  yield atDay(workday(addDays(to, -14)), rng, 'office');
  await w.call('deputy', 'accept', { id: first }, ZHAO.openid);
  yield atDay(workday(addDays(to, -10)), rng, 'evening');
  await w.call(
    'deputy',
    'reply',
    { id: first, text: '已向区教育局了解：片区小学明年秋季扩班两个，区里正在研究开通定制公交接送学生，我会继续跟进并告诉您进展。' },
    ZHAO.openid,
  );

  yield atDay(addDays(to, -2), rng, 'evening');
  await submit(LATE, '桃花岭社区周边没有公办幼儿园，私立幼儿园收费太高，希望在新建小区配套里落实公办幼儿园。', 'community-point-2');
}
