/**
 * The native privacy popup (src/native/privacy-popup), loaded as WeChat would load it, with
 * miniprogram-simulate: what it renders, and what it emits on agree / disagree.
 */
import path from 'node:path';
import * as simulate from 'miniprogram-simulate';
import { PRIVACY_CONTRACT_NAME, PRIVACY_SUMMARY, PRIVACY_TITLE } from '../../../src/lib/privacy-notice';

const COMPONENT = path.resolve(__dirname, '../../../src/native/privacy-popup/index');
// Loaded once, as WeChat registers a component once; each test renders a fresh instance.
const id = simulate.load(COMPONENT);

function mount(props: Record<string, unknown>) {
  const comp = simulate.render(id, props);
  comp.attach(document.createElement('parent-wrapper'));
  const events: { name: string; detail: unknown }[] = [];
  // j-component's addEventListener is missing from the package's typings.
  const listen = comp as unknown as { addEventListener: (name: string, handler: (e: { detail: unknown }) => void) => void };
  for (const name of ['agree', 'disagree', 'opencontract']) {
    listen.addEventListener(name, (e: { detail: unknown }) => events.push({ name, detail: e.detail }));
  }
  return { comp, events };
}

/** The attributes the template gave a node (the simulated DOM does not carry unknown ones). */
const attrs = (node: { toJSON: () => unknown }) =>
  Object.fromEntries(((node.toJSON() as { attrs: { name: string; value: unknown }[] }).attrs ?? []).map((a) => [a.name, a.value]));

/** j-component delivers events on the next tick. */
const settle = () => simulate.sleep(0);

const text = (comp: ReturnType<typeof simulate.render>) => comp.dom?.textContent ?? '';

describe('native privacy popup (miniprogram-simulate)', () => {
  const props = { show: true, title: PRIVACY_TITLE, summary: PRIVACY_SUMMARY, contract: PRIVACY_CONTRACT_NAME };

  it('renders nothing while hidden', () => {
    const { comp } = mount({ ...props, show: false });
    expect(comp.querySelector('.mask')).toBeUndefined();
    expect(text(comp)).not.toContain(PRIVACY_TITLE);
  });

  it('shows the title, the summary, a link to the full guide and both choices', () => {
    const { comp } = mount(props);
    expect(comp.querySelector('.title')?.dom?.textContent).toBe(PRIVACY_TITLE);
    expect(comp.querySelector('.text')?.dom?.textContent).toBe(PRIVACY_SUMMARY);
    expect(comp.querySelector('.link')?.dom?.textContent).toBe(`查看${PRIVACY_CONTRACT_NAME}`);
    expect(comp.querySelector('#privacy-disagree')?.dom?.textContent).toBe('不同意');
    expect(comp.querySelector('#privacy-agree')?.dom?.textContent).toBe('同意并继续');
  });

  it('agrees only through the agreePrivacyAuthorization button, and says which button', async () => {
    const { comp, events } = mount(props);
    const agree = comp.querySelector('#privacy-agree')!;
    // WeChat requires this open-type for the agreement to count on its side.
    expect(attrs(agree).openType).toBe('agreePrivacyAuthorization');
    expect(Object.keys((agree.toJSON() as { event: object }).event)).toEqual(['agreeprivacyauthorization']);
    agree.dispatchEvent('tap'); // a plain tap is not the platform's agreement event
    await settle();
    expect(events).toEqual([]);
    agree.dispatchEvent('agreeprivacyauthorization');
    await settle();
    expect(events).toEqual([{ name: 'agree', detail: { buttonId: 'privacy-agree' } }]);
  });

  it('emits disagree on 不同意, and nothing else', async () => {
    const { comp, events } = mount(props);
    comp.querySelector('#privacy-disagree')!.dispatchEvent('tap');
    await settle();
    expect(events).toEqual([{ name: 'disagree', detail: {} }]);
  });

  it('opens the full guide from the link', async () => {
    const { comp, events } = mount(props);
    comp.querySelector('.link')!.dispatchEvent('tap');
    await settle();
    expect(events.map((e) => e.name)).toEqual(['opencontract']);
  });

  it('appears and disappears with the show property', () => {
    const { comp } = mount({ ...props, show: false });
    comp.setData({ show: true });
    expect(comp.querySelector('.mask')).toBeTruthy();
    comp.setData({ show: false });
    expect(comp.querySelector('.mask')).toBeUndefined();
  });
});
