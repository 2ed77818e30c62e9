/** WeChat's side of subscription consent, as the local stand-in keeps it: refusals, kinds, settings. */
import { LocalWxSubscriptions } from '../../emulator/openapi/wx-subscriptions';
import { SqliteStore } from '../../emulator/sqlite-store';
import { TEMPLATES, type TemplateConfig } from '../../server/config/templates';

const NOW = new Date('2026-12-01T02:00:00Z');
const ME = 'o-me';
const id = (k: keyof typeof TEMPLATES) => TEMPLATES[k].templateId;

function standIn(templates: Record<string, TemplateConfig> = TEMPLATES) {
  const store = new SqliteStore(':memory:');
  return { wx: new LocalWxSubscriptions(store, () => templates), store };
}

describe('requests WeChat refuses before any dialog', () => {
  test('one-time and long-term ids in one request: 20002, nothing recorded', () => {
    const { wx } = standIn();
    const r = wx.request(ME, [id('opinion_new'), id('opinion_progress')], 'accept', NOW);
    expect(r).toMatchObject({ ok: false, errCode: 20002 });
    expect(wx.grantsOf(ME)).toEqual([]);
    expect(wx.mayDeliver(ME, TEMPLATES.opinion_new)).toBe(false);
    expect(wx.mayDeliver(ME, TEMPLATES.opinion_progress)).toBe(false);
  });

  test('more than 3 ids: 20003; none: 10001; an id not of the app: 20001', () => {
    const { wx } = standIn();
    const four = [id('opinion_new'), id('opinion_update'), id('deadline_reminder'), id('staff_alert')];
    expect(wx.request(ME, four, 'accept', NOW)).toMatchObject({ ok: false, errCode: 20003 });
    expect(wx.request(ME, [], 'accept', NOW)).toMatchObject({ ok: false, errCode: 10001 });
    expect(wx.request(ME, ['NOT_OURS'], 'accept', NOW)).toMatchObject({ ok: false, errCode: 20001 });
    expect(wx.grantsOf(ME)).toEqual([]);
  });

  test('the main switch off: 20004, and nothing is delivered whatever was granted', () => {
    const { wx } = standIn();
    expect(wx.request(ME, [id('opinion_new')], 'accept', NOW)).toMatchObject({ ok: true });
    wx.setMainSwitch(ME, false);
    expect(wx.request(ME, [id('opinion_new')], 'accept', NOW)).toMatchObject({ ok: false, errCode: 20004 });
    expect(wx.mayDeliver(ME, TEMPLATES.opinion_new)).toBe(false);
    expect(wx.settings(ME).mainSwitch).toBe(false);
    wx.setMainSwitch(ME, true);
    expect(wx.mayDeliver(ME, TEMPLATES.opinion_new)).toBe(true);
  });

  test('two templates with the same title in one request: the second is filtered', () => {
    const twin = { ...TEMPLATES.opinion_update, templateId: 'TWIN_ID', title: TEMPLATES.opinion_new.title };
    const { wx } = standIn({ ...TEMPLATES, twin } as Record<string, TemplateConfig>);
    const r = wx.request(ME, [id('opinion_new'), 'TWIN_ID'], 'accept', NOW);
    expect(r).toEqual({ ok: true, results: { [id('opinion_new')]: 'accept', TWIN_ID: 'filter' } });
  });
});

describe('what an acceptance is worth', () => {
  test('one-time: one message per acceptance', () => {
    const { wx } = standIn();
    wx.request(ME, [id('opinion_progress')], 'accept', NOW);
    wx.request(ME, [id('opinion_progress')], 'accept', NOW);
    for (let i = 0; i < 2; i++) {
      expect(wx.mayDeliver(ME, TEMPLATES.opinion_progress)).toBe(true);
      wx.consume(ME, TEMPLATES.opinion_progress, NOW);
    }
    expect(wx.mayDeliver(ME, TEMPLATES.opinion_progress)).toBe(false);
  });

  test('long-term: a standing grant, until the user turns it off in the settings page', () => {
    const { wx } = standIn();
    expect(wx.request(ME, [id('opinion_new'), id('opinion_update'), id('deadline_reminder')], 'accept', NOW)).toMatchObject({ ok: true });
    for (let i = 0; i < 50; i++) {
      expect(wx.mayDeliver(ME, TEMPLATES.opinion_new)).toBe(true);
      wx.consume(ME, TEMPLATES.opinion_new, NOW);
    }
    // The settings page lists the long-term grants; turning one off ends it alone.
    expect(wx.settings(ME).itemSettings).toEqual({ [id('opinion_new')]: 'accept', [id('opinion_update')]: 'accept', [id('deadline_reminder')]: 'accept' });
    expect(wx.setItem(ME, id('opinion_new'), false, NOW)).toBe(true);
    expect(wx.mayDeliver(ME, TEMPLATES.opinion_new)).toBe(false);
    expect(wx.mayDeliver(ME, TEMPLATES.deadline_reminder)).toBe(true);
    expect(wx.settings(ME).itemSettings[id('opinion_new')]).toBe('reject');
    // Turned on again: it stands again.
    wx.setItem(ME, id('opinion_new'), true, NOW);
    expect(wx.mayDeliver(ME, TEMPLATES.opinion_new)).toBe(true);
  });

  test('a refusal in the dialog ends a long-term grant; only listed templates can be flipped', () => {
    const { wx } = standIn();
    wx.request(ME, [id('staff_alert')], 'accept', NOW);
    wx.request(ME, [id('staff_alert')], 'reject', NOW);
    expect(wx.mayDeliver(ME, TEMPLATES.staff_alert)).toBe(false);
    expect(wx.setItem(ME, id('opinion_progress'), true, NOW)).toBe(false);
  });

  test('a one-time choice kept ("总是保持以上选择") answers later requests without asking', () => {
    const { wx } = standIn();
    wx.request(ME, [id('opinion_result')], 'reject', NOW, true);
    expect(wx.request(ME, [id('opinion_result')], 'accept', NOW)).toEqual({ ok: true, results: { [id('opinion_result')]: 'reject' } });
    expect(wx.mayDeliver(ME, TEMPLATES.opinion_result)).toBe(false);
    expect(wx.settings(ME).itemSettings).toEqual({ [id('opinion_result')]: 'reject' });
  });
});
