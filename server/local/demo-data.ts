/**
 * Demo data for the local run: a real region tree (湖南省 → 长沙市 → 岳麓区 → two 街道, plus
 * the provincial military node), stations with reception schedules, deputies of all five
 * levels, staff and a region admin. Township codes follow the statistical pattern but are
 * illustrative.
 */
import { addDays, beijingParts } from '../../core/beijing-time';
import { createHash } from 'node:crypto';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import type { DepartmentDoc, DeputyDoc, InviteDoc, RegionDoc, StationDoc, UserDoc } from '../model';

export interface Persona {
  openid: string;
  name: string;
  roles: string[];
  note: string;
}

const region = (code: string, name: string, kind: RegionDoc['kind'], parent: RegionDoc | null): RegionDoc => ({
  _id: code,
  name,
  kind,
  parentCode: parent?._id ?? null,
  path: [...(parent?.path ?? []), code],
});

const hunan = region('430000', '湖南省', 'province', null);
const changsha = region('430100', '长沙市', 'city', hunan);
const yuelu: RegionDoc = {
  ...region('430104', '岳麓区', 'county', changsha),
  // The county office's dictionary of places residents name (decision 0036): communities, roads, markets, schools.
  places: [
    '望月湖', '望月湖小区', '望月湖路', '咸嘉湖', '咸嘉湖路', '咸嘉新村', '咸嘉湖公园', '桃花岭', '桃花岭公园', '银盆岭', '银盆南路',
    '金星中路', '金星大道', '岳麓大道', '枫林一路', '枫林二路', '枫林三路', '桐梓坡路', '麓山南路', '麓山路', '溁湾镇', '荣湾镇',
    '西湖公园', '梅溪湖', '观沙岭', '望城坡', '茶子山', '六沟垅', '谷山', '洋湖', '坪塘', '含浦', '莲花镇', '雨敞坪镇',
    '橘子洲', '阜埠河路', '牌楼口', '白鹤咀', '新民路', '河西大学城', '杜鹃路', '湘江中路', '潇湘中路', '猴子石大桥', '银杉路',
    '奥克斯广场', '步步高广场', '通程广场', '王府井', '西二环', '西三环', '岳华路', '佑母塘', '天顶', '学士街道', '东方红镇',
  ],
};
const wangyuehu = region('430104007', '望月湖街道', 'township', yuelu);
const xianjiahu = region('430104010', '咸嘉湖街道', 'township', yuelu);
const military = region('43M000', '湖南省军区', 'military', hunan);

export const DEMO_REGIONS: RegionDoc[] = [hunan, changsha, yuelu, wangyuehu, xianjiahu, military];

const deputy = (
  id: string,
  name: string,
  level: DeputyDoc['level'],
  home: RegionDoc,
  stationCodes: string[],
  specialties: string[],
  bio: string,
  openid?: string,
): DeputyDoc => ({
  _id: id,
  name,
  level,
  homeRegionCode: home._id,
  stationCodes,
  specialties,
  bio,
  photo: `/api/avatars/${id}.svg`,
  ...(openid ? { openid } : {}),
  status: 'active',
  termEnd: '2027-12-31',
  leaves: [],
  lastAssignedAt: 0,
});

export const DEMO_DEPUTIES: DeputyDoc[] = [
  deputy('d-nat-1', '刘建华', 'national', hunan, ['YL01'], ['营商环境', '教育', '就业创业'], '全国人大代表，长期关注民营经济和职业教育。', 'demo-deputy-national'),
  deputy('d-prov-1', '陈秀英', 'provincial', changsha, ['YL01'], ['医疗卫生', '社会保障'], '省人大代表，社区医院院长，关注基层医疗和医保。', 'demo-deputy-provincial'),
  deputy('d-mil-1', '孙立军', 'provincial', military, ['YL01'], ['公共安全'], '省人大代表（解放军），关注双拥和退役军人服务。', 'demo-deputy-military'),
  deputy('d-city-1', '王志强', 'city', yuelu, ['YL01', 'WYH01'], ['交通出行', '城乡建设'], '市人大代表，交通工程师，关注公交线路和道路改造。', 'demo-deputy-city'),
  deputy('d-county-1', '李红梅', 'county', wangyuehu, ['WYH01', 'YL01'], ['住房物业', '城乡建设', '民政养老'], '区人大代表，社区党委书记，关注老旧小区改造和居家养老。', 'demo-deputy-county'),
  deputy('d-county-2', '赵国庆', 'county', xianjiahu, ['XJH01'], ['生态环境', '交通出行'], '区人大代表，关注咸嘉湖水环境和停车难。', 'demo-deputy-county-2'),
  deputy('d-town-1', '周丽', 'township', wangyuehu, ['WYH01'], ['住房物业', '民政养老', '其他'], '街道人大代表，小区业委会主任，关注物业服务。', 'demo-deputy-township'),
  // Not yet bound to WeChat: routing must pass over him and say why.
  deputy('d-town-2', '吴喆', 'township', xianjiahu, ['XJH01'], ['城乡建设', '市场监管'], '街道人大代表，个体经营户，关注农贸市场管理。'),
  // Newly elected, binds with the demo invite code below (a rare character in the name: 镕).
  deputy('d-town-3', '黄镕', 'township', xianjiahu, ['XJH01'], ['教育', '文化体育'], '街道人大代表，中学教师，关注课后服务和社区文体活动。'),
];

