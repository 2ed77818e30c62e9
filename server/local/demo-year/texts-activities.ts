/**
 * The text bank: deputies' activities (专题调研, 集中视察, 代表小组活动, 走访) in the demo
 * year, each on a month (1–12) and a day of it; a month the year does not reach is left out.
 * One is corrected afterwards and one saved twice, the second withdrawn (issue 23).
 */
export type ActivityKindCode = 'research' | 'inspection' | 'group' | 'visit';

export interface ActivityText {
  deputyIds: readonly string[];
  kind: ActivityKindCode;
  month: number;
  day: number;
  place: string;
  people: string;
  summary: string;
  /** A photo the deputy attaches. */
  photo?: boolean;
  /** One of the deputies corrects what they recorded a day or two later (修改, issue 23). */
  correction?: { deputyId: string; people: string; summary: string };
  /** One of the deputies saves the form twice by mistake and withdraws the second the next day (撤回). */
  recordedTwice?: string;
}

export const ACTIVITIES: readonly ActivityText[] = [
  { deputyIds: ['d-county-1', 'd-town-1'], kind: 'group', month: 1, day: 15, place: '望月湖街道人大代表联络站', people: '街道代表小组8名代表', summary: '代表小组活动：听取街道办事处关于年度民生实事项目的通报，围绕老旧小区改造、居家养老提出意见建议12条。' },
  { deputyIds: ['d-city-1'], kind: 'research', month: 1, day: 22, place: '岳麓大道沿线公交站点', people: '公交集团、居民代表20人', summary: '围绕岳麓大道沿线公交与地铁接驳开展专题调研，实地察看站点8处，形成问题清单。', photo: true },
  { deputyIds: ['d-prov-1'], kind: 'visit', month: 2, day: 6, place: '银盆岭社区', people: '困难家庭和独居老人6户', summary: '春节前走访困难家庭和独居老人，了解看病就医、医保报销方面的困难，现场协调家庭医生上门。' },
  { deputyIds: ['d-mil-1'], kind: 'visit', month: 2, day: 10, place: '岳麓区退役军人服务中心', people: '退役军人和军属代表15人', summary: '走访退役军人服务中心，座谈优待证办理、就业创业扶持等政策落实情况。' },
  { deputyIds: ['d-county-2'], kind: 'inspection', month: 3, day: 12, place: '咸嘉湖沿岸排口', people: '区生态环境分局、街道相关负责人', summary: '集中视察咸嘉湖水环境治理，察看沿岸排口和截污工程进展，督促汛期前完成雨污分流改造。', photo: true },
  { deputyIds: ['d-nat-1'], kind: 'research', month: 3, day: 20, place: '岳麓区政务服务中心', people: '小微企业主、个体工商户代表18人', summary: '围绕优化营商环境开展专题调研，听取市场主体对“一件事一次办”的意见，形成调研报告。' },
  { deputyIds: ['d-county-1', 'd-town-1'], kind: 'research', month: 4, day: 16, place: '望月湖小区各片区', people: '社区干部、业委会代表和居民30余人', summary: '围绕老旧小区加装电梯开展专题调研，逐栋了解居民意愿和协商难点，提出并联审批等建议。', photo: true,
    correction: { deputyId: 'd-county-1', people: '社区干部、业委会代表和居民36人', summary: '围绕老旧小区加装电梯开展专题调研，逐栋了解居民意愿和协商难点，梳理出资分摊、低楼层补偿等问题7个，提出并联审批等建议。' } },
  { deputyIds: ['d-county-1', 'd-county-2', 'd-town-1'], kind: 'group', month: 5, day: 8, place: '岳麓区人大代表联络总站', people: '区、街道两级代表20名', summary: '“联系群众办实事”主题活动动员部署，各代表小组认领民生实事项目，明确进站接待安排。' },
  { deputyIds: ['d-city-1', 'd-county-2'], kind: 'inspection', month: 5, day: 27, place: '咸嘉湖路、枫林三路', people: '市、区两级代表12名', summary: '集中视察片区道路交通和停车设施建设，察看错时共享停车试点，提出加快立体停车场建设的建议。' },
  { deputyIds: ['d-prov-1'], kind: 'research', month: 6, day: 11, place: '望月湖、银盆岭社区卫生服务中心', people: '医护人员、签约居民25人', summary: '围绕基层慢性病用药保障开展专题调研，了解常用药配备和长期处方落实情况。' },
  { deputyIds: ['d-town-1'], kind: 'visit', month: 6, day: 18, place: '望月湖小区', people: '独居老人12户', summary: '入户走访独居老人，了解助餐、助浴需求，协助3户申请居家养老上门服务。' },
  { deputyIds: ['d-county-2'], kind: 'visit', month: 7, day: 9, place: '咸嘉湖沿岸', people: '晨练居民和环卫工人', summary: '汛期走访咸嘉湖沿岸，察看排口和湖面保洁情况，收集居民意见5条。' },
  { deputyIds: ['d-mil-1'], kind: 'inspection', month: 7, day: 30, place: '岳麓区征兵体检站、双拥服务站', people: '区人武部、退役军人事务局相关负责人', summary: '“八一”前集中视察双拥工作，察看征兵体检和军属优待落实情况。' },
  { deputyIds: ['d-nat-1'], kind: 'visit', month: 8, day: 20, place: '岳麓区职业技术学校', people: '学校负责人、师生代表', summary: '走访职业学校，了解产教融合、学生实习就业情况，就职业教育提出建议。' },
  { deputyIds: ['d-city-1', 'd-county-1'], kind: 'inspection', month: 9, day: 3, place: '望月湖、咸嘉湖片区学校周边', people: '交警、教育部门和家长代表', summary: '开学季集中视察校园周边交通安全，察看护学岗和接送区设置情况。', photo: true },
  { deputyIds: ['d-county-1', 'd-town-1'], kind: 'group', month: 9, day: 17, place: '望月湖街道人大代表联络站', people: '街道代表小组和居民代表', summary: '代表小组活动：听取长者食堂、充电棚等民生实事项目进展通报，现场答复居民提问。', recordedTwice: 'd-county-1' },
  { deputyIds: ['d-county-2'], kind: 'research', month: 10, day: 15, place: '咸嘉湖片区老旧小区', people: '物业、业委会和居民代表16人', summary: '围绕停车难开展专题调研，梳理可挖潜的边角地块，形成关于缓解咸嘉湖片区停车难的建议。' },
  { deputyIds: ['d-prov-1', 'd-nat-1'], kind: 'group', month: 10, day: 28, place: '岳麓区人大代表联络总站', people: '驻区省、全国人大代表', summary: '驻区代表座谈，听取岳麓区“联系群众办实事”主题活动进展情况，交流意见办理经验。' },
  { deputyIds: ['d-town-1'], kind: 'research', month: 11, day: 12, place: '望月湖小区各物业项目', people: '物业企业负责人、业委会主任', summary: '围绕物业服务质量开展专题调研，推动建立物业服务季度测评机制。' },
  { deputyIds: ['d-city-1'], kind: 'visit', month: 11, day: 19, place: '溁湾镇地铁站周边', people: '通勤居民和运维人员', summary: '走访地铁站周边，察看共享单车停放区和公交接驳情况，收集居民意见。' },
  { deputyIds: ['d-mil-1'], kind: 'group', month: 12, day: 2, place: '湖南省军区', people: '驻湘部队省人大代表', summary: '军队代表小组活动：交流联系群众办实事情况，研究退役军人服务保障方面的建议。' },
];
