/**
 * h5_first_render_ms: a resident scans a station's code and the H5 app shows the station —
 * from navigation to the station's name on screen, in a fresh browser context each time
 * (nothing cached), through `npm start` (the local run, H5 build served with the API) and
 * Debian's Chromium. Median of 7 loads after one warm-up of the server.
 * h5_first_paint_ms: first contentful paint of the same loads (the browser's own figure).
 */
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const LOADS = 7;

type Support = {
  startServer: (o?: { tmpPrefix?: string }) => Promise<string>;
  stopServer: () => void;
  launchBrowser: () => Promise<import('playwright-core').Browser>;
  newContext: (b: import('playwright-core').Browser) => Promise<import('playwright-core').BrowserContext>;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchH5FirstRender(): Promise<Record<string, number>> {
  const { execSync } = await import('node:child_process');
  execSync('sh scripts/ensure-chromium.sh', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const s = (await import(path.join(root, 'test/browser/support.mjs'))) as Support;
  const base = await s.startServer({ tmpPrefix: 'lianluozhan-bench-' });
  const browser = await s.launchBrowser();
  try {
    const url = `${base}/#/pages/station/index?scene=WYH01`;
    const shown: number[] = [];
    const paints: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const context = await s.newContext(browser);
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(url);
      await page.getByText('望月湖街道人大代表联络站').first().waitFor({ timeout: 30_000 });
      const ms = Date.now() - started;
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
      await context.close();
      if (i === 0) continue; // the first load warms the server's caches
      shown.push(ms);
      if (fcp >= 0) paints.push(fcp);
    }
    console.log(`  H5 station page shown: ${shown.join(', ')} ms`);
    return { h5_first_render_ms: median(shown), ...(paints.length ? { h5_first_paint_ms: median(paints) } : {}) };
  } finally {
    await browser.close();
    s.stopServer();
  }
}
