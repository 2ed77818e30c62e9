/** One consent dialog asks for at most 3 templates, and never mixes one-time with long-term ones. */
export const MAX_TEMPLATES_PER_ASK = 3;

export interface TemplateInfo {
  key: string;
  templateId: string;
  title: string;
  longTerm: boolean;
}

/** The templates to ask for in one dialog: the kind of the first one, at most three. */
export function templatesToAsk(templates: readonly TemplateInfo[]): TemplateInfo[] {
  if (templates.length === 0) return [];
  const kind = templates[0].longTerm;
  return templates.filter((t) => t.longTerm === kind).slice(0, MAX_TEMPLATES_PER_ASK);
}

/** What one top-up tap can ask for: one-time templates with the fewest credits, or long-term ones not yet accepted. */
export interface TopUp {
  /** One-time templates, fewest credits first, at most three: each acceptance adds one send. */
  oneTime: TemplateInfo[];
  /** Long-term templates not accepted yet (one acceptance allows every later send). */
  longTerm: TemplateInfo[];
}

/**
 * Deputies and staff top up from their inbox. One dialog may not mix the two kinds, so they
 * are two batches; within the one-time kind the emptiest templates come first, so repeated
 * taps spread the credits over every template instead of piling them on the first three.
 */
export function topUpBatches(templates: readonly TemplateInfo[], credits: Readonly<Record<string, number>>): TopUp {
  const left = (t: TemplateInfo) => credits[t.key] ?? 0;
  const oneTime = templates
    .filter((t) => !t.longTerm)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => left(a.t) - left(b.t) || a.i - b.i)
    .map(({ t }) => t)
    .slice(0, MAX_TEMPLATES_PER_ASK);
  const longTerm = templates.filter((t) => t.longTerm && left(t) < 1).slice(0, MAX_TEMPLATES_PER_ASK);
  return { oneTime, longTerm };
}