/** Stations, with sessions placed relative to the day the demo data is created. */
export function demoStations(now: Date): StationDoc[] {
  const today = beijingParts(now).date;
  const base = { status: 'active' as const, createdAt: now };
  return [
    {
      ...base,
      _id: 'YL01',
      location: { latitude: 28.2351, longitude: 112.9388 },
      name: '岳麓区人大代表联络总站',
      address: '长沙市岳麓区金星中路 268 号区政务服务中心一楼',
      regionCode: yuelu._id,
      regionPath: yuelu.path,
      deputyIds: ['d-nat-1', 'd-prov-1', 'd-mil-1', 'd-city-1', 'd-county-1'],
      schedule: {
        weekly: [
          { id: 'yl-mon', weekday: 1, start: '09:00', end: '11:30', deputyIds: ['d-county-1'] },
          { id: 'yl-fri', weekday: 5, start: '14:30', end: '17:00', deputyIds: ['d-prov-1', 'd-city-1'] },
        ],
        dated: [{ id: 'yl-special', date: addDays(today, 3), start: '09:00', end: '11:30', deputyIds: ['d-nat-1'] }],
        cancelled: [],
      },
    },
    {
      ...base,
      _id: 'WYH01',
      location: { latitude: 28.2029, longitude: 112.9535 },
      name: '望月湖街道人大代表联络站',
      address: '长沙市岳麓区望月湖街道望月湖路 38 号社区服务中心二楼',
      regionCode: wangyuehu._id,
      regionPath: wangyuehu.path,
      deputyIds: ['d-county-1', 'd-town-1', 'd-city-1'],
      schedule: {
        weekly: [
          { id: 'wyh-tue', weekday: 2, start: '09:00', end: '11:30', deputyIds: ['d-town-1', 'd-county-1'] },
          { id: 'wyh-thu', weekday: 4, start: '14:30', end: '17:00', deputyIds: ['d-city-1'] },
        ],
        dated: [],
        cancelled: [{ sessionId: 'wyh-thu', date: nextWeekday(today, 4), reason: '代表参加市人代会，本次接待暂停' }],
      },
    },
    {
      ...base,
      _id: 'XJH01',
      location: { latitude: 28.213, longitude: 112.9283 },
      name: '咸嘉湖街道人大代表联络站',
      address: '长沙市岳麓区咸嘉湖路 120 号街道办事处一楼',
      regionCode: xianjiahu._id,
      regionPath: xianjiahu.path,
      deputyIds: ['d-county-2', 'd-town-2', 'd-town-3'],
      schedule: {
        weekly: [{ id: 'xjh-wed', weekday: 3, start: '09:00', end: '12:00', deputyIds: ['d-county-2', 'd-town-2', 'd-town-3'] }],
        dated: [],
        cancelled: [],
      },
    },
    {
      ...base,
      _id: 'XJH00',
      location: { latitude: 28.2155, longitude: 112.9221 },
      name: '咸嘉湖西社区代表联络点（已撤并）',
      address: '长沙市岳麓区咸嘉湖西路 9 号',
      regionCode: xianjiahu._id,
      regionPath: xianjiahu.path,
      status: 'retired',
      movedTo: 'XJH01',
      deputyIds: [],
      schedule: { weekly: [], dated: [], cancelled: [] },
    },
  ];
}

function nextWeekday(from: string, weekday: number): string {
  for (let i = 0; i < 7; i++) {
    const d = addDays(from, i);
    if (new Date(`${d}T00:00:00Z`).getUTCDay() === weekday) return d;
  }
  return from;
}

