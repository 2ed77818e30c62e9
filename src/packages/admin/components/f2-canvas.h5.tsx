import { Canvas } from '@antv/f2';
import { useEffect, useRef } from 'react';
import { px2hd } from '../lib/f2-scale';

/** Browser: a DOM canvas sized to its box at the device pixel ratio; the chart is updated in place. */
export function F2Canvas({ id, height, element, label }: { id: string; height: number; element: unknown; label: string }) {
  const el = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Canvas>();
  useEffect(() => {
    const canvas = el.current;
    if (!canvas) return;
    const width = canvas.clientWidth || 320;
    const pixelRatio = window.devicePixelRatio || 1;
    canvas.width = width * pixelRatio;
    canvas.height = height * pixelRatio;
    // Drawn at once, not animated: a chart read (or printed, or captured) at any moment is whole.
    const props = { context: canvas.getContext('2d'), pixelRatio, width, height, px2hd, animate: false, children: element };
    if (chart.current) chart.current.update(props);
    else {
      chart.current = new Canvas(props);
      void chart.current.render();
    }
  }, [element, height]);
  useEffect(() => () => chart.current?.destroy(), []);
  return <canvas id={id} ref={el} className='f2-canvas' role='img' aria-label={label} style={{ width: '100%', height: `${height}px`, display: 'block' }} />;
}
