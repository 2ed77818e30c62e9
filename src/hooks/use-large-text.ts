import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { isLargeText, onLargeTextChange, setLargeText } from '../lib/text-size';

/** Large text on or off, following the switch in 我的 at once and the system size on each show. */
export function useLargeText() {
  const [large, setLarge] = useState(isLargeText);
  useEffect(() => onLargeTextChange(setLarge), []);
  useDidShow(() => setLarge(isLargeText()));
  return { large, setLarge: setLargeText };
}
