/**
 * Sizes of a weapp build's packages as WeChat counts them: the main package and each
 * subpackage (by app.json `subPackages` roots); source maps, license notes and
 * project.config.json are not uploaded. Shared by scripts/check-weapp.mjs and the bench.
 */
import fs from 'node:fs';
import path from 'node:path';

const KB = 1024;

/**
 * Our budgets, below WeChat's limits (2 MB a package, 20 MB in all): the main package — the
 * tab-bar pages and scan → station → write, downloaded before the first screen — at most
 * 500 KB (issue 21; a bare Taro app is about 330 KB), each subpackage at most 1 MB.
 * scripts/check-weapp.mjs fails past them; the bench prints weapp_main_kb and each
 * weapp_sub_<name>_kb beside them.
 */
export const BUDGET = { main: 500 * KB, subpackage: 1024 * KB };

/** A package's short name for figures: `main`, or a subpackage root's last folder (`deputy`). */
export const packageName = (root) => (root === 'main' ? 'main' : root.replace(/\/$/, '').split('/').pop());

export function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** Bytes per package: `main` and each subpackage root (e.g. `packages/deputy/`). */
export function packageSizes(outDir, files = walk(outDir).filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`))) {
  const rel = (p) => path.relative(outDir, p).split(path.sep).join('/');
  const app = JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8'));
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const sizes = new Map([['main', 0], ...subRoots.map((r) => [r, 0])]);
  for (const file of files) {
    if (file.endsWith('.map') || file.endsWith('.LICENSE.txt') || rel(file) === 'project.config.json') continue;
    const owner = subRoots.find((r) => rel(file).startsWith(r)) ?? 'main';
    sizes.set(owner, sizes.get(owner) + fs.statSync(file).size);
  }
  return sizes;
}
