import { MAX_TEMPLATES_PER_ASK, remindersToAsk, templatesToAsk, topUpBatches, type TemplateInfo } from '../../src/lib/subscribe-batch';

const tmpl = (key: string, longTerm = false): TemplateInfo => ({ key, templateId: `ID_${key}`, title: key, longTerm });
const five = ['a', 'b', 'c', 'd', 'e'].map((k) => tmpl(k));

describe('templatesToAsk', () => {
  it('asks at most three of the kind asked for, never the other kind', () => {
    expect(templatesToAsk([tmpl('z', true), ...five], 'oneTime').map((t) => t.key)).toEqual(['a', 'b', 'c']);
    expect(templatesToAsk([...five, tmpl('z', true)], 'longTerm').map((t) => t.key)).toEqual(['z']);
    expect(templatesToAsk(five, 'longTerm')).toEqual([]);
    expect(templatesToAsk([], 'oneTime')).toEqual([]);
  });
});

describe('remindersToAsk', () => {
  const item = (key: string, longTerm: boolean, on = false) => ({ ...tmpl(key, longTerm), on });

  it('asks the long-term reminders not on yet, the most important first, at most three', () => {
    const deputy = [item('opinion_update', true), item('opinion_new', true), item('deadline_reminder', true), item('extra', true)];
    expect(remindersToAsk(deputy, 'deputy').map((t) => t.key)).toEqual(['opinion_new', 'deadline_reminder', 'opinion_update']);
    const staff = [item('staff_digest', true), item('staff_alert', true, true)];
    expect(remindersToAsk(staff, 'staff').map((t) => t.key)).toEqual(['staff_digest']);
  });

  it('never asks a one-time template with them, and nothing when all are on', () => {
    const mixed = [item('opinion_new', false), item('opinion_update', true), item('deadline_reminder', true, true)];
    expect(remindersToAsk(mixed, 'deputy').map((t) => t.key)).toEqual(['opinion_update']);
    expect(remindersToAsk([item('staff_alert', true, true)], 'staff')).toEqual([]);
    expect(remindersToAsk(mixed, 'deputy')[0]).toEqual({ key: 'opinion_update', templateId: 'ID_opinion_update', title: 'opinion_update', longTerm: true });
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
