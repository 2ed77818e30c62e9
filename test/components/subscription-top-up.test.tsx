import { act, fireEvent, render, screen } from '@testing-library/react';
import { SubscriptionTopUp } from '../../src/components/subscription-top-up';
import { taroTest } from './stubs/taro';
import { fakeFunctions, ok, restoreTransport } from './support/fake-transport';

afterEach(restoreTransport);

const tmpl = (key: string, title: string, longTerm = false) => ({ key, templateId: `ID_${key}`, title, longTerm });
const deputyTemplates = [tmpl('opinion_new', '新意见待受理提醒'), tmpl('opinion_update', '意见动态提醒'), tmpl('deadline_reminder', '办理期限提醒')];

/** Taps a button in the simulated consent dialog the H5 build draws for requestSubscribeMessage. */
const answerDialog = async (label: '允许' | '取消') => {
  const dialog = document.querySelector('.sim-subscribe');
  expect(dialog).not.toBeNull();
  const button = Array.from(dialog!.querySelectorAll('button')).find((b) => b.textContent === label);
  await act(async () => button!.click());
};

describe('消息提醒 top-up', () => {
  it('shows what each reminder has left, asks for the empty ones in one tap and shows the new balance', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'subscription.templates': ok({ templates: deputyTemplates }),
      'subscription.credits': [ok({ credits: { opinion_update: 2 } }), ok({ credits: { opinion_new: 1, opinion_update: 2, deadline_reminder: 1 } })],
      'subscription.grant': ok({ credits: { opinion_new: 1, opinion_update: 2, deadline_reminder: 1 } }),
    });
    render(<SubscriptionTopUp audience='deputy' />);
    expect(await screen.findByText('剩余 2 次')).toBeTruthy();
    expect(screen.getAllByText('剩余 0 次')).toHaveLength(2);
    fireEvent.click(screen.getByText('补充提醒次数(每次最多3项)'));
    await answerDialog('允许');
    expect(await screen.findByText('已增加 3 项提醒')).toBeTruthy();
    const granted = fake.callsTo('subscription.grant')[0].payload.results;
    expect(Object.keys(granted)).toEqual(['opinion_new', 'deadline_reminder', 'opinion_update']);
    expect(Object.values(granted).every((r) => r === 'accept')).toBe(true);
    expect(fake.callsTo('subscription.credits')).toHaveLength(2);
    expect(screen.getAllByText('剩余 1 次')).toHaveLength(2);
  });

  it('asks long-term templates on their own, and records a refusal as nothing added', async () => {
    taroTest.reset();
    const fake = fakeFunctions({
      'subscription.templates': ok({ templates: [tmpl('staff_alert', '待办提醒'), tmpl('staff_digest', '每日汇总', true)] }),
      'subscription.credits': ok({ credits: { staff_alert: 3 } }),
      'subscription.grant': ok({ credits: { staff_alert: 3 } }),
    });
    render(<SubscriptionTopUp audience='staff' />);
    expect(await screen.findByText('未开启')).toBeTruthy();
    fireEvent.click(screen.getByText('开启长期提醒'));
    await answerDialog('取消');
    expect(await screen.findByText('未增加提醒')).toBeTruthy();
    expect(fake.callsTo('subscription.grant')[0].payload).toEqual({ results: { staff_digest: 'reject' } });
  });
});
