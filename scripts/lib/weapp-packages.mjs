/**
 * Sizes of a weapp build's packages as WeChat counts them: the main package and each
 * subpackage (by app.json `subPackages` roots); source maps, license notes and
 * project.config.json are not uploaded. Shared by scripts/check-weapp.mjs and the bench.
 */
import fs from 'node:fs';
import path from 'node:path';

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
