/**
 * Draws the tab bar's icons (src/assets/tab-bar/*.png): 81×81 PNGs, as WeChat asks, a line
 * icon in the tab bar's `color` and a filled one in its `selectedColor` (src/app.config.ts), in
 * the manner of WeChat's own tab bars. Each shape is a signed distance (negative inside),
 * sampled 4×4 per pixel for smooth edges; the files are small (a few hundred bytes each).
 *
 * Usage: tsx scripts/make-tab-icons.ts   (rerun after changing a colour or a shape)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const root = path.resolve(__dirname, '..');
export const ICON_DIR = 'src/assets/tab-bar';
export const SIZE = 81;
/** The tab bar's colours in src/app.config.ts (tabBar.color and tabBar.selectedColor). */
export const COLORS = { normal: '#666666', selected: '#b71c1c' };
const STROKE = 5;
const SAMPLES = 4;

type Point = readonly [number, number];
type Distance = (x: number, y: number) => number;

const circle =
  (cx: number, cy: number, r: number): Distance =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

/** A line from a to b (distance to the segment; stroke it to draw). */
const segment =
  ([ax, ay]: Point, [bx, by]: Point): Distance =>
  (x, y) => {
    const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * t, py - dy * t);
  };

/** A closed polygon (any winding). */
const polygon =
  (points: readonly Point[]): Distance =>
  (x, y) => {
    let d = Infinity;
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      d = Math.min(d, segment(points[j], points[i])(x, y));
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside ? -d : d;
  };

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Distance =>
  (x, y) => {
    const [cx, cy, hx, hy] = [(x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 - r, (y1 - y0) / 2 - r];
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

const union =
  (...parts: Distance[]): Distance =>
  (x, y) =>
    Math.min(...parts.map((p) => p(x, y)));
const intersect =
  (...parts: Distance[]): Distance =>
  (x, y) =>
    Math.max(...parts.map((p) => p(x, y)));

/**
 * An icon: its `shape` (outlined when normal, filled when selected), `lines` inside it (drawn
 * when normal, cut out of the fill when selected), a `hole` (outlined when normal, cut out when
 * selected) and `extra` lines drawn in both.
 */
interface Icon {
  shape: Distance;
  lines?: Distance;
  hole?: Distance;
  extra?: Distance;
}

/** The pencil's outline: a tip at (20, 61) and a body up to the right. */
function pencil(): Point[] {
  const [tx, ty] = [19, 62];
  const [dx, dy] = [Math.SQRT1_2, -Math.SQRT1_2];
  const [nx, ny] = [Math.SQRT1_2, Math.SQRT1_2];
  const at = (along: number, side: number): Point => [tx + dx * along + nx * side, ty + dy * along + ny * side];
  return [at(0, 0), at(11, 6.5), at(44, 6.5), at(44, -6.5), at(11, -6.5)];
}

export const ICONS: Record<string, Icon> = {
  // 联络站: a map pin.
  station: {
    shape: union(circle(40.5, 32, 19), polygon([[24.5, 42], [56.5, 42], [40.5, 68]])),
    hole: circle(40.5, 32, 7),
  },
  // 写意见: a pencil on a line.
  write: {
    shape: polygon(pencil()),
    extra: segment([38, 66], [64, 66]),
  },
  // 办理进度: a page with lines of progress.
  mine: {
    shape: roundedRect(19, 13, 62, 68, 6),
    lines: union(segment([29, 29], [52, 29]), segment([29, 40.5], [52, 40.5]), segment([29, 52], [43, 52])),
  },
  // 我的: a person.
  me: {
    shape: union(circle(40.5, 26, 11), intersect(roundedRect(16, 44, 65, 92, 22), (_x, y) => y - 67)),
  },
};

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

/** Whether the point is painted in the normal (line) or selected (filled) variant. */
function painted(icon: Icon, selected: boolean, x: number, y: number): boolean {
  const half = STROKE / 2;
  const stroke = (d: Distance | undefined) => d !== undefined && Math.abs(d(x, y)) <= half;
  if (stroke(icon.extra)) return true;
  if (!selected) return stroke(icon.shape) || stroke(icon.lines) || stroke(icon.hole);
  const inHole = icon.hole !== undefined && icon.hole(x, y) <= 0;
  return icon.shape(x, y) <= 0 && !stroke(icon.lines) && !inHole;
}

export function drawIcon(icon: Icon, selected: boolean): Buffer {
  const png = new PNG({ width: SIZE, height: SIZE });
  const [r, g, b] = hex(selected ? COLORS.selected : COLORS.normal);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (painted(icon, selected, px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
        }
      }
      const i = (py * SIZE + px) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  return PNG.sync.write(png, { colorType: 6, deflateLevel: 9 });
}

/** `<name>.png` (normal) and `<name>-active.png` (selected) for every tab. */
export function iconFiles(): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const [name, icon] of Object.entries(ICONS)) {
    files[`${name}.png`] = drawIcon(icon, false);
    files[`${name}-active.png`] = drawIcon(icon, true);
  }
  return files;
}

if (process.argv[1] && /make-tab-icons\.ts$/.test(process.argv[1])) {
  const dir = path.join(root, ICON_DIR);
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(iconFiles())) {
    writeFileSync(path.join(dir, name), bytes);
    console.log(`${ICON_DIR}/${name}  ${bytes.length} bytes`);
  }
}
