/**
 * inbox_page_ms: one deputy.inbox call (a page of 20 plus the six tab counts) through the
 * dispatcher, the genuine SDK client and the embedded store, with 100,000 opinions stored —
 * 2,000 of them held by the deputy asking, the rest by 500 others. Median of 30 calls.
 */
import { STATUSES } from '../../core/opinion-status';
import { createRuntime } from '../../server/local/runtime';
import { seedIfEmpty } from '../../server/local/seed';
import { storedOpinion } from './seed-opinions';

const TOTAL = 100_000;
const MINE = 2_000;
const OPEN = ['assigned', 'accepted', 'need_info', 'forwarded', 'suggestion', 'replied'] as const;

export async function benchInbox(): Promise<Record<string, number>> {
  const rt = createRuntime({ dataDir: ':memory:' });
  await rt.callAsPlatform('setup', { action: 'init' });
  await seedIfEmpty(rt.ports);
  const now = Date.now();
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  rt.store.atomically(() => {
    for (let i = 0; i < TOTAL; i++) {
      const mine = i % (TOTAL / MINE) === 0;
      const status = rand() < 0.4 ? OPEN[Math.floor(rand() * OPEN.length)] : STATUSES[9 + Math.floor(rand() * 4)];
      const createdAt = new Date(now - Math.floor(rand() * 200) * 86_400_000);
      const open = (OPEN as readonly string[]).includes(status);
      rt.store.insert(
        'opinions',
        storedOpinion(i, createdAt, {
          openid: `bench-resident-${i % 30000}`,
          status,
          assigneeDeputyId: mine ? 'd-county-1' : `bench-deputy-${i % 500}`,
          assigneeName: mine ? '李红梅' : '代表',
          ...(open && status !== 'need_info'
            ? { nextDueAt: new Date(now + Math.floor(rand() * 20) * 86_400_000), nextDueKind: 'result' }
            : { nextDueAt: null }),
          overdue: open && rand() < 0.1,
        }),
      );
    }
  });
  const tabs = ['new', 'in_progress', 'overdue', 'all'];
  const times: number[] = [];
  for (let i = 0; i < 34; i++) {
    const started = process.hrtime.bigint();
    const r = await rt.call('deputy', { action: 'inbox', payload: { tab: tabs[i % tabs.length] } }, 'demo-deputy-county');
    if (!r.ok) throw new Error(`inbox refused: ${r.code}`);
    if (i >= 4) times.push(Number(process.hrtime.bigint() - started) / 1e6); // first round warms up
  }
  rt.close();
  times.sort((a, b) => a - b);
  return { inbox_page_ms: times[Math.floor(times.length / 2)] };
}
