/** The text bank: short things people write along the way — withdrawals, ratings, hand-overs, suggestions. */
import type { StationCode } from './problem';

export const WITHDRAW_REASONS: readonly string[] = [
  '物业昨天已经派人修好了，不用再麻烦代表了，谢谢。',
  '和邻居当面协商解决了，撤回这条意见。',
  '选错了联络站，我到家附近的联络站重新提交。',
  '内容写得不够清楚，我整理好情况后重新提交。',
  '社区已经答复并在处理了，先撤回。',
];

export const RATING_COMMENTS = {
  satisfied: [
    '代表第二天就到现场看了，办得很实在，谢谢！',
    '问题解决得很快，给代表和社区的同志点赞。',
    '一直有人跟进，每一步都告诉我们，很满意。',
    '困扰我们好几年的事终于解决了，感谢！',
  ],
  basic: [
    '问题基本解决了，希望以后能保持下去。',
    '处理比较及时，还有一点小尾巴，希望继续跟进。',
    '解释得很清楚，虽然不能马上解决，也理解了。',
  ],
  unsatisfied: [
    '说是修好了，下雨又漏了，问题还在。',
    '只是解释了政策，实际问题没有解决。',
    '拖了太久，回复也比较笼统。',
  ],
} as const;

/** The second 办结说明 after a resident's 不满意 reopened the case. */
export const REOPEN_RESULTS: readonly string[] = [
  '接到居民再次反映后，代表约相关单位再次到现场，对遗留问题逐项整改，并约定一个月后回访。',
  '重新核查发现首次处理不彻底，已督促责任单位返工，整改后由社区和居民共同验收。',
  '代表再次协调相关部门，对居民反映的遗留问题作出书面答复，并明确了后续处理时间表。',
];

/** Why a deputy hands a case to a colleague at the same station. */
export const HANDOVER_REASONS: readonly string[] = [
  '这个问题涉及的片区由该代表长期联系，情况更熟悉，便于跟进。',
  '本人近期外出参加培训，为免耽误办理，请该代表接手跟进。',
  '该问题与该代表正在调研的专题相关，由其统一跟进更合适。',
];

/** How staff begin the text they type for a walk-in, a call, a letter or a visit. */
export const STAFF_ENTRY_NOTES: Record<'walk_in' | 'phone' | 'letter' | 'visit', string> = {
  walk_in: '群众来站反映：',
  phone: '群众来电反映：',
  letter: '群众来信反映：',
  visit: '代表走访时群众反映：',
};

/** 闭会期间代表建议: the deputy, the station, the problem whose cases are merged, and its wording. */
export interface SuggestionTheme {
  key: string;
  deputyId: string;
  station: StationCode;
  problem: string;
  cases: number;
  title: string;
  reasons: string;
  proposals: string;
  /** How the government's answer reads when it comes back (resolved), if it does in the year. */
  answer?: string;
}

export const SUGGESTIONS: readonly SuggestionTheme[] = [
  {
    key: 'elevators',
    deputyId: 'd-county-1',
    station: 'WYH01',
    problem: 'elevator-retrofit',
    cases: 3,
    title: '关于加快望月湖片区老旧小区加装电梯的建议',
    reasons: '望月湖片区多为上世纪八九十年代建成的多层住宅，老年人口占比高，居民加装电梯意愿强烈，但存在低层住户协商难、审批环节多、补贴到位慢等问题。',
    proposals: '一是由街道牵头建立加装电梯协商调解机制；二是推行并联审批，压缩审批时限；三是补贴资金按进度预拨；四是统一招标电梯维保，降低后期费用。',
    answer: '区住建局答复：已将望月湖片区纳入今年加装电梯重点片区，推行“一窗受理、并联审批”，补贴按施工进度分两次拨付；首批12台已开工。',
  },
  {
    key: 'buses',
    deputyId: 'd-city-1',
    station: 'YL01',
    problem: 'bus-route',
    cases: 3,
    title: '关于优化岳麓大道沿线公交接驳地铁的建议',
    reasons: '岳麓大道沿线居住小区密集，部分线路调整后社区到地铁站的接驳距离变长，早高峰公交满载率高，居民出行不便。',
    proposals: '一是开通社区至地铁站的微循环公交；二是早高峰加密班次并设置区间车；三是在地铁出口增设公交换乘指引。',
  },
  {
    key: 'parking',
    deputyId: 'd-county-2',
    station: 'XJH01',
    problem: 'parking',
    cases: 2,
    title: '关于缓解咸嘉湖片区停车难的建议',
    reasons: '咸嘉湖片区老旧小区多，停车位严重不足，车辆占用消防通道现象突出，存在安全隐患。',
    proposals: '一是推动机关、写字楼停车场夜间错时共享；二是利用边角地块建设立体停车设施；三是加强消防通道占用的常态化执法。',
  },
  {
    key: 'medicine',
    deputyId: 'd-prov-1',
    station: 'YL01',
    problem: 'chronic-meds',
    cases: 1,
    title: '关于保障基层医疗机构慢性病常用药供应的建议',
    reasons: '居民反映社区卫生服务机构高血压、糖尿病常用药经常缺货，患者只能到大医院开药，加重了大医院门诊压力。',
    proposals: '一是统一基层与二级以上医院慢病用药目录；二是建立基层短缺药品监测预警；三是推行慢病长期处方。',
    answer: '省卫健委答复：已将基层慢病用药目录与二级医院衔接，建立短缺药品监测哨点，慢病患者可开具最长12周的长期处方。',
  },
];
