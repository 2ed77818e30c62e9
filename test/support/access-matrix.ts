/**
 * The access matrix: every function × action × kind of caller, observed through the
 * dispatcher (a call is "denied" when answered LOGIN_REQUIRED or FORBIDDEN). Printed into
 * docs/authorization.md by scripts/print-authorization.ts; the test compares the two.
 */
import { CONTRACT, type FunctionName } from '../../core/contract';
import type { Local } from './local';

export const CALLERS = [
  { key: 'anonymous', label: '访客 anonymous', openid: undefined },
  { key: 'resident', label: '居民 resident', openid: 'demo-resident-1' },
  { key: 'deputy', label: '代表 deputy', openid: 'demo-deputy-county' },
  { key: 'staff', label: '工作人员 staff', openid: 'demo-staff-wyh' },
  { key: 'admin', label: '管理员 admin', openid: 'demo-admin-yuelu' },
  { key: 'two_roles', label: '代表+工作人员 two roles', openid: 'demo-deputy-township' },
] as const;

/** Makes the township deputy also staff of 望月湖, so one openid holds two roles. */
export async function prepareTwoRoles(t: Local): Promise<void> {
  await t.ports.db.collection('users').doc('demo-deputy-township').update({ data: { staffStationCodes: ['WYH01'] } });
}

export type Matrix = { fn: string; action: string; access: string; cells: Record<string, 'allowed' | 'denied'> }[];

export async function observeMatrix(t: Local): Promise<Matrix> {
  const rows: Matrix = [];
  for (const fn of Object.keys(CONTRACT) as FunctionName[]) {
    for (const [action, spec] of Object.entries(CONTRACT[fn]) as [string, { access: string }][]) {
      const cells: Record<string, 'allowed' | 'denied'> = {};
      for (const c of CALLERS) {
        const before = t.store.changes();
        // An empty payload: the access check runs before the payload is read.
        const r = await t.call(fn, { action, payload: {} }, c.openid);
        const denied = !r.ok && (r.code === 'LOGIN_REQUIRED' || r.code === 'FORBIDDEN');
        if (denied && t.store.changes() !== before) throw new Error(`${fn}.${action} denied but wrote`);
        cells[c.key] = denied ? 'denied' : 'allowed';
      }
      rows.push({ fn, action, access: spec.access, cells });
    }
  }
  return rows;
}

export function matrixMarkdown(rows: Matrix): string {
  const head = `| function | action | access | ${CALLERS.map((c) => c.label).join(' | ')} |`;
  const rule = `| --- | --- | --- | ${CALLERS.map(() => ':---:').join(' | ')} |`;
  const body = rows.map(
    (r) => `| ${r.fn} | ${r.action} | ${r.access} | ${CALLERS.map((c) => (r.cells[c.key] === 'allowed' ? '✓' : '✗')).join(' | ')} |`,
  );
  return [head, rule, ...body].join('\n');
}
