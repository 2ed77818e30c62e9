/**
 * What the similar-opinion benches share (decision 0036): a fresh store of the demo county, and
 * its opinions written as submit writes them (search fields, similarity keys from
 * server/similar/knowledge.ts), with texts composed from places of the county's dictionary,
 * building numbers, things and problems whose frequencies fall off by rank — so that groups form
 * and keys are shared as they would be.
 */
import type { Status } from '../../core/opinion-status';
import { MovableClock } from '../../emulator/clock';
import { createRuntime } from '../../server/local/runtime';
import { seedIfEmpty } from '../../server/local/seed';
import { DEMO_REGIONS, demoStations } from '../../server/local/demo-data';
import type { OpinionDoc } from '../../server/model';
import { searchFieldsOf } from '../../server/opinions/search-fields';
import { namesFor, similarFieldsOf } from '../../server/similar/knowledge';
import type { Rng } from './province-world';

/** A store in `dir` with the product's collections and the demo county (stations, regions, people), closed again; its clock at `now`. */
export async function demoCountyStore(dir: string, now: Date): Promise<MovableClock> {
  const clock = new MovableClock();
  clock.set(now);
  const rt = createRuntime({ dataDir: dir, clock, indexCheck: 'off' });
  try {
    const init = await rt.callAsPlatform('setup', { action: 'init' });
    if (!init.ok) throw new Error(`setup.init refused: ${init.message}`);
    await seedIfEmpty(rt.ports);
  } finally {
    rt.close();
  }
  return clock;
}

const THINGS = ['电梯', '楼道灯', '路灯', '下水道', '垃圾站', '菜市场', '公交站台', '停车位', '人行道', '自来水', '燃气管道', '绿化带', '健身器材', '排水沟', '充电桩', '消防通道', '化粪池', '减速带', '斑马线', '公共厕所'];
const PROBLEMS = ['坏了好久', '经常故障', '堵塞严重', '无人管理', '噪音扰民', '异味很重', '积水严重', '年久失修', '被占用', '漏水', '不亮了', '乱停乱放'];
const WISHES = ['希望尽快维修。', '请相关部门处理。', '建议加强管理。', '请代表帮忙反映。'];

export interface CountyMix {
  /** Prefix of ids, tracking numbers, residents and request ids. */
  prefix: string;
  /** Share of texts naming a place of the dictionary (the others say 我们小区). */
  placeShare: number;
  /** Building numbers 1 to this, on 40 % of named places. */
  buildings: number;
  /** Things named: the first `things` of the list. */
  things: number;
  /** Distinct residents. */
  residents: number;
  status: (r: Rng) => Status;
}

/** A writer of the demo county's opinions: the i-th, received at `createdAt`, at a station drawn from `r`. */
export function countyOpinions(now: Date, r: Rng, mix: CountyMix): (i: number, createdAt: Date) => OpinionDoc {
  const stations = demoStations(now).filter((s) => s.status === 'active');
  const places = DEMO_REGIONS.flatMap((x) => x.places ?? []);
  const names = demoCountyNames(now);
  const things = THINGS.slice(0, mix.things);
  // By rank: the first places and things come up far more often than the last.
  const ranked = <T>(xs: readonly T[]) => xs[Math.min(xs.length - 1, Math.floor(xs.length * r.rand() * r.rand()))]!;
  return (i, createdAt) => {
    const station = stations[r.int(stations.length)]!;
    const place = r.rand() < mix.placeShare ? `${ranked(places)}${r.rand() < 0.4 ? `${1 + r.int(mix.buildings)}栋` : ''}` : '我们小区';
    const text = `${place}${ranked(things)}${PROBLEMS[r.int(PROBLEMS.length)]}，${WISHES[r.int(WISHES.length)]}`;
    const id = i.toString(36).padStart(5, '0');
    const doc = {
      _id: `${mix.prefix}${id}`,
      trackingNo: `${mix.prefix.toUpperCase()}${i}`,
      openid: `${mix.prefix}-res-${r.int(mix.residents).toString(36)}`,
      requestId: `${mix.prefix}-req-${i.toString(36)}`,
      channel: 'qr',
      stationCode: station._id,
      stationName: station.name,
      regionCode: station.regionCode,
      regionPath: station.regionPath,
      category: '城乡建设',
      scope: 'community',
      text,
      anonymous: false,
      allowContact: false,
      consentPublish: r.rand() < 0.5,
      status: mix.status(r),
      flagged: false,
      replies: [],
      timeline: [{ at: createdAt, actor: { role: 'resident' }, action: 'submit', to: 'submitted' }],
      chaseCount: 0,
      reopenCount: 0,
      notifyPending: false,
      notifiedEvents: 1,
      photos: [],
      version: 2,
      createdAt,
      updatedAt: createdAt,
    } as unknown as OpinionDoc;
    return Object.assign(doc, searchFieldsOf(doc), similarFieldsOf(doc, names.get(station._id)!));
  };
}

/** The names each active station of the demo county is profiled with. */
export function demoCountyNames(now: Date): Map<string, string[]> {
  return new Map(demoStations(now).filter((s) => s.status === 'active').map((s) => [s._id, namesFor(s, DEMO_REGIONS.filter((x) => s.regionPath.includes(x._id)))]));
}

/** The median of some timings. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