const DEMO_ROLES: UserDoc[] = [
  ...DEMO_DEPUTIES.filter((d) => d.openid).map((d) => ({ _id: d.openid!, deputyId: d._id })),
  { _id: 'demo-staff-wyh', staffStationCodes: ['WYH01', 'YL01'] },
  { _id: 'demo-staff-xjh', staffStationCodes: ['XJH01'] },
  { _id: 'demo-admin-yuelu', adminRegionCode: yuelu._id },
];

/** 张女士 has not agreed to the privacy notice yet: her first visit shows it (the browser walks rely on it). */
export const FIRST_VISIT_RESIDENT = 'demo-resident-1';

/** The demo users: roles, and the privacy agreement of every persona but the first-visit resident. */
export function demoUsers(now: Date): UserDoc[] {
  const openids = [...new Set([...DEMO_ROLES.map((u) => u._id), ...DEMO_PERSONAS.map((p) => p.openid)])];
  return openids
    .map((id) => ({
      ...(DEMO_ROLES.find((u) => u._id === id) ?? { _id: id }),
      ...(id === FIRST_VISIT_RESIDENT ? {} : { privacyAgreedAt: now, privacyVersion: PRIVACY_NOTICE_VERSION }),
    }))
    .filter((u) => Object.keys(u).length > 1); // a plain resident who has not agreed needs no document
}

/** A demo invite code for 黄镕 (d-town-3), valid 7 days from when the demo data is created. */
export const DEMO_INVITE_CODE = 'HUANGRONG26';

export const DEMO_PERSONAS: Persona[] = [
  { openid: 'demo-resident-1', name: '居民 张女士', roles: ['resident'], note: '望月湖小区居民（还没有同意隐私保护指引）' },
  { openid: 'demo-resident-2', name: '居民 李先生', roles: ['resident'], note: '咸嘉湖社区居民' },
  ...DEMO_DEPUTIES.filter((d) => d.openid).map((d) => ({
    openid: d.openid!,
    name: `代表 ${d.name}`,
    roles: ['resident', 'deputy'],
    note: `${d.bio.split(',')[0]}；联络站 ${d.stationCodes.join('、')}`,
  })),
  { openid: 'demo-staff-wyh', name: '工作人员 望月湖站', roles: ['resident', 'staff'], note: '负责望月湖站、岳麓总站' },
  { openid: 'demo-staff-xjh', name: '工作人员 咸嘉湖站', roles: ['resident', 'staff'], note: '负责咸嘉湖站' },
  { openid: 'demo-admin-yuelu', name: '岳麓区人大常委会', roles: ['resident', 'admin'], note: '区域管理员（岳麓区）' },
  { openid: 'demo-deputy-new', name: '新任代表 黄镕', roles: ['resident'], note: `尚未绑定：在"我的"里输入邀请码 ${DEMO_INVITE_CODE}` },
];

export const demoInvites = (now: Date): InviteDoc[] => [
  {
    _id: createHash('sha256').update(DEMO_INVITE_CODE).digest('hex'),
    deputyId: 'd-town-3',
    expiresAt: new Date(now.getTime() + 7 * 86_400_000),
    issuedBy: 'demo-staff-xjh',
  },
];

/** The department directory (分级分类) of the demo regions; contacts are placeholders. */
export const DEMO_DEPARTMENTS: DepartmentDoc[] = [
  { _id: 'dept-cs-zj', regionCode: changsha._id, level: 'city', categories: ['城乡建设', '住房物业'], name: '长沙市住房和城乡建设局', contact: '市住建局办公室 0731-0000-0101' },
  { _id: 'dept-yl-zj', regionCode: yuelu._id, level: 'county', categories: ['城乡建设', '住房物业'], name: '岳麓区住房和城乡建设局', contact: '区住建局物业科 0731-0000-0201' },
  { _id: 'dept-yl-jt', regionCode: yuelu._id, level: 'county', categories: ['交通出行'], name: '岳麓区交通运输局', contact: '区交通局 0731-0000-0202' },
  { _id: 'dept-yl-mz', regionCode: yuelu._id, level: 'county', categories: ['民政养老', '社会保障'], name: '岳麓区民政局', contact: '区民政局 0731-0000-0203' },
  { _id: 'dept-wyh-sq', regionCode: wangyuehu._id, level: 'township', categories: ['住房物业', '城乡建设', '民政养老', '其他'], name: '望月湖街道社区建设办公室', contact: '街道社区办 0731-0000-0301' },
  { _id: 'dept-xjh-sq', regionCode: xianjiahu._id, level: 'township', categories: ['住房物业', '城乡建设', '其他'], name: '咸嘉湖街道社区建设办公室', contact: '街道社区办 0731-0000-0302' },
];
