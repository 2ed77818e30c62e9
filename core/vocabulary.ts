/** The words the whole product shares (PRODUCT.md, "Words the whole product shares"). */

export const LEVELS = ['national', 'provincial', 'city', 'county', 'township'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  national: '全国',
  provincial: '省',
  city: '市（州）',
  county: '县（市区）',
  township: '乡镇',
};

export const SCOPES = ['community', 'township', 'county', 'city', 'province', 'national'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_LABELS: Record<Scope, string> = {
  community: '本村/社区',
  township: '本乡镇/街道',
  county: '本县区',
  city: '本市',
  province: '全省',
  national: '全国',
};
export const DEFAULT_SCOPE: Scope = 'community';

/** Deputies of these levels fit a problem of this scope (routing rule 4). */
export const LEVELS_FOR_SCOPE: Record<Scope, readonly Level[]> = {
  community: ['township', 'county'],
  township: ['township', 'county'],
  county: ['county'],
  city: ['city'],
  province: ['provincial', 'national'],
  national: ['provincial', 'national'],
};

export const ABOUT_DEPUTY_CATEGORY = '对代表的意见';
export const RESTRICTED_CATEGORIES = ['涉法涉诉', '招投标等经济活动'] as const;

/**
 * The provincial defaults (PRODUCT.md's starting list): every region has them, and their
 * meanings are fixed — restricted ones and 对代表的意见 included. A region office adds its own
 * (core/categories.ts, server/categories/): a region's categories are these and those added
 * by the regions on its path.
 */
export const CATEGORIES = [
  '城乡建设',
  '交通出行',
  '生态环境',
  '教育',
  '医疗卫生',
  '社会保障',
  '就业创业',
  '住房物业',
  '农业农村',
  '市场监管',
  '公共安全',
  '民政养老',
  '文化体育',
  '营商环境',
  ...RESTRICTED_CATEGORIES,
  ABOUT_DEPUTY_CATEGORY,
  '其他',
] as const;
export type DefaultCategory = (typeof CATEGORIES)[number];
/** A category's name: a default, or one a region added (core/categories.ts). */
export type Category = string;

export function isRestrictedCategory(category: string): boolean {
  return (RESTRICTED_CATEGORIES as readonly string[]).includes(category);
}

/** Categories that never go to a deputy as a request: restricted ones and opinions about a deputy. */
export function goesToStaffOnly(category: string): boolean {
  return isRestrictedCategory(category) || category === ABOUT_DEPUTY_CATEGORY;
}

/** What the resident reads before submitting, and on the opinion afterwards. */
export const CATEGORY_GUIDANCE: Record<string, string> = {
  涉法涉诉:
    '人大代表不得干涉具体司法案件。您的意见将交工作人员登记，并引导您通过人民法院、人民检察院的申诉、信访等法定渠道反映。',
  招投标等经济活动:
    '人大代表不得干涉招投标等经济活动。您的意见将交工作人员登记，并引导您向公共资源交易、市场监管等主管部门反映。',
  [ABOUT_DEPUTY_CATEGORY]: '对代表的意见由联络站工作人员直接处理，不会转给被反映的代表本人。',
};

export const CHANNELS = ['qr', 'walk_in', 'phone', 'letter', 'visit'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  qr: '扫码',
  walk_in: '现场',
  phone: '电话',
  letter: '来信',
  visit: '走访',
};

export const REGION_KINDS = ['province', 'city', 'county', 'township', 'military'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const ROLES = ['resident', 'deputy', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  deputy: '人大代表',
  staff: '工作人员',
  admin: '区域管理员',
};
