/** The bundled cloud functions load in plain Node with wx-server-sdk and answer the contract. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../core/contract';
import { TEMPLATE_KEYS } from '../../core/notification-rules';
import { FUNCTION_CONFIGS } from '../../server/functions/configs';
import { buildFunction, EVERY_FUNCTION_STUBS, LOCAL_ONLY_ROUTES, localOnlyIn } from '../../scripts/build-functions';
import { BUNDLE_TARGET } from '../../server/functions/configs';

jest.setTimeout(60_000);
const root = path.resolve(__dirname, '../..');
const TEMPLATE_IDS = Object.fromEntries(TEMPLATE_KEYS.map((k) => [`WX_TMPL_${k.toUpperCase()}`, `Fake${k.replace(/_/g, '')}TemplateId0123456789abcdef`]));

describe.each(FUNCTION_NAMES)('cloud function "%s"', (fn) => {
  const dir = path.join(root, 'cloudfunctions', fn);
  let inputs: string[] = [];
  beforeAll(async () => {
    ({ inputs } = await buildFunction(fn));
  });

  test('has package.json (wx-server-sdk) and config.json (timeout, openapi permissions)', () => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('index.js');
    expect(pkg.dependencies['wx-server-sdk']).toMatch(/^\d/);
    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
    expect(config.timeout).toBe(FUNCTION_CONFIGS[fn].timeout);
    expect(config.timeout).toBeLessThanOrEqual(60);
    expect(config.permissions.openapi).toEqual(FUNCTION_CONFIGS[fn].openapi);
  });

  test('carries none of the local run: no emulator or server/local module, no local route (/api/local/*, /local/messages …)', () => {
    const bundle = readFileSync(path.join(dir, 'index.js'), 'utf8');
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.filter((file) => /(^|\/)(emulator|server\/local)\//.test(file))).toEqual([]);
    for (const route of LOCAL_ONLY_ROUTES) expect(bundle.toLowerCase()).not.toContain(route);
    expect(localOnlyIn(inputs, bundle)).toEqual([]);
  });

  test('index.js loads in Node, keeps wx-server-sdk external, and answers bad calls in the envelope', () => {
    const bundle = readFileSync(path.join(dir, 'index.js'), 'utf8');
    expect(bundle).toContain('require("wx-server-sdk")');
    const script = `
      const m = require(${JSON.stringify(path.join(dir, 'index.js'))});
      Promise.all([m.main({ action: 'no-such-action' }), m.main('not an object')])
        .then((r) => { process.stdout.write(JSON.stringify(r)); process.exit(0); });`;
    // Configured as a deploy configures it: functions that send messages need the templates' real ids (decision 0021).
    const out = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...TEMPLATE_IDS } });
    const lastLine = out.trim().split('\n').pop()!;
    const jsonStart = lastLine.indexOf('[');
    expect(JSON.parse(lastLine.slice(jsonStart))).toEqual([
      { ok: false, code: 'UNKNOWN_ACTION', message: `请求的操作不存在：${fn}.no-such-action` },
      { ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('请求格式不正确') },
    ]);
  });
});

test('the local-run check finds the local run in a bundle that carries it (so the check above can fail)', async () => {
  const { build } = await import('esbuild');
  const entry = path.join(root, 'test-results/local-leak-check.ts');
  mkdirSync(path.dirname(entry), { recursive: true });
  writeFileSync(entry, `export { createHttpApp } from '../server/local/http-app';\n`);
  const result = await build({ entryPoints: [entry], write: false, bundle: true, platform: 'node', target: BUNDLE_TARGET, minify: true, logLevel: 'silent', metafile: true, external: ['wx-server-sdk', 'better-sqlite3'] });
  const found = localOnlyIn(Object.keys(result.metafile.inputs), result.outputFiles[0].text);
  expect(found).toEqual(expect.arrayContaining(['server/local/http-app.ts', 'emulator/local-storage.ts', '/api/local/', '/local/messages', 'x-wx-openid']));
});

test('exceljs, bundled without its streams and CSV as the functions bundle it, writes and reads a workbook', async () => {
  const { build } = await import('esbuild');
  const entry = path.join(root, 'test-results/exceljs-bundle-check.ts');
  const out = path.join(root, 'test-results/exceljs-bundle-check.js');
  mkdirSync(path.dirname(entry), { recursive: true });
  writeFileSync(
    entry,
    `import ExcelJS from 'exceljs';
    (async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('意见').addRow(['朱镕基', 3, '已解决']);
      const buf = await wb.xlsx.writeBuffer();
      const back = new ExcelJS.Workbook();
      await back.xlsx.load(buf);
      process.stdout.write(JSON.stringify(back.getWorksheet('意见')!.getRow(1).values));
    })();`,
  );
  const stubs = Object.fromEntries(Object.entries(EVERY_FUNCTION_STUBS).map(([from, to]) => [from, path.join(root, to)]));
  await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', target: BUNDLE_TARGET, minify: true, logLevel: 'silent', alias: stubs });
  expect(readFileSync(out, 'utf8')).not.toMatch(/unzipper|archiver/);
  const printed = execFileSync(process.execPath, [out], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  expect(JSON.parse(printed)).toEqual([null, '朱镕基', 3, '已解决']);
});
