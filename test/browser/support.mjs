/**
 * What the browser walks in test/browser/ share: the local server on a free port with a fresh
 * data dir (`npm start`, unless BASE_URL is given), Debian's Chromium through playwright-core,
 * calls to the cloud functions as a given openid, the local clock, locators for the Taro page
 * on screen, and a "walk": named steps, numbered screenshots under test-results/<name>/, page
 * errors failing the step they happen in, a screenshot on failure, and cleanup.
 *
 * A walk file reads:
 *   const walk = createWalk('thin-path');
 *   runWalk(walk, 'thin path', async () => {
 *     const base = await startServer();
 *     const context = await newContext(await launchBrowser());
 *     const page = await walk.openPage(context, `${base}/#/pages/station/index`);
 *     await walk.step('opens the station', page, async () => { await see(page, '本站代表'); await walk.snap(page, 'station'); });
 *   });
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** How long one wait or click may take before the step fails. */
export const STEP_TIMEOUT = 15_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
/** The first start may build the H5 app when the sources changed. */
const SERVER_START_MS = 240_000;

let server; // the `npm start` child, when this process started one
let browser;

export function log(msg) {
  console.log(`  ${msg}`);
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Fails unless `${base}/api/health` answers ok now (a server given by BASE_URL must already be up). */
export async function checkHealth(base) {
  const res = await fetch(`${base}/api/health`).catch((e) => {
    throw new Error(`the local run does not answer at ${base}: ${e.message}`);
  });
  if (!res.ok) throw new Error(`the local run at ${base} answered ${res.status} to /api/health`);
}

/**
 * Resolves once `child` prints a line matching `ready` (its output is passed through);
 * rejects if it exits first, or after `ms` (a bound on a hung build, not a wait).
 */
function waitForLine(child, ready, ms) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const bound = setTimeout(() => done(new Error(`npm start printed no ready line within ${ms / 1000} s`)), ms);
    const onData = (chunk) => {
      process.stdout.write(chunk);
      seen = (seen + chunk).slice(-4096);
      if (ready.test(seen)) done();
    };
    const onExit = (code) => done(new Error(`npm start exited with ${code}`));
    function done(error) {
      clearTimeout(bound);
      child.stdout.off('data', onData);
      child.stdout.on('data', (c) => process.stdout.write(c));
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Starts `npm start` on a free port with a fresh DATA_DIR (named after `tmpPrefix`) and returns
 * its base URL once healthy; with BASE_URL set, returns that instead and starts nothing.
 * `env(base)` may add environment variables that depend on the base URL.
 */
export async function startServer({ tmpPrefix = 'lianluozhan-browser-', env = () => ({}) } = {}) {
  if (process.env.BASE_URL) {
    const given = process.env.BASE_URL.replace(/\/$/, '');
    await checkHealth(given);
    return given;
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  log(`starting npm start on port ${port}, data in ${dataDir}`);
  server = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...env(base) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true, // its own process group, so the server it spawns stops with it
  });
  // server/local/main.ts prints its address once it listens.
  await waitForLine(server, new RegExp(`local run: ${base.replace(/[.]/g, '\\.')}/`), SERVER_START_MS);
  await checkHealth(base);
  return base;
}

/** Stops the server startServer started (its whole process group), if it still runs. */
export function stopServer() {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Headless Debian Chromium (CHROMIUM_PATH overrides the path); closed by runWalk. */
export async function launchBrowser() {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

/**
 * A phone-sized zh-CN browser context. `persona`: the openid the local app acts as (set in
 * localStorage before any page script runs). Other options go to browser.newContext.
 */
export async function newContext(b, { persona, ...options } = {}) {
  const context = await b.newContext({ viewport: { width: 390, height: 1000 }, locale: 'zh-CN', ...options });
  await context.addInitScript(markPageOnScreen);
  if (persona) await context.addInitScript((id) => window.localStorage.setItem('local.persona.openid', id), persona);
  return context;
}

/**
 * Calls cloud function `fn`'s `action` over the local HTTP API as `openid` (none: anonymous),
 * as that user's phone would. Returns its data; a refusal throws.
 */
export async function callFunction(base, fn, action, payload, openid) {
  const res = await fetch(`${base}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'X-WX-OPENID': openid } : {}) },
    body: JSON.stringify({ action, payload }),
  });
  const body = await res.json();
  if (!body.ok) throw new Error(`${fn}.${action} refused: ${body.code} ${body.message}`);
  return body.data;
}

/**
 * Waits until `fn.action(payload)`, called as `openid`, answers data for which `accept` is true
 * (a state the server reaches by itself, e.g. an image verdict WeChat pushes a moment later).
 * `accept` runs in the page (write it self-contained); the step timeout bounds the wait.
 * Returns the accepted data.
 */
export async function untilAnswer(page, { fn, action, payload = {}, openid }, accept) {
  const key = `until-${++untilCalls}`;
  // Playwright polls a synchronous predicate: each poll starts a call when none is in flight
  // and looks at the last answer.
  const handle = await page.waitForFunction(
    ({ key, fn, action, payload, openid, accept }) => {
      const state = (window.__untilAnswer ??= {})[key] ??= { inFlight: false, body: undefined };
      if (!state.inFlight) {
        state.inFlight = true;
        fetch(`/api/functions/${fn}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(openid ? { 'X-WX-OPENID': openid } : {}) },
          body: JSON.stringify({ action, payload }),
        })
          .then((res) => res.json())
          .then((body) => (state.body = body))
          .finally(() => (state.inFlight = false));
      }
      const body = state.body;
      // eslint-disable-next-line no-eval
      return body?.ok && (0, eval)(`(${accept})`)(body.data) ? body.data : false;
    },
    { key, fn, action, payload, openid, accept: accept.toString() },
    { polling: 100 },
  );
  return handle.jsonValue();
}
let untilCalls = 0;

