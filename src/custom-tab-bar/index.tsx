/**
 * The tab bar on weapp (`tabBar.custom` in src/app.config.ts): WeChat's own tab bar has no font
 * size, so it cannot grow with large text; this one does, at once when setLargeText flips. H5
 * keeps Taro's tab bar (Taro 4 does not render a custom one there): src/styles/tab-bar.css.
 *
 * WeChat gives every tab page its own instance of this component, so each shows its own page
 * as chosen and never changes it (the page-side `getTabBar().setSelected` dance is not needed).
 */
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { isLargeText, onLargeTextChange } from '../lib/text-size';
import { isTabBarCovered, onTabBarCover } from './cover';
import { type PageWithId, TABS, ownRoute, tabIndexOf } from './tabs';
import './index.css';

export default function CustomTabBar({ tid }: { tid?: string }) {
  const [selected] = useState(() => tabIndexOf(ownRoute(tid, Taro.getCurrentPages() as PageWithId[])));
  const [large, setLarge] = useState(isLargeText);
  // A half-screen sheet or the privacy popup is open: the bar steps aside (cover.ts).
  const [covered, setCovered] = useState(isTabBarCovered);
  useEffect(() => onTabBarCover(setCovered), []);
  // The switch (我的, the station page) flips every bar on screen at once.
  useEffect(() => onLargeTextChange(setLarge), []);
  // WeChat's font size can change while the app is away (its settings): read it again on return,
  // as pages do when shown (a component has no show of its own).
  useEffect(() => {
    const back = () => setLarge(isLargeText());
    Taro.onAppShow(back);
    return () => Taro.offAppShow(back);
  }, []);

  if (covered) return null;
  return (
    <View className={`tab-bar${large ? ' tab-bar--large' : ''}`}>
      {TABS.map((tab, index) => {
        const on = index === selected;
        return (
          <View
            key={tab.pagePath}
            className={`tab-bar__item${on ? ' tab-bar__item--on' : ''}`}
            onClick={() => {
              if (!on) void Taro.switchTab({ url: `/${tab.pagePath}` });
            }}
          >
            <Image className='tab-bar__icon' src={`/${on ? tab.selectedIconPath : tab.iconPath}`} />
            <Text className='tab-bar__label'>{tab.text}</Text>
          </View>
        );
      })}
    </View>
  );
}
