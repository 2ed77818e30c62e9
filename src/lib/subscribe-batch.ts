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
