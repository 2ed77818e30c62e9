/**
 * The tab bar's icons (src/assets/tab-bar/, drawn by scripts/make-tab-icons.ts) are what the
 * script draws now, in the colours app.config.ts gives the tab bar, at the 81×81 WeChat asks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { COLORS, ICON_DIR, SIZE, iconFiles } from '../../scripts/make-tab-icons';

const root = path.resolve(__dirname, '../..');
const config = readFileSync(path.join(root, 'src/app.config.ts'), 'utf8');
const tabBar = config.slice(config.indexOf('tabBar:'));
const drawn = iconFiles();

it('uses the tab bar colours of app.config.ts', () => {
  expect(/\bcolor: '(#[0-9a-fA-F]{6})'/.exec(tabBar)?.[1]).toBe(COLORS.normal);
  expect(/\bselectedColor: '(#[0-9a-fA-F]{6})'/.exec(tabBar)?.[1]).toBe(COLORS.selected);
});

it('gives every tab both icons, each the drawing the script makes (rerun it after a change)', () => {
  const listed = [...tabBar.matchAll(/(?:iconPath|selectedIconPath): '([^']+)'/g)].map((m) => m[1]);
  expect(listed).toHaveLength(8);
  for (const icon of listed) {
    expect(path.dirname(icon)).toBe(path.relative('src', ICON_DIR));
    const file = PNG.sync.read(readFileSync(path.join(root, 'src', icon)));
    const expected = PNG.sync.read(drawn[path.basename(icon)]);
    expect([file.width, file.height]).toEqual([SIZE, SIZE]);
    expect(Buffer.compare(file.data, expected.data)).toBe(0);
  }
});

it('draws a line icon and a filled one that differ, with transparent corners', () => {
  const normal = PNG.sync.read(drawn['station.png']);
  const selected = PNG.sync.read(drawn['station-active.png']);
  const painted = (p: PNG) => p.data.filter((_, i) => i % 4 === 3 && p.data[i] > 0).length;
  expect(painted(selected)).toBeGreaterThan(painted(normal));
  expect(normal.data[3]).toBe(0);
});
