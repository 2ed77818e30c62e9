/**
 * The data seam (decision 0020): each collection is read and written by exactly one repository
 * module (`*.repo.ts`, possibly in parts beside it: `opinions.repo.ts` with `opinions.lists.repo.ts`
 * and `opinions.similar.repo.ts`), and nothing else in server/ names a collection to the database client.
 * The layer check sees imports; this sees which collection each database call names.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../../server/platform/collections';

const root = path.resolve(__dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** The collections a file names in a database call: `collection('x')`, `findById(db, 'x', …)`, `findAll(db, 'x', …)`. */
const CALL = /\.collection(?:<[^>]*>)?\(\s*'(\w+)'|\b(?:find(?:ById|All)|idsAfter)(?:<[^>]*>)?\(\s*[\w.()]+\s*,\s*'(\w+)'/g;
const named = (text: string) => new Set([...text.matchAll(CALL)].map((m) => m[1] ?? m[2]));

// The roots may name collections: the local run seeds its demo data below the seam, setup creates them.
const ROOTS = /^server\/(local|cloud)\//;

test('every collection is named by exactly one repository, and by nothing else in server/', () => {
  const owners = new Map<string, string[]>();
  const outside: string[] = [];
  for (const file of files(path.join(root, 'server'))) {
    const rel = path.relative(root, file);
    const found = named(readFileSync(file, 'utf8'));
    if (found.size === 0 || ROOTS.test(rel)) continue;
    if (!rel.endsWith('.repo.ts')) outside.push(`${rel}: ${[...found].join(', ')}`);
    else for (const c of found) owners.set(c, [...(owners.get(c) ?? []), rel]);
  }
  expect(outside).toEqual([]);
  // A repository may come in parts beside it, named `<name>.<part>.repo.ts` (opinions.similar.repo.ts): one repository still.
  const repositoryOf = (rel: string) => rel.replace(/\.[a-z-]+(\.repo\.ts)$/, '$1');
  const shared = [...owners].filter(([, repos]) => new Set(repos.map(repositoryOf)).size > 1).map(([c, repos]) => `${c}: ${repos.join(', ')}`);
  expect(shared).toEqual([]);
  // Every collection the product declares has its repository, and no repository names an undeclared one.
  expect([...owners.keys()].sort()).toEqual([...COLLECTIONS].sort());
});

test('the check sees a collection named outside a repository, and one named by two', () => {
  expect([...named("await dbOf(ports).collection<OpinionDoc>('opinions').where({ _id: id }).get();")]).toEqual(['opinions']);
  expect([...named("findById<StationDoc>(dbOf(ports), 'stations', code)")]).toEqual(['stations']);
  expect([...named("findAll<UserDoc>(db, 'users', { adminRegionCode })")]).toEqual(['users']);
  expect([...named('const x = new Set(); x.add(1);')]).toEqual([]);
});
