import { MAX_TEMPLATES_PER_ASK, templatesToAsk, topUpBatches, type TemplateInfo } from '../../src/lib/subscribe-batch';

const tmpl = (key: string, longTerm = false): TemplateInfo => ({ key, templateId: `ID_${key}`, title: key, longTerm });
const five = ['a', 'b', 'c', 'd', 'e'].map((k) => tmpl(k));

describe('templatesToAsk', () => {
  it('asks at most three of the first template’s kind', () => {
    expect(templatesToAsk([...five, tmpl('z', true)]).map((t) => t.key)).toEqual(['a', 'b', 'c']);
    expect(templatesToAsk([tmpl('z', true), ...five]).map((t) => t.key)).toEqual(['z']);
    expect(templatesToAsk([])).toEqual([]);
  });
});

describe('topUpBatches', () => {
  it('puts the emptiest one-time templates first, at most three, in config order on ties', () => {
    const { oneTime } = topUpBatches(five, { a: 2, b: 0, c: 5, d: 0, e: 1 });
    expect(oneTime.map((t) => t.key)).toEqual(['b', 'd', 'e']);
    expect(oneTime.length).toBeLessThanOrEqual(MAX_TEMPLATES_PER_ASK);
  });

  it('spreads repeated taps over every template', () => {
    const credits: Record<string, number> = {};
    for (let tap = 0; tap < 5; tap++) {
      for (const t of topUpBatches(five, credits).oneTime) credits[t.key] = (credits[t.key] ?? 0) + 1;
    }
    expect(Object.values(credits).sort()).toEqual([3, 3, 3, 3, 3]);
  });

  it('never mixes kinds, and asks a long-term template only until it is accepted', () => {
    const staff = [tmpl('alert'), tmpl('digest', true)];
    expect(topUpBatches(staff, {})).toEqual({ oneTime: [staff[0]], longTerm: [staff[1]] });
    expect(topUpBatches(staff, { digest: 1 }).longTerm).toEqual([]);
  });
});
