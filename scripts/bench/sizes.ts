/**
 * Package and bundle sizes, against WeChat's limits and our budgets:
 *   weapp_main_kb / weapp_max_sub_kb  the weapp build's main package and largest subpackage
 *                                     (limit 2 MB each; budgets 500 KB and 1 MB) — builds dist/weapp
 *                                     first unless BENCH_REUSE_BUILD=1 and a build is there
 *   weapp_sub_<name>_kb               each subpackage (weapp_sub_deputy_kb …; budget 1 MB)
 *   function_bundle_max_kb            the largest cloud function bundle but documents (budget 1 MB)
 *   documents_bundle_kb               the documents function with its font (budget 5 MB)
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES } from '../../core/contract';
import { buildFunction } from '../build-functions';

const root = path.resolve(__dirname, '../..');
const KB = 1024;

export async function benchSizes(): Promise<Record<string, number>> {
  const weappDir = path.join(root, 'dist/weapp');
  if (!(process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(weappDir, 'app.json')))) {
    console.log('building the weapp package (npm run build:weapp)…');
    execSync('npm run build:weapp --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const { packageSizes, packageName } = (await import(path.join(root, 'scripts/lib/weapp-packages.mjs'))) as {
    packageSizes: (dir: string) => Map<string, number>;
    packageName: (root: string) => string;
  };
  const packages = packageSizes(weappDir);
  for (const [name, bytes] of packages) console.log(`  weapp ${name.padEnd(20)} ${(bytes / KB).toFixed(1).padStart(8)} KB`);
  const subs = [...packages].filter(([name]) => name !== 'main').map(([, b]) => b);
  const eachSub = Object.fromEntries(
    [...packages].filter(([name]) => name !== 'main').map(([name, bytes]) => [`weapp_sub_${packageName(name)}_kb`, bytes / KB]),
  );

  const bundles: Record<string, number> = {};
  for (const fn of FUNCTION_NAMES) bundles[fn] = (await buildFunction(fn)).kb;
  for (const [fn, kb] of Object.entries(bundles)) console.log(`  function ${fn.padEnd(17)} ${kb.toFixed(1).padStart(8)} KB`);
  const others = Object.entries(bundles).filter(([fn]) => fn !== 'documents').map(([, kb]) => kb);

  return {
    weapp_main_kb: packages.get('main')! / KB,
    weapp_max_sub_kb: Math.max(...subs) / KB,
    ...eachSub,
    function_bundle_max_kb: Math.max(...others),
    documents_bundle_kb: bundles.documents,
  };
}
