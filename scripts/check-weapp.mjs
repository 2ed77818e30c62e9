#!/usr/bin/env node
/**
 * Compiles the weapp build (dist/weapp) with WeChat's own tooling, offline, and fails on any error:
 *   1. miniprogram-ci getCompiledResult: app.json/page json, missing pages/components, JS syntax;
 *   2. wcc (WXML) and wcsc (WXSS) from miniprogram-compiler: template and style errors;
 *   3. every script parses as ES2017 (catches syntax errors, and ?. / ?? that old clients cannot run);
 *   4. every relative require(), <import>/<include>/<wxs> src and usingComponents target exists;
 *   5. package sizes: main package and each subpackage ≤ 2 MB (goal: main ≤ 1 MB), all ≤ 20 MB.
 * The tools live in their own package (scripts/wechat-check) and are installed on first use.
 * Run `npm run build:weapp` first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilerBinaries, requireTool } from './wechat-check/tools.mjs';
import { packageSizes, walk } from './lib/weapp-packages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist/weapp');

const KB = 1024;
const MB = 1024 * KB;
const PACKAGE_LIMIT = 2 * MB;
const MAIN_GOAL = 1 * MB;
const TOTAL_LIMIT = 20 * MB; // 30 MB allowed; 20 MB when a service provider develops it

const errors = [];
const fail = (what, detail) => errors.push(`${what}: ${detail}`);
const rel = (p) => path.relative(outDir, p).split(path.sep).join('/');


async function compileWithMiniprogramCi(appid) {
  const ci = requireTool('miniprogram-ci');
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: outDir,
    privateKey: 'offline', // never used: nothing is uploaded
    ignores: ['node_modules/**/*'],
  });
  // Without this the project asks WeChat for its settings (error 20001 offline).
  project.attr = async () => ci.DefaultProjectAttr;
  const setting = readProjectSetting();
  const started = Date.now();
  try {
    const result = await ci.getCompiledResult({ project, setting, version: '0.0.0', desc: 'offline check' });
    console.log(`miniprogram-ci: compiled ${Object.keys(result).length} files in ${Date.now() - started} ms`);
  } catch (e) {
    fail('miniprogram-ci', e && e.message ? e.message : String(e));
  }
}

function readProjectSetting() {
  const file = path.join(root, 'project.config.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { es6: false, minify: false, ...config.setting };
}

function runCompiler(bin, args, label) {
  const res = spawnSync(bin, args, { cwd: outDir, encoding: 'utf8', maxBuffer: 256 * MB });
  if (res.error) return fail(label, res.error.message);
  if (res.status !== 0) fail(label, (res.stderr || res.stdout || `exit ${res.status}`).trim().slice(0, 2000));
}

function compileTemplatesAndStyles(files) {
  const { wcc, wcsc } = compilerBinaries();
  const wxml = files.filter((f) => f.endsWith('.wxml')).map((f) => `./${rel(f)}`);
  const wxs = files.filter((f) => f.endsWith('.wxs')).map((f) => `./${rel(f)}`);
  const wxss = files.filter((f) => f.endsWith('.wxss')).map((f) => `./${rel(f)}`);
  // wcc needs the whole set at once: templates import each other and the .wxs modules.
  runCompiler(wcc, ['-d', ...wxml, ...wxs], 'wcc (WXML)');
  for (const file of wxss) runCompiler(wcsc, ['-js', file], `wcsc (WXSS) ${file}`);
  console.log(`wcc/wcsc: ${wxml.length} WXML, ${wxs.length} WXS, ${wxss.length} WXSS files`);
}

/** The JS the mini-program runs must parse as ES2017: Taro compiles to old targets, so newer
 * syntax here means a dependency slipped through untranspiled (see mini.compile.include). */
function checkScriptSyntax(files) {
  const acorn = createRequire(path.join(root, 'package.json'))('acorn');
  const scripts = files.filter((f) => f.endsWith('.js'));
  for (const file of scripts) {
    try {
      acorn.parse(fs.readFileSync(file, 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
    } catch (e) {
      fail('JS syntax (ES2017)', `${rel(file)}: ${e.message}`);
    }
  }
  console.log(`syntax: ${scripts.length} scripts parse as ES2017`);
}

function existsAs(target, extensions) {
  if (fs.existsSync(target) && fs.statSync(target).isFile()) return true;
  return extensions.some((ext) => fs.existsSync(target + ext));
}

function checkReferences(files) {
  let count = 0;
  for (const file of files) {
    const dir = path.dirname(file);
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.js')) {
      for (const m of text.matchAll(/\brequire\(\s*(["'])(\.{1,2}\/[^"']+)\1\s*\)/g)) {
        count += 1;
        if (!existsAs(path.resolve(dir, m[2]), ['.js', '/index.js'])) fail('missing require', `${rel(file)} → ${m[2]}`);
      }
    } else if (file.endsWith('.wxml')) {
      for (const m of text.matchAll(/<(?:import|include|wxs)\b[^>]*\bsrc=(["'])([^"']+)\1/g)) {
        count += 1;
        const target = m[2].startsWith('/') ? path.join(outDir, m[2]) : path.resolve(dir, m[2]);
        if (!existsAs(target, ['.wxml', '.wxs'])) fail('missing template', `${rel(file)} → ${m[2]}`);
      }
    } else if (file.endsWith('.json') && !file.endsWith('project.config.json')) {
      let json;
      try {
        json = JSON.parse(text);
      } catch (e) {
        fail('malformed JSON', `${rel(file)}: ${e.message}`);
        continue;
      }
      for (const [name, target] of Object.entries(json.usingComponents ?? {})) {
        if (typeof target !== 'string' || target.startsWith('plugin://')) continue;
        count += 1;
        const base = target.startsWith('/') ? path.join(outDir, target) : path.resolve(dir, target);
        if (!existsAs(base, ['.json']) || !existsAs(base, ['.js'])) {
          fail('missing component', `${rel(file)} → ${name}: ${target}`);
        }
      }
    }
  }
  console.log(`references: ${count} require/import/component targets checked`);
}

function checkSizes(files) {
  const sizes = packageSizes(outDir, files);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const show = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log('package sizes:');
  for (const [name, size] of sizes) {
    const note = size > PACKAGE_LIMIT ? '  ✖ over 2 MB' : name === 'main' && size > MAIN_GOAL ? '  (over the 1 MB goal)' : '';
    console.log(`  ${name === 'main' ? 'main package' : `subpackage ${name}`}`.padEnd(34) + show(size).padStart(10) + note);
    if (size > PACKAGE_LIMIT) fail('package size', `${name} is ${show(size)}, the limit is 2 MB`);
  }
  console.log('  total'.padEnd(34) + show(total).padStart(10));
  if (total > TOTAL_LIMIT) fail('package size', `all packages together are ${show(total)}, the limit is 20 MB`);
}

async function main() {
  if (!fs.existsSync(path.join(outDir, 'app.json'))) {
    console.error(`No weapp build in ${path.relative(root, outDir) || '.'}: run \`npm run build:weapp\` first.`);
    process.exit(1);
  }
  const files = walk(outDir).filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
  const appid = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8')).appid || 'touristappid';

  await compileWithMiniprogramCi(appid);
  compileTemplatesAndStyles(files);
  checkScriptSyntax(files);
  checkReferences(files);
  checkSizes(files);

  if (errors.length > 0) {
    console.error(`\n✖ WeChat check failed (${errors.length}):`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log('\n✔ WeChat check passed');
  // miniprogram-ci leaves a child process behind: leave explicitly.
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
