import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { useLargeText } from '../hooks/use-large-text';
import { tabIndexOf } from '../custom-tab-bar/tabs';

/** weapp's tab bar is ours (src/custom-tab-bar), fixed over the bottom of each tab page. */
const OWN_TAB_BAR = process.env.TARO_ENV === 'weapp';

/**
 * Every page's outer box. In large-text mode it carries `page--large`, which raises the text
 * size variables in app.css for everything inside (weapp has no app-wide root element to mark).
 * On weapp's tab pages it carries `page--tab`: room at the bottom for the custom tab bar, and the
 * fixed bottom bar (submit) sits above it (app.css).
 */
export function PageRoot({ children, className }: { children: ReactNode; className?: string }) {
  const { large } = useLargeText();
  const path = useRouter().path;
  const tab = OWN_TAB_BAR && tabIndexOf(path) >= 0;
  return <View className={`page${large ? ' page--large' : ''}${tab ? ' page--tab' : ''}${className ? ` ${className}` : ''}`}>{children}</View>;
}
