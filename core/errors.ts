/**
 * Stable error codes a person can look up, each with the Chinese message the user sees.
 * Codes never change meaning; add new ones at the end of their group.
 */
export const ERRORS = {
  // the call itself
  BAD_REQUEST: '请求格式不正确',
  UNKNOWN_FUNCTION: '请求的服务不存在',
  UNKNOWN_ACTION: '请求的操作不存在',
  INVALID_PAYLOAD: '提交的内容不正确',
  // who is calling
  LOGIN_REQUIRED: '请在微信中打开小程序后再操作',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_YOUR_OPINION: '这条意见不由您办理',
  NOT_YOUR_STATION: '这个联络站不由您负责',
  OUT_OF_REGION: '超出您管辖的地区',
  PRIVACY_NOT_AGREED: '请先阅读并同意《代表联络站隐私保护指引》',
  PLATFORM_ONLY: '此操作只接受微信平台的调用',
  // what is asked for
  NOT_FOUND: '没有找到相关内容',
  STATION_NOT_FOUND: '没有找到这个联络站，请确认二维码是否正确',
  STATION_RETIRED: '该联络站已撤并，请到新的联络站反映意见',
  OPINION_NOT_FOUND: '没有找到这条意见',
  DEPUTY_NOT_FOUND: '没有找到这位代表',
  REGION_NOT_FOUND: '没有找到这个地区',
  DEPARTMENT_NOT_FOUND: '所选部门不在本地区的部门目录中，请重新选择',
  TEMPLATE_NOT_FOUND: '没有找到这条答复模板',
  SUGGESTION_NOT_FOUND: '没有找到这件代表建议',
  // what the table or the rules refuse
  TRANSITION_NOT_ALLOWED: '当前状态下不能进行此操作',
  CONFLICT: '意见状态刚刚发生了变化，请刷新后重试',
  TEXT_REFUSED: '内容含有不适宜发布的信息，请修改后再提交',
  RATE_LIMITED: '提交过于频繁，请稍后再试',
  CHASE_TOO_EARLY: '办理期限未到或刚催办过，暂时不能催办',
  CLAIM_FAILED: '查询编号或登记电话不正确',
  ALREADY_CLAIMED: '这条意见已经被认领',
  SCHEDULE_INVALID: '接待安排有误，请检查时间',
  STATION_CODE_TAKEN: '联络站编号已被使用，请换一个',
  BATCH_TOO_LARGE: '一次生成的海报太多，请按下级地区分批生成',
  DEPUTY_UNAVAILABLE: '这位代表目前不能接收分派',
  NOT_PUBLISHABLE: '居民未同意公开或意见尚未办结，不能公开',
  INVITE_INVALID: '邀请码不正确，请核对后重新输入',
  INVITE_USED: '邀请码已被使用，请联系联络站工作人员重新发放',
  INVITE_EXPIRED: '邀请码已过期（有效期7天），请联系联络站工作人员重新发放',
  DEPUTY_ALREADY_BOUND: '该代表身份已绑定其他微信，换绑请联系联络站工作人员',
  ALREADY_A_DEPUTY: '您的微信已绑定代表身份，无需再次绑定',
  HANDOVER_NOT_ALLOWED: '不能转交给这位代表，请选择本站其他在任代表',
  NOT_FORWARDED: '这条意见没有转交部门，不能登记部门答复',
  CHECKIN_WRONG_STATION: '您现在的接待安排不在这个联络站，请扫描所在联络站的二维码',
  CHECKIN_OUTSIDE_SESSION: '现在不在您的接待时段内，不能签到',
  LEAVE_INVALID: '请假日期不正确：结束日期不能早于开始日期，且不能早于今天',
  ROSTER_FILE_REFUSED: '代表名册文件无法导入：只能导入不含宏的表格文件',
  ROSTER_COLUMNS_WRONG: '名册的列不正确，请按模板填写',
  ROSTER_TOO_MANY_ROWS: '名册行数超过一次导入的上限，请分批导入',
  ROSTER_BATCH_CLOSED: '这批名册已经激活或已放弃，不能再操作',
  ROSTER_NOTHING_VALID: '这批名册没有可以导入的行',
  ROSTER_STALE: '名册暂存后情况有变（代表已在册或联络站已撤并），请重新上传名册',
  CAMPAIGN_PERIOD_INVALID: '活动期间不正确：结束日期不能早于开始日期',
  CAMPAIGN_NOT_FOUND: '没有找到这个主题活动',
  PERIOD_INVALID: '统计期间不正确',
  EXPORT_TOO_LARGE: '符合条件的意见太多，请缩小导出范围',
  PHOTO_REVIEW_GONE: '这张照片已经审核过，或代表已换了新照片，请刷新',
  PDF_CHARACTER_UNSUPPORTED: '文字含有字库不支持的字符，无法生成文档，请修改后再试',
  CLAIM_LOCKED: '认领尝试次数过多，已暂停认领，请明天再试或联系登记的联络站工作人员解除',
  NOT_CLAIMABLE: '这条意见没有可认领的登记电话，或已经被认领',
  DEPARTMENT_LEVEL_MISMATCH: '部门级别应与所在地区一致',
  UPLOAD_NOT_YOURS: '照片或文件不存在，或不是您上传的，请重新上传',
  UPLOAD_KIND_WRONG: '这个文件不是作为照片上传的，只能附上照片',
  IMAGE_INVALID: '图片文件不完整或不是照片格式，请换一张照片重新上传',
  CURSOR_INVALID: '列表已更新，请从头重新加载',
  SMS_NEEDS_PHONE: '选择短信提醒时请填写手机号码',
  SMS_PHONE_NOT_MOBILE: '短信提醒只能发到手机，请填写11位手机号码',
  SMS_PHONE_OFFICE_ONLY: '短信备用提醒供代表和工作人员设置；居民可在提交意见时选择短信提醒',
  TEMPLATE_TITLE_TAKEN: '已有同名的答复模板，请换一个名称',
  MESSAGE_USE_ADD_INFO: '代表正在请您补充情况，请在“补充情况”里填写',
  MESSAGE_NOT_OPEN: '这条意见现在不能留言',
  CATEGORY_UNKNOWN: '所选意见类别不在本地区的类别中，请重新选择',
  CATEGORY_NAME_TAKEN: '已有同名的意见类别，请换一个名称',
  ACTIVITY_AUTOMATIC: '签到自动记录的接待活动不能修改或撤回',
  ACTIVITY_WITHDRAWN: '这条履职活动已撤回，不能再修改',
  ACTIVITY_LOCKED: '这条履职活动已超过可以修改或撤回的期限',
  ACTIVITY_CHANGED: '这条履职活动刚刚被修改过，请刷新后重试',
  MERGE_COUNT: '合并办理需要选择2至50件意见',
  MERGE_NOT_ALLOWED: '这条意见现在不能合并办理',
  MERGE_COUNTIES: '不同区县的意见不能合并为一件汇总件',
  MERGED_SOURCE: '这条意见已合并到汇总件办理，请在汇总件上操作',
  MERGED_PARENT: '汇总件不能进行此操作',
  NOT_MERGED: '这条意见不在这件汇总件中',
  UNMERGE_TOO_LATE: '部门已答复或汇总件已办结，不能再撤出合并',
  SIMILAR_TEXT_SHORT: '再多写几个字，才能查找附近居民反映过的类似问题',
  SECOND_OWN: '这是您自己提交的意见，不需要附议',
  SECOND_NOT_ALLOWED: '这件意见现在不能附议',
  SECOND_CLOSED: '这件意见已经办结或不再办理，不能附议，您可以提交自己的意见',
  // the platform
  COLLECTION_MISSING: '数据集合不存在，请先运行初始化',
  CONFIG_MISSING: '服务配置不完整，暂时无法使用，请联系管理员',
  QR_CODE_FAILED: '生成小程序码失败，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
  LIST_TOO_LONG: '要读取的数据超过单次上限，请缩小范围后重试',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** A refusal the caller can act on. Handlers throw it; the dispatcher answers it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly detail?: string;

  constructor(code: ErrorCode, userMessage?: string, detail?: string) {
    super(`${code}: ${detail ?? userMessage ?? ERRORS[code]}`);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage ?? ERRORS[code];
    this.detail = detail;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
