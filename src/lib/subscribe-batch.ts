/** One consent dialog asks for at most 3 templates, and never mixes one-time with long-term ones. */
export const MAX_TEMPLATES_PER_ASK = 3;

/** WeChat's fail code when the user switched subscription messages off (the main switch). */
export const MAIN_SWITCH_OFF = 20004;

export type TemplateKind = 'oneTime' | 'longTerm';

export interface TemplateInfo {
  key: string;
  templateId: string;
  title: string;
  longTerm: boolean;
}

const ofKind = (kind: TemplateKind) => (t: TemplateInfo) => t.longTerm === (kind === 'longTerm');

/** The templates of one kind to ask for in one dialog, in the order given, at most three. */
export function templatesToAsk(templates: readonly TemplateInfo[], kind: TemplateKind): TemplateInfo[] {
  return templates.filter(ofKind(kind)).slice(0, MAX_TEMPLATES_PER_ASK);
}

/** What one top-up tap can ask for: one-time templates with the fewest credits, or long-term ones not yet accepted. */
export interface TopUp {
  /** One-time templates, fewest credits first, at most three: each acceptance adds one send. */
  oneTime: TemplateInfo[];
  /** Long-term templates not accepted yet (one acceptance allows every later send). */
  longTerm: TemplateInfo[];
}

/**
 * The one-time top-up (an account whose deputy or staff templates are declared one-time). One
 * dialog may not mix the two kinds, so they are two batches; within the one-time kind the
 * emptiest templates come first, so repeated taps spread the credits over every template
 * instead of piling them on the first three.
 */
export function topUpBatches(templates: readonly TemplateInfo[], credits: Readonly<Record<string, number>>): TopUp {
  const left = (t: TemplateInfo) => credits[t.key] ?? 0;
  const oneTime = templates
    .filter(ofKind('oneTime'))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => left(a.t) - left(b.t) || a.i - b.i)
    .map(({ t }) => t)
    .slice(0, MAX_TEMPLATES_PER_ASK);
  const longTerm = templates.filter((t) => t.longTerm && left(t) < 1).slice(0, MAX_TEMPLATES_PER_ASK);
  return { oneTime, longTerm };
}

export type ReminderRole = 'deputy' | 'staff';

/**
 * The reminders of each role, most important first: when a role has more long-term templates
 * than one dialog may ask for, these are asked first. The first is the one the role's work
 * needs (a deputy's new cases, staff's station alerts).
 */
export const REMINDER_PRIORITY: Record<ReminderRole, readonly string[]> = {
  deputy: ['opinion_new', 'deadline_reminder', 'opinion_update'],
  staff: ['staff_alert', 'staff_digest'],
};

/**
 * The long-term reminders one tap asks for: those not on yet, most important first, at most
 * three, never a one-time template.
 */
export function remindersToAsk(items: readonly (TemplateInfo & { on: boolean })[], role: ReminderRole): TemplateInfo[] {
  const order = REMINDER_PRIORITY[role];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return items
    .filter((t) => t.longTerm && !t.on)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t.key) - rank(b.t.key) || a.i - b.i)
    .map(({ t }) => ({ key: t.key, templateId: t.templateId, title: t.title, longTerm: t.longTerm }))
    .slice(0, MAX_TEMPLATES_PER_ASK);
}
