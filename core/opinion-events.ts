/**
 * What an opinion's timeline records: every event's action, one list (PRODUCT.md, "every
 * change an appended event"), and how each reads to the resident and the deputy. A new kind
 * of event is added here first; a missing label is a type error.
 */

export const OPINION_ACTIONS = [
  'submit',
  'enter',
  'route',
  'media_check',
  'release',
  'assign',
  'take',
  'accept',
  'reply',
  'need_info',
  'add_info',
  'message',
  'forward',
  'department_answer',
  'suggestion',
  'handover',
  'resolve',
  'chase',
  'rate',
  'reopen',
  'follow_up',
  'close',
  'withdraw',
  'reject',
  'claim',
  'publish',
  'erase',
  'unpublish',
] as const;
export type OpinionAction = (typeof OPINION_ACTIONS)[number];

/** Shown after who did it ("联络站工作人员 代为登记"). */
export const ACTION_LABELS: Record<OpinionAction, string> = {
  submit: '提交意见',
  enter: '代为登记',
  route: '分派',
  media_check: '图片审核',
  release: '审核通过',
  assign: '分派',
  take: '直接办理',
  accept: '受理',
  reply: '答复',
  need_info: '请您补充情况',
  add_info: '补充情况',
  message: '补充留言',
  forward: '转交部门',
  department_answer: '部门答复',
  suggestion: '转为代表建议',
  handover: '转交其他代表',
  resolve: '办结',
  chase: '催办',
  rate: '评价',
  reopen: '重新办理',
  follow_up: '电话回访',
  close: '归档',
  withdraw: '撤回',
  reject: '不予受理',
  claim: '认领',
  publish: '公开办理结果',
  erase: '删除个人信息',
  unpublish: '撤下公开的办理结果',
};
