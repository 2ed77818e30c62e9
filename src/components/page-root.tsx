import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useLargeText } from '../hooks/use-large-text';

/**
 * Every page's outer box. In large-text mode it carries `page--large`, which raises the text
 * size variables in app.css for everything inside (weapp has no app-wide root element to mark).
 */
export function PageRoot({ children, className }: { children: ReactNode; className?: string }) {
  const { large } = useLargeText();
  return <View className={`page${large ? ' page--large' : ''}${className ? ` ${className}` : ''}`}>{children}</View>;
}
