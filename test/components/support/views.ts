/** Object mothers for what the functions answer (core/contract/views), typed by the contract. */
import type { Answer } from '../../../core/contract/functions';
import { HANDOVER_STATUSES, isAllowed, type Status } from '../../../core/opinion-status';
import { regionCategories } from '../../../core/categories';

type Station = Answer<'station', 'get'>;
type Deputy = Station['deputies'][number];

/** A station's categories as station.get answers them: the provincial defaults, and `added` (name and hint) as a region added them. */
export function stationCategories(added: { name: string; hint: string; common?: boolean }[] = []): Station['categories'] {
  const docs = added.map((a) => ({ name: a.name, hint: a.hint, common: Boolean(a.common), regionCode: '430104', status: 'active' as const }));
  return regionCategories(['430000', '430100', '430104'], docs).map(({ name, hint, common, staffOnly }) => ({ name, ...(hint ? { hint } : {}), common, staffOnly }));
}
type OpinionDetail = Answer<'opinion', 'detail'>;
type DeputyDetail = Answer<'deputy', 'detail'>;

export function aDeputy(overrides: Partial<Deputy> = {}): Deputy {
  return {
    id: 'd-county-1',
    name: '李红梅',
    level: 'county',
    levelLabel: '县（市区）',
    title: '岳麓区人大代表',
    bio: '社区卫生服务中心主任，关注医疗养老。',
    photo: '/static/deputies/d-county-1.svg',
    photoAlt: '李红梅代表的照片',
    onLeave: false,
    onDutyNow: false,
    specialties: ['医疗卫生', '民政养老'],
    contact: { kind: 'none', text: '' },
    ...overrides,
  };
}

export function aStation(overrides: Partial<Station> = {}): Station {
  return {
    code: 'WYH01',
    name: '望月湖街道人大代表联络站',
    address: '望月湖街道办事处一楼',
    region: { code: '430104001', name: '望月湖街道', fullName: '湖南省 长沙市 岳麓区 望月湖街道' },
    retired: false,
    today: [],
    upcoming: [
      {
        date: '2026-11-27',
        weekdayLabel: '周五',
        start: '09:00',
        end: '11:30',
        cancelled: false,
        deputies: [{ id: 'd-county-1', name: '李红梅', onLeave: false }],
      },
    ],
    deputies: [aDeputy(), aDeputy({ id: 'd-town-1', name: '王建国', level: 'township', levelLabel: '乡镇', title: '望月湖街道人大代表', onLeave: true, photoAlt: '王建国代表的照片' })],
    categories: stationCategories(),
    ...overrides,
  };
}

export function aSubmitResult(overrides: Partial<Answer<'opinion', 'submit'>> = {}): Answer<'opinion', 'submit'> {
  return {
    id: 'op-1',
    trackingNo: '430104-20261125-0001',
    status: 'assigned',
    statusLabel: '待代表受理',
    duplicate: false,
    // The resident's answer says where it went, not why (server/opinions/views/submit-result.ts).
    routing: { rule: 'specialty', reason: '已转给李红梅代表（岳麓区人大代表）' },
    assignee: { name: '李红梅', title: '岳麓区人大代表' },
    acceptBy: { dueAt: '2026-11-30T15:59:59.000Z', workingDays: 3 },
    ...overrides,
  };
}

export function anOpinionDetail(overrides: Partial<OpinionDetail> = {}): OpinionDetail {
  return {
    id: 'op-1',
    trackingNo: '430104-20261125-0001',
    category: '住房物业',
    status: 'assigned',
    statusLabel: '待代表受理',
    stationName: '望月湖街道人大代表联络站',
    excerpt: '小区电梯经常故障',
    createdAt: '2026-11-25T01:30:00.000Z',
    updatedAt: '2026-11-25T01:30:00.000Z',
    text: '小区电梯经常故障，老人上下楼困难。',
    scope: 'community',
    scopeLabel: '本村/社区',
    channel: 'qr',
    anonymous: false,
    stationCode: 'WYH01',
    assignee: { name: '李红梅', levelLabel: '县（市区）', title: '岳麓区人大代表' },
    replies: [],
    timeline: [
      { at: '2026-11-25T01:30:00.000Z', action: 'submit', actionLabel: '提交意见', actorLabel: '居民' },
      { at: '2026-11-25T01:30:00.000Z', action: 'route', actionLabel: '分派给代表', actorLabel: '系统', from: 'submitted', to: 'assigned' },
    ],
    photos: [],
    can: { withdraw: true, addInfo: false, chase: false, rate: false },
    ...overrides,
  };
}

export function aDeputyDetail(overrides: Partial<DeputyDetail> = {}): DeputyDetail {
  const status = overrides.status ?? 'assigned';
  const may = (to: Status) => isAllowed(status, to, 'deputy');
  return {
    // The deputy reads the working words (已分派) and the level as stored.
    ...anOpinionDetail({ statusLabel: '已分派', assignee: { name: '李红梅', levelLabel: '县（市区）' } }),
    resident: { anonymous: false },
    routing: { rule: 'chosen', reason: '居民选择了李红梅代表', notes: [] },
    chaseCount: 0,
    // What the server would allow in this status (server/opinions/deputy-work.ts).
    deputyCan: {
      accept: may('accepted'),
      reply: may('replied'),
      replyAgain: status === 'replied',
      needInfo: may('need_info'),
      forward: may('forwarded'),
      departmentAnswer: false,
      suggest: may('suggestion'),
      handover: HANDOVER_STATUSES.includes(status),
      resolve: may('resolved'),
    },
    overdue: false,
    replyFlags: [],
    ...overrides,
  };
}

export function aMe(overrides: Partial<Answer<'user', 'me'>> = {}): Answer<'user', 'me'> {
  return { identified: true, privacyAgreed: true, roles: ['resident'], staffStations: [], ...overrides };
}

/** Three one-time templates, as config would give them. */
export function someTemplates(): Answer<'subscription', 'templates'> {
  return {
    templates: [
      { key: 'opinion_accepted', templateId: 'tmpl-accepted', title: '意见受理通知', longTerm: false },
      { key: 'opinion_need_info', templateId: 'tmpl-need-info', title: '补充材料提醒', longTerm: false },
      { key: 'opinion_result', templateId: 'tmpl-result', title: '办理结果通知', longTerm: false },
    ],
    smsAvailable: false,
  };
}

type Reminders = Answer<'subscription', 'reminders'>;

/** A deputy's reminders as config declares them (long-term), all off unless overridden. */
export function someReminders(overrides: Partial<Reminders> = {}): Reminders {
  const item = (key: string, title: string) => ({ key, templateId: `LOCAL_TMPL_${key.toUpperCase()}`, title, longTerm: true, on: false });
  return {
    role: 'deputy',
    reach: { reachable: false, label: '未开启提醒' },
    items: [item('opinion_new', '新意见待受理提醒'), item('opinion_update', '意见动态提醒'), item('deadline_reminder', '办理期限提醒')],
    ...overrides,
  };
}
