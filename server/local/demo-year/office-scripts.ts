/**
 * The district office and the platform in the demo year: the office completes its department
 * directory (分级分类) at the start of the year and sets up the “联系群众办实事” campaign; the
 * scheduler's timer runs every morning (deadlines, reminders, escalations, the staff digest,
 * auto-close after 15 days, the counters' reconcile, the outbox).
 */
import { addDays, fromBeijing } from '../../../core/beijing-time';
import type { Category } from '../../../core/vocabulary';
import { LEVELS } from '../../../core/vocabulary';
import { runTick } from '../../scheduler/tick';
import type { Steps } from './case-script';
import { Rng } from './prng';
import { atDay, isWorkday } from './timing';
import { ADMIN, type World } from './world';

const YUELU = '430104';

/** Departments of 岳麓区 the office adds to the directory, by the names the text bank forwards to. */
const NEW_DEPARTMENTS: readonly { ref: string; name: string; categories: Category[]; contact: string }[] = [
  { ref: 'city-management', name: '岳麓区城市管理和综合执法局', categories: ['城乡建设', '生态环境', '交通出行'], contact: '区城管执法局指挥中心 0731-0000-0204' },
  { ref: 'ecology', name: '长沙市生态环境局岳麓分局', categories: ['生态环境'], contact: '岳麓分局环境监察大队 0731-0000-0205' },
  { ref: 'education', name: '岳麓区教育局', categories: ['教育'], contact: '区教育局基础教育科 0731-0000-0206' },
  { ref: 'health', name: '岳麓区卫生健康局', categories: ['医疗卫生'], contact: '区卫健局基层卫生科 0731-0000-0207' },
  { ref: 'market', name: '岳麓区市场监督管理局', categories: ['市场监管', '营商环境'], contact: '区市场监管局投诉举报中心 0731-0000-0208' },
  { ref: 'hrss', name: '岳麓区人力资源和社会保障局', categories: ['就业创业', '社会保障'], contact: '区人社局就业服务中心 0731-0000-0209' },
];

/** On the first working days of the year the office adds the departments residents' problems go to. */
export async function* departmentDirectory(w: World, from: string): Steps {
  const rng = Rng.from('demo-year:departments');
  let day = addDays(from, 1);
  while (!isWorkday(day)) day = addDays(day, 1);
  yield atDay(day, rng, 'desk');
  for (const d of NEW_DEPARTMENTS) {
    const saved = await w.call('admin', 'saveDepartment', { regionCode: YUELU, level: 'county', categories: d.categories, name: d.name, contact: d.contact }, ADMIN);
    w.departments.set(d.ref, saved.id);
  }
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