/** The privacy notice version the app asks residents to agree to (core/privacy.ts). */
const PRIVACY_VERSION = /PRIVACY_NOTICE_VERSION = '([^']+)'/.exec(fs.readFileSync(path.join(root, 'core/privacy.ts'), 'utf8'))[1];

/** `openid` agrees to the privacy notice, as the app's notice does before a first submission. */
export const agreePrivacy = (base, openid) => callFunction(base, 'user', 'agreePrivacy', { version: PRIVACY_VERSION }, openid);

/** Moves the local server's clock: `{ at: ISO string }` or `{ advanceMs }`. Throws if refused. */
export async function setLocalClock(base, body) {
  const res = await fetch(`${base}/api/local/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`the local clock refused: ${res.status}`);
}

const isPage = (scope) => typeof scope.goto === 'function';
const exact = (text) => ({ exact: typeof text === 'string' });

/**
 * Runs in every page of a context (an init script): keeps `data-on-screen` on the one Taro
 * page that is fully on screen, and on none while a page is coming or going. Taro keeps
 * earlier pages in the DOM and animates a pushed page in for about 300 ms while the page
 * below still shows, and a popped one out while the page below is back; so "visible" is not
 * enough. The page on screen is the page of the route in the address bar, once Taro has
 * stationed it (`taro_page_stationed`, not `taro_page_shade`) and it is displayed.
 */
function markPageOnScreen() {
  const mark = () => {
    const route = decodeURIComponent(location.hash.replace(/^#/, '').split('?')[0]);
    const pages = [...document.querySelectorAll('.taro_page')];
    const settled = pages.filter(
      (e) => e.classList.contains('taro_page_stationed') && !e.classList.contains('taro_page_shade') && getComputedStyle(e).display !== 'none',
    );
    const current = (route && route !== '/' ? settled.filter((e) => e.id.split('?')[0] === route) : settled).pop();
    for (const e of pages) {
      if (e === current) e.setAttribute('data-on-screen', '');
      else e.removeAttribute('data-on-screen');
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  window.addEventListener('hashchange', mark);
  window.addEventListener('popstate', mark);
}

/** The page on screen (see markPageOnScreen): a locator finds nothing while pages change. */
export const screen = (page) => page.locator('.taro_page[data-on-screen]');

/**
 * Waits until what is on screen has settled: a Taro page stationed (on an app page), images
 * and fonts loaded, no CSS transition or animation running, and a frame painted since.
 * Screenshots wait on this.
 */
export async function settled(page) {
  if (await page.locator('.taro_page').count()) await screen(page).waitFor(); // a Taro page, not e.g. a rendered PDF
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      [...document.images].every((i) => i.complete) &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Within a page or a locator; a Page means the page on screen. */
const within = (scope) => (isPage(scope) ? screen(scope) : scope);

/** Waits for `text` (a string: exact; a RegExp: matched) on the page on screen. */
export const see = (page, text) => screen(page).getByText(text, exact(text)).first().waitFor();
/** Clicks the first `text` (as for see) on the page on screen, or within a locator. */
export const tap = (scope, text) => within(scope).getByText(text, exact(text)).first().click();
/** Clicks a tab bar entry by its label. */
export const tab = (page, label) => page.locator('.weui-tabbar__label').getByText(label, { exact: true }).click();
/** The text box labelled `label` (Field: a label, then the input or textarea), on screen or within a locator. */
export const field = (scope, label) => {
  const s = within(scope);
  return s.locator('.column', { has: s.page().getByText(label, { exact: true }) }).locator('input, textarea').first();
};

/**
 * A walk writing to test-results/<name>/. Options: `fullPage` screenshots (default true);
 * `largeText`: every snap is saved twice, -normal and -large (the class PageRoot sets).
 */
export function createWalk(name, { fullPage = true, largeText = false } = {}) {
  const outDir = path.join(root, 'test-results', name);
  const errors = [];
  let shot = 0;
  let files = 0;
  const walk = {
    name,
    outDir,
    /** Page errors seen so far; any fails the current step. */
    errors,
    currentStep: '',
    currentPage: undefined,
    /** Screenshots written so far. */
    get shots() {
      return files;
    },
    /** Sets the step timeout and collects the page's errors. */
    watch(page) {
      page.setDefaultTimeout(STEP_TIMEOUT);
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      return page;
    },
    /** A new watched page in `context`, opened at `url`. */
    async openPage(context, url) {
      const page = walk.watch(await context.newPage());
      await page.goto(url);
      return page;
    },
    /** Screenshot NN-name.png (or NN-name-normal/-large.png) once the last render settled. */
    async snap(page, shotName) {
      shot += 1;
      const prefix = path.join(outDir, `${String(shot).padStart(2, '0')}-${shotName}`);
      await settled(page);
      if (!largeText) {
        await page.screenshot({ path: `${prefix}.png`, fullPage });
        files += 1;
        return;
      }
      await page.screenshot({ path: `${prefix}-normal.png`, fullPage });
      await page.evaluate(() => document.querySelectorAll('.page').forEach((n) => n.classList.add('page--large', 'shot-large')));
      await settled(page);
      await page.screenshot({ path: `${prefix}-large.png`, fullPage });
      await page.evaluate(() =>
        document.querySelectorAll('.shot-large').forEach((n) => n.classList.remove('page--large', 'shot-large')),
      );
      files += 2;
    },
    /** Runs one named step on `page` (screenshotted if it fails); page errors fail it. */
    async step(stepName, page, run) {
      walk.currentStep = stepName;
      walk.currentPage = page;
      const t0 = Date.now();
      await run();
      if (errors.length) throw new Error(errors.join('\n'));
      log(`✔ ${stepName} (${Date.now() - t0} ms)`);
    },
  };
  return walk;
}

/**
 * Runs `body` as the walk's whole program: empties its output folder, runs it, reports
 * "✔ <title> passed" or the failed step (with failed.png of that step's page), then closes
 * the browser, stops the server and exits with 0 or 1.
 */
export function runWalk(walk, title, body) {
  const rel = (p) => path.relative(root, p);
  (async () => {
    fs.rmSync(walk.outDir, { recursive: true, force: true });
    fs.mkdirSync(walk.outDir, { recursive: true });
    await body();
    console.log(`\n✔ ${title} passed; ${walk.shots} screenshots in ${rel(walk.outDir)}/`);
  })()
    .catch(async (e) => {
      if (walk.currentStep) console.error(`\n✖ step failed: ${walk.currentStep}\n${e instanceof Error ? e.message : e}`);
      else console.error(`\n✖ ${title} failed before its first step:\n${e instanceof Error ? e.stack : e}`);
      const page = walk.currentPage;
      if (page && !page.isClosed()) {
        const file = path.join(walk.outDir, 'failed.png');
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        console.error(`  screenshot: ${rel(file)}`);
      }
      process.exitCode = 1;
    })
    .finally(async () => {
      await browser?.close().catch(() => {});
      stopServer();
      process.exit(process.exitCode ?? 0);
    });
}
