/**
 * The text bank of the category 岳麓区's office adds at the start of the demo year
 * (物业维修基金, to 岳麓区住房和城乡建设局: decision 0035). Kept out of the ordinary flow
 * (bank.ts PROBLEMS): only the cases placed on purpose (designs.ts) use it, all after it exists.
 */
import type { Problem } from './problem';

/** What the office adds: the name, what residents read, the department it goes to, not among the first. */
export const FUND_CATEGORY = {
  name: '物业维修基金',
  hint: '住宅专项维修资金的申请、使用、续筹和账目公开',
  departmentId: 'dept-yl-zj',
  common: false,
} as const;

export const FUND: readonly Problem[] = [
  {
    key: 'maintenance-fund',
    category: FUND_CATEGORY.name,
    stations: ['WYH01', 'XJH01'],
    places: ['望月湖小区2片', '望月湖小区5片', '咸嘉新村', '咸嘉湖路金色家园'],
    texts: [
      '{place}外墙瓷砖脱落、屋面渗水，想用住宅专项维修资金维修，可申请材料交上去三个月了一直没有批复，也不知道卡在哪个环节。',
      '{place}的维修资金账上到底还有多少钱，业主一直看不到明细。现在水泵要换，物业说资金不够要续筹，希望把账目公开清楚。',
    ],
    question: '请问申请是通过物业还是业委会提交的？是哪天交的，有没有拿到受理回执？',
    addition: '是物业在八月底交到街道的，回执在物业那里，业主这边只有表决结果的公示照片。',
    reply: '我已向区住建局维修资金管理部门了解办理进度，同时请物业把申请材料和表决结果在小区公示，有结果第一时间告诉您。',
    results: [
      { kind: 'solved', text: '维修资金使用申请已批复，首期款项已拨付，施工单位已进场维修；物业在单元门口公示了资金使用明细。' },
      { kind: 'explained', text: '已向居民说明维修资金申请须经业主表决并提交完整的预算和施工方案，区住建局已指导物业补齐材料后重新申报。' },
    ],
    forward: {
      to: 'dept-yl-zj',
      note: '请协助查询该小区住宅专项维修资金使用申请的审核进度，并督促公开资金账目。',
      answer: '区住建局：该小区维修资金使用申请材料已补齐，审核通过后十个工作日内拨付；资金余额和使用明细已要求物业在小区公示。',
    },
  },
];
