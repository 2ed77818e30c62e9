/**
 * The weapp tab bar (src/custom-tab-bar): the four tabs of app.config.ts, its own page chosen,
 * and labels and icons that grow with large text — at once when the switch flips, and again
 * when the app returns from WeChat's settings.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Taro from '@tarojs/taro';
import CustomTabBar from '../../src/custom-tab-bar';
import { TABS, ownRoute, tabIndexOf } from '../../src/custom-tab-bar/tabs';
import { setLargeText } from '../../src/lib/text-size';
import { coverTabBar } from '../../src/custom-tab-bar/cover';
import { taroTest } from './stubs/taro';

type FakePage = { route: string; getPageId: () => string };
const page = (route: string, id: string): FakePage => ({ route, getPageId: () => id });

/** What the stub lacks: the page stack and the app-show callbacks, set per test. */
let pages: FakePage[] = [];
const appShow = new Set<() => void>();
Object.assign(Taro, {
  getCurrentPages: () => pages,
  onAppShow: (cb: () => void) => void appShow.add(cb),
  offAppShow: (cb: () => void) => void appShow.delete(cb),
});

/** The bar of `route`'s page, as Taro mounts it (tid "custom-tab-bar/index?id=<pageId>"), with `onTop` opened above it. */
function open(route: string, onTop: FakePage[] = []) {
  pages = [page(route, 'pageId:1'), ...onTop];
  render(<CustomTabBar tid='custom-tab-bar/index?id=pageId:1' />);
}
const bar = () => document.querySelector('.tab-bar')!;
const labels = () => Array.from(document.querySelectorAll('.tab-bar__label')).map((n) => n.textContent);

beforeEach(() => {
  taroTest.reset();
  appShow.clear();
});

describe('the weapp tab bar', () => {
  it('shows the four tabs of app.config.ts, in its colours, its own page chosen, with icons the list ships', () => {
    const g = globalThis as { defineAppConfig?: (c: unknown) => unknown };
    g.defineAppConfig = (c) => c;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../src/app.config').default as {
      tabBar: { color: string; selectedColor: string; list: { pagePath: string; text: string; iconPath: string; selectedIconPath: string }[] };
    };
    expect(TABS).toEqual(config.tabBar.list);
    const css = readFileSync(path.join(__dirname, '../../src/custom-tab-bar/index.css'), 'utf8');
    const colourOf = (selector: string) => new RegExp(`(?:^|\\n)${selector.replace(/\./g, '\\.')} \\{[^}]*\\bcolor: (#[0-9a-f]{6});`).exec(css)?.[1];
    expect([colourOf('.tab-bar__label'), colourOf('.tab-bar__item--on .tab-bar__label')]).toEqual([config.tabBar.color, config.tabBar.selectedColor]);
    for (const t of TABS) {
      expect(existsSync(path.join(__dirname, '../../src', t.iconPath))).toBe(true);
      expect(existsSync(path.join(__dirname, '../../src', t.selectedIconPath))).toBe(true);
    }

    open('pages/mine/index');
    expect(labels()).toEqual(['联络站', '写意见', '办理进度', '我的']);
    expect(document.querySelector('.tab-bar__item--on')?.textContent).toBe('办理进度');
    expect(document.querySelectorAll('.tab-bar__item--on')).toHaveLength(1);
    const icons = Array.from(document.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(icons).toEqual(['/assets/tab-bar/station.png', '/assets/tab-bar/write.png', '/assets/tab-bar/mine-active.png', '/assets/tab-bar/me.png']);
  });

  it('chooses the page it belongs to, even when another page is on top', () => {
    open('pages/station/index', [page('pages/write/index', 'pageId:2')]);
    expect(document.querySelector('.tab-bar__item--on')?.textContent).toBe('联络站');
    expect(ownRoute(undefined, [page('pages/station/index', 'a'), page('pages/me/index', 'b')])).toBe('pages/me/index');
    expect(tabIndexOf('/pages/write/index?station=WYH01')).toBe(1);
    expect(tabIndexOf('pages/opinion/index')).toBe(-1);
  });

  it('switches to another tab, and does nothing on its own', () => {
    open('pages/station/index');
    fireEvent.click(screen.getByText('联络站'));
    expect(taroTest.navigations).toEqual([]);
    fireEvent.click(screen.getByText('写意见'));
    expect(taroTest.navigations).toEqual([{ kind: 'switchTab', url: '/pages/write/index' }]);
  });

  it('grows with large text, and follows the switch at once', () => {
    open('pages/me/index');
    expect(bar().classList.contains('tab-bar--large')).toBe(false);
    act(() => setLargeText(true));
    expect(bar().classList.contains('tab-bar--large')).toBe(true);
    act(() => setLargeText(false));
    expect(bar().classList.contains('tab-bar--large')).toBe(false);
  });

  it('opens large when the resident chose it, and reads the setting again when the app returns', () => {
    taroTest.storage.set('largeText', 'on');
    open('pages/write/index');
    expect(bar().classList.contains('tab-bar--large')).toBe(true);
    // Changed while away (no listener heard it): the bar reads it again on return.
    taroTest.storage.set('largeText', 'off');
    expect(appShow.size).toBe(1);
    act(() => appShow.forEach((cb) => cb()));
    expect(bar().classList.contains('tab-bar--large')).toBe(false);
  });

  it('steps aside while a sheet covers it, and comes back when the last one closes', () => {
    open('pages/write/index');
    let closeFirst: () => void = () => undefined;
    let closeSecond: () => void = () => undefined;
    act(() => {
      closeFirst = coverTabBar();
      closeSecond = coverTabBar();
    });
    expect(document.querySelector('.tab-bar')).toBeNull();
    act(() => closeFirst());
    act(() => closeFirst()); // closing twice counts once
    expect(document.querySelector('.tab-bar')).toBeNull();
    act(() => closeSecond());
    expect(labels()).toEqual(TABS.map((t) => t.text));
  });
});
