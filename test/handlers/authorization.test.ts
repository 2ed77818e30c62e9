/** The access matrix observed through the dispatcher equals the one printed in docs/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT } from '../../core/contract';
import { matrixMarkdown, observeMatrix, prepareTwoRoles } from '../support/access-matrix';
import { startLocal } from '../support/local';

jest.setTimeout(120_000);

const EXPECTED_BY_ACCESS: Record<string, string[]> = {
  public: ['anonymous', 'resident', 'deputy', 'staff', 'admin', 'two_roles'],
  resident: ['resident', 'deputy', 'staff', 'admin', 'two_roles'],
  deputy: ['deputy', 'two_roles'],
  staff: ['staff', 'two_roles'],
  admin: ['admin'],
};

test('every action × caller matches its declared access, and docs/authorization.md shows it', async () => {
  const t = await startLocal();
  await prepareTwoRoles(t);
  const rows = await observeMatrix(t);
  t.close();
  const total = Object.values(CONTRACT).reduce((n, actions) => n + Object.keys(actions).length, 0);
  expect(rows).toHaveLength(total);
  for (const row of rows) {
    const allowed = Object.entries(row.cells).filter(([, v]) => v === 'allowed').map(([k]) => k).sort();
    expect({ action: `${row.fn}.${row.action}`, allowed }).toEqual({
      action: `${row.fn}.${row.action}`,
      allowed: [...(EXPECTED_BY_ACCESS[row.access] ?? [])].sort(),
    });
  }
  const doc = readFileSync(path.resolve(__dirname, '../../docs/authorization.md'), 'utf8');
  expect(doc).toContain(matrixMarkdown(rows));
});
