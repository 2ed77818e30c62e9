import { Canvas } from '@antv/f2';
import { Canvas as TaroCanvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { px2hd } from '../lib/f2-scale';

type Node = { width: number; height: number; getContext(kind: '2d'): CanvasRenderingContext2D };

/** WeChat: a `type="2d"` canvas, its node found after render, sized at the device pixel ratio. */
export function F2Canvas({ id, height, element, label }: { id: string; height: number; element: unknown; label: string }) {
  const chart = useRef<Canvas>();
  useEffect(() => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: { node?: Node; width: number; height: number }[]) => {
          const box = res?.[0];
          if (!box?.node) return;
          const pixelRatio = Taro.getSystemInfoSync().pixelRatio;
          box.node.width = box.width * pixelRatio;
          box.node.height = box.height * pixelRatio;
          const props = { context: box.node.getContext('2d'), pixelRatio, width: box.width, height: box.height, px2hd, children: element };
          if (chart.current) chart.current.update(props);
          else {
            chart.current = new Canvas(props);
            void chart.current.render();
          }
        });
    });
  }, [element, height, id]);
  useEffect(() => () => chart.current?.destroy(), []);
  return (
    <View ariaLabel={label} role='img'>
      <TaroCanvas type='2d' id={id} style={{ width: '100%', height: `${height}px` }} />
    </View>
  );
}
