/**
 * The access matrix observed through the dispatcher — every action, called on a real target
 * as each of ten kinds of caller — equals what its declared access and scope allow, and the
 * table printed in docs/authorization.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT } from '../../core/contract';
import { CALLERS, expectedAllowed, matrixMarkdown, observeMatrix } from '../support/access-matrix';

jest.setTimeout(600_000);

test('every action × caller matches its declared access and scope, and docs/authorization.md shows it', async () => {
  const rows = await observeMatrix();
  const total = Object.values(CONTRACT).reduce((n, actions) => n + Object.keys(actions).length, 0);
  expect(rows).toHaveLength(total);
  const order = (keys: string[]) => CALLERS.map((c) => c.key).filter((k) => keys.includes(k));
  const differences = rows
    .map((row) => ({
      action: `${row.fn}.${row.action}`,
      observed: order(Object.keys(row.cells).filter((k) => row.cells[k as keyof typeof row.cells] === 'allowed')),
      declared: order(expectedAllowed(row.access, row.scope)),
    }))
    .filter((d) => d.observed.join() !== d.declared.join());
  expect(differences).toEqual([]);
  // Every kind of caller is refused somewhere and allowed somewhere: none is a column that cannot fail.
  for (const c of CALLERS) {
    expect(rows.some((r) => r.cells[c.key] === 'denied')).toBe(true);
    expect(rows.some((r) => r.cells[c.key] === 'allowed')).toBe(true);
  }
  const doc = readFileSync(path.resolve(__dirname, '../../docs/authorization.md'), 'utf8');
  expect(doc).toContain(matrixMarkdown(rows));
});
