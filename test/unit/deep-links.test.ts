/**
 * Every page a message opens is a page of the app and carries only what that page reads
 * (issue 22: staff messages once linked to `packages/staff/pages/index/index?opinion=…`, a page
 * that ignored `opinion`). The pages checked: each audience's opinion page (server/config/pages.ts
 * OPINION_PAGE, which the relay and the deadline steps use for every template), the desks' pages
 * (the digest, the overdue board, the queues), and every other page-like string in server/ found
 * by reading the sources (`page:` of campaigns, calendar warnings, QR codes, the entry slip).
 * A path must be in src/app.config.ts (main package or a subpackage); each query key must be
 * read by that page's file (`params.<key>`, or a destructuring of the router's params).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATE_KEYS, type Audience } from '../../core/notification-rules';
import { DESK_HOME, MINIPROGRAM_PAGES, OFFICE_QUEUE_PAGE, OPINION_PAGE, casePage, overduePage, staffQueuePage } from '../../server/config/pages';
import { TEMPLATES } from '../../server/config/templates';

const root = path.resolve(__dirname, '../..');

(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../src/app.config').default as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
const APP_PAGES = new Set([...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]);

/** Whether the page's file reads query key `key` from the router. */
function reads(page: string, key: string): boolean {
  const file = path.join(root, 'src', `${page}.tsx`);
  const src = readFileSync(file, 'utf8');
  return (
    new RegExp(`params\\.${key}\\b`).test(src) ||
    new RegExp(`params\\[['"]${key}['"]\\]`).test(src) ||
    new RegExp(`\\{[^}]*\\b${key}\\b[^}]*\\}\\s*=\\s*(?:useRouter\\(\\)|router)\\.params`).test(src)
  );
}

/** What is wrong with a link a message carries ('' when nothing). */
function problemOf(link: string): string {
  if (link.startsWith('/')) return `${link}: a message page has no leading slash`;
  const [page, query = ''] = link.split('?');
  if (!APP_PAGES.has(page)) return `${link}: ${page} is not a page of src/app.config.ts`;
  const keys = [...new URLSearchParams(query).keys()];
  const unread = keys.filter((k) => !reads(page, k));
  return unread.length ? `${link}: ${page} does not read ${unread.join(', ')}` : '';
}

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Page-like strings in the server's sources: quoted or template literals naming `pages/…/index` or `packages/…/index`, with their query (placeholders as `x`). */
function pageLiterals(): { file: string; link: string }[] {
  const out: { file: string; link: string }[] = [];
  const literal = /['`]((?:pages|packages)\/[a-z0-9-]+(?:\/[a-z0-9-]+)*\/index)(\?[^'`]*)?['`]/g;
  for (const file of sources(path.join(root, 'server'))) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(literal)) {
      const query = (m[2] ?? '').replace(/\$\{[^}]*\}/g, 'x');
      out.push({ file: path.relative(root, file), link: `${m[1]}${query}` });
    }
  }
  return out;
}

const AUDIENCES: Audience[] = ['resident', 'deputy', 'staff', 'office'];

describe('every page a message opens is a page that reads what the link carries', () => {
  test('each audience’s opinion page, with and without an opinion where there is a desk', () => {
    const links = [
      ...AUDIENCES.map((a) => OPINION_PAGE[a]('op-1')),
      OPINION_PAGE.staff(),
      OPINION_PAGE.office(),
    ];
    expect(links.map(problemOf).filter(Boolean)).toEqual([]);
    // Staff and the office open the case itself, at their own desk.
    expect(OPINION_PAGE.staff('op-1')).toBe('packages/staff/pages/case/index?id=op-1&desk=staff');
    expect(OPINION_PAGE.office('op-1')).toBe('packages/staff/pages/case/index?id=op-1&desk=admin');
  });

  test('every template is sent to an audience that has an opinion page', () => {
    for (const key of TEMPLATE_KEYS) {
      const audience = TEMPLATES[key].audience;
      expect([key, problemOf(OPINION_PAGE[audience]('op-1'))]).toEqual([key, '']);
    }
  });

  test('the desks’ pages: the digest (overdue board or triage), the queues, the homes', () => {
    const links = [overduePage('staff'), overduePage('admin'), staffQueuePage('triage'), OFFICE_QUEUE_PAGE, DESK_HOME.staff, DESK_HOME.admin, casePage('op-1', 'admin')];
    expect(links.map(problemOf).filter(Boolean)).toEqual([]);
  });

  test('every page-like string in server/ (found by reading the sources) is a page that reads its query', () => {
    const found = pageLiterals();
    // The grep finds what it should: the relay's pages, the QR codes', the campaign reminder's.
    expect(found.map((f) => f.file)).toEqual(expect.arrayContaining(['server/config/pages.ts', 'server/config/qrcode.ts', 'server/campaigns/campaigns.ts']));
    expect(found.map((f) => problemOf(f.link) && `${f.file}: ${problemOf(f.link)}`).filter(Boolean)).toEqual([]);
  });

  test('MINIPROGRAM_PAGES (the pages SMS links may open) are all pages of the app', () => {
    expect(MINIPROGRAM_PAGES.filter((p) => !APP_PAGES.has(p))).toEqual([]);
  });

  test('the check fails the links it should (the old staff link among them)', () => {
    expect(problemOf('packages/staff/pages/index/index?opinion=op-1')).toContain('does not read opinion');
    expect(problemOf('packages/staff/pages/nowhere/index')).toContain('is not a page');
    expect(problemOf('/pages/opinion/index?id=op-1')).toContain('leading slash');
    expect(problemOf('packages/staff/pages/case/index?id=op-1&desk=admin')).toBe('');
  });
});
