/**
 * Matters deputies do not take up (core/vocabulary.ts: restricted categories and 对代表的意见),
 * as the desk's queue and the case page handle them. The server refuses to assign them to any
 * deputy (server/opinions/casework.ts); staff take them themselves (工作人员直接办理: triage →
 * accepted) and close them with the answer as 已解释说明, so the desk registers them and answers
 * the resident in one step: with where to go (需引导), or with what staff did (涉及代表). The
 * case page's 办结说明 starts from `reply`.
 */
import { ABOUT_DEPUTY_CATEGORY, isRestrictedCategory } from '@core/vocabulary';

export interface StaffOnlyHandling {
  /** The text badge beside the category. */
  tag: string;
  tagClass: string;
  /** What staff read before acting. */
  guidance: string;
  /** The button: registered and answered in one step. */
  action: string;
  /** What the resident reads (staff may change it); empty: staff write it. */
  reply: string;
  placeholder: string;
  done: string;
}

const RESIDENT_REPLY: Record<string, string> = {
  涉法涉诉: '您的意见已登记。人大代表不得干涉具体司法案件，请通过人民法院、人民检察院的申诉或信访等法定渠道反映。',
  招投标等经济活动: '您的意见已登记。人大代表不得干涉招投标等经济活动，请向公共资源交易、市场监管等主管部门反映。',
};

const STAFF_GUIDANCE: Record<string, string> = {
  涉法涉诉: '代表不得干预具体司法案件，不能分派给代表。请登记，并引导居民通过人民法院、人民检察院的申诉、信访等法定渠道反映。',
  招投标等经济活动: '代表不得干预招投标等经济活动，不能分派给代表。请登记，并引导居民向公共资源交易、市场监管等主管部门反映。',
};

/** How the desk handles this category, or undefined when a deputy may take it. */
export function staffOnlyHandling(category: string): StaffOnlyHandling | undefined {
  if (isRestrictedCategory(category)) {
    return {
      tag: '需引导',
      tagClass: 'tag tag--guide',
      guidance: STAFF_GUIDANCE[category] ?? '代表不得干预这类事项，不能分派给代表。请登记，并引导居民到有关部门反映。',
      action: '登记并引导',
      reply: RESIDENT_REPLY[category] ?? '',
      placeholder: '告诉居民应到哪里反映',
      done: '已登记，并已告知居民应通过哪些渠道反映',
    };
  }
  if (category === ABOUT_DEPUTY_CATEGORY) {
    return {
      tag: '涉及代表',
      tagClass: 'tag tag--deputy',
      guidance: '对代表的意见不分派给任何代表，被反映的代表本人也看不到。请工作人员核实后，把处理情况写给居民。',
      action: '登记并答复',
      reply: '',
      placeholder: '写明核实和处理的情况（居民可见）',
      done: '已登记，处理情况已告知居民',
    };
  }
  return undefined;
}
