/** The bundled cloud functions load in plain Node with wx-server-sdk and answer the contract. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../core/contract';
import { FUNCTION_CONFIGS } from '../../server/function-configs';
import { buildFunction } from '../../scripts/build-functions';

jest.setTimeout(60_000);
const root = path.resolve(__dirname, '../..');

describe.each(FUNCTION_NAMES)('cloud function "%s"', (fn) => {
  const dir = path.join(root, 'cloudfunctions', fn);
  beforeAll(async () => {
    await buildFunction(fn);
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

  test('index.js loads in Node, keeps wx-server-sdk external, and answers bad calls in the envelope', () => {
    const bundle = readFileSync(path.join(dir, 'index.js'), 'utf8');
    expect(bundle).toContain('require("wx-server-sdk")');
    const script = `
      const m = require(${JSON.stringify(path.join(dir, 'index.js'))});
      Promise.all([m.main({ action: 'no-such-action' }), m.main('not an object')])
        .then((r) => { process.stdout.write(JSON.stringify(r)); process.exit(0); });`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    const lastLine = out.trim().split('\n').pop()!;
    const jsonStart = lastLine.indexOf('[');
    expect(JSON.parse(lastLine.slice(jsonStart))).toEqual([
      { ok: false, code: 'UNKNOWN_ACTION', message: `请求的操作不存在:${fn}.no-such-action` },
      { ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('请求格式不正确') },
    ]);
  });
});
