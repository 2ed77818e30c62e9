#!/usr/bin/env node
/**
 * Compiles the weapp build (dist/weapp) with WeChat's own tooling, offline, and fails on any error:
 *   1. miniprogram-ci getCompiledResult: app.json/page json, missing pages/components, JS syntax;
 *   2. wcc (WXML) and wcsc (WXSS) from miniprogram-compiler: template and style errors;
 *   3. every script parses as ES2017 (catches syntax errors, and ?. / ?? that old clients cannot run);
 *   4. every relative require(), <import>/<include>/<wxs> src and usingComponents target exists;
 *   5. package sizes: our budgets — main package ≤ 500 KB, each subpackage ≤ 1 MB
 *      (scripts/lib/weapp-packages.mjs BUDGET) — under WeChat's 2 MB each and 20 MB in all; the main
 *      package carries no zod (its pages import the contract's limits, never its schemas);
 *   6. tab bar icons: PNG or JPEG files of at most 40 KB (WeChat's limit), 81×81 as WeChat advises.
 * The tools live in their own package (scripts/wechat-check) and are installed on first use.
 * Run `npm run build:weapp` first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilerBinaries, requireTool } from './wechat-check/tools.mjs';
import { BUDGET, packageSizes, walk } from './lib/weapp-packages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist/weapp');

const KB = 1024;
const MB = 1024 * KB;
const PACKAGE_LIMIT = 2 * MB;
const ICON_LIMIT = 40 * KB;
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
  // wcsc compiles the file given first and reads the files it @imports from those given after
  // (Taro's shared styles: app.wxss → app-origin.wxss, common.wxss; a page → sub-vendors.wxss).
  for (const file of wxss) runCompiler(wcsc, ['-js', file, ...wxssImports(path.join(outDir, file)).map((f) => `./${rel(f)}`)], `wcsc (WXSS) ${file}`);
  console.log(`wcc/wcsc: ${wxml.length} WXML, ${wxs.length} WXS, ${wxss.length} WXSS files`);
}

/** Every stylesheet a WXSS file @imports, directly or through another. */
function wxssImports(file, seen = new Set()) {
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/@import\s+(["'])([^"']+)\1/g)) {
    const target = m[2].startsWith('/') ? path.join(outDir, m[2]) : path.resolve(path.dirname(file), m[2]);
    if (seen.has(target) || !fs.existsSync(target)) continue; // a missing one is wcsc's error to report
    seen.add(target);
    wxssImports(target, seen);
  }
  return [...seen];
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
    const budget = name === 'main' ? BUDGET.main : BUDGET.subpackage;
    const limit = Math.min(budget, PACKAGE_LIMIT);
    const label = name === 'main' ? 'main package' : `subpackage ${name}`;
    console.log(`  ${label}`.padEnd(34) + show(size).padStart(10) + `  (budget ${show(budget)})${size > limit ? '  ✖ over' : ''}`);
    if (size > limit) fail('package size', `${label} is ${show(size)}, over its budget of ${show(limit)}`);
  }
  console.log('  total'.padEnd(34) + show(total).padStart(10));
  if (total > TOTAL_LIMIT) fail('package size', `all packages together are ${show(total)}, the limit is 20 MB`);
}

/** zod's classes register under their names ("$ZodType"), which survive minification. */
function checkMainCarriesNoZod(files) {
  const subRoots = (readAppJson().subPackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const main = files.filter((f) => f.endsWith('.js') && !subRoots.some((r) => rel(f).startsWith(r)));
  const carrying = main.filter((f) => fs.readFileSync(f, 'utf8').includes('"$ZodType"'));
  for (const f of carrying) {
    fail('main package', `${rel(f)} carries zod: a main-package page imports a schema (import the contract's limits, core/contract/limits.ts; test/unit/main-package.test.ts names the chain)`);
  }
  console.log(`main package: ${main.length} scripts, ${carrying.length ? 'zod found' : 'no zod'}`);
}

/** A PNG's width and height, or undefined for any other file. */
function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkTabBarIcons() {
  const list = readAppJson().tabBar?.list ?? [];
  let count = 0;
  for (const item of list) {
    for (const key of ['iconPath', 'selectedIconPath']) {
      const icon = item[key];
      if (!icon) continue;
      count += 1;
      const file = path.join(outDir, icon);
      if (!fs.existsSync(file)) {
        fail('tab bar icon', `${item.text}: ${icon} is missing`);
        continue;
      }
      const bytes = fs.readFileSync(file);
      if (bytes.length > ICON_LIMIT) fail('tab bar icon', `${icon} is ${(bytes.length / KB).toFixed(1)} KB, the limit is 40 KB`);
      const png = pngSize(bytes);
      const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
      if (!png && !jpeg) fail('tab bar icon', `${icon} is neither PNG nor JPEG`);
      if (png && (png.width !== 81 || png.height !== 81)) console.log(`  note: ${icon} is ${png.width}×${png.height}, WeChat advises 81×81`);
    }
  }
  console.log(`tab bar: ${list.length} tabs, ${count} icons checked`);
}

function readAppJson() {
  return JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8'));
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
  checkTabBarIcons();
  checkMainCarriesNoZod(files);
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
