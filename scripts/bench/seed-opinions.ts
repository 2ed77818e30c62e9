/**
 * Fills a local store with N opinions straight into SQLite (one transaction), shaped like
 * real ones: many residents, every demo deputy, a realistic mix of statuses and ages.
 */
import type { Status } from '../../core/opinion-status';
import type { LocalRuntime } from '../../server/local/runtime';
import type { Doc } from '../../emulator/sqlite-store';
import { DEMO_DEPUTIES } from '../../server/local/demo-data';

const MIX: [Status, number][] = [
  ['assigned', 0.1],
  ['accepted', 0.15],
  ['replied', 0.1],
  ['resolved', 0.1],
  ['closed', 0.45],
  ['withdrawn', 0.05],
  ['triage', 0.05],
];

/** A stored opinion as the handlers write it, for benchmarks; `fields` override the defaults. */
export function storedOpinion(i: number, createdAt: Date, fields: Record<string, unknown>): Doc {
  return {
    _id: `seed${i.toString(36).padStart(8, '0')}`,
    trackingNo: `430104-20250101-${String(i).padStart(6, '0')}`,
    requestId: `seed-${i}`,
    channel: 'qr',
    stationCode: 'WYH01',
    stationName: '望月湖街道人大代表联络站',
    regionCode: '430104007',
    regionPath: ['430000', '430100', '430104', '430104007'],
    category: '住房物业',
    scope: 'community',
    text: `历史意见 ${i}:小区公共设施需要维修。`,
    anonymous: false,
    allowContact: false,
    consentPublish: false,
    assigneeLevelLabel: '县(市区)',
    flagged: false,
    routing: { rule: 'specialty', reason: '基准数据', notes: [] },
    replies: [],
    timeline: [{ at: createdAt, actor: { role: 'resident' }, action: 'submit', to: 'submitted' }],
    chaseCount: 0,
    reopenCount: 0,
    notifyPending: false,
    notifiedEvents: 1,
    photos: [],
    version: 1,
    createdAt,
    updatedAt: createdAt,
    ...fields,
  };
}

export function seedOpinions(rt: LocalRuntime, n: number, now: Date): void {
  const bound = DEMO_DEPUTIES.filter((d) => d.openid);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  rt.store.atomically(() => {
    for (let i = 0; i < n; i++) {
      let r = rand();
      const status = MIX.find(([, p]) => (r -= p) < 0)?.[0] ?? 'closed';
      const deputy = bound[i % bound.length];
      const createdAt = new Date(now.getTime() - Math.floor(rand() * 365) * 86_400_000 - 86_400_000);
      rt.store.insert(
        'opinions',
        storedOpinion(i, createdAt, {
          openid: `seed-resident-${i % 20000}`,
          stationCode: deputy.stationCodes[0],
          status,
          ...(status === 'triage' ? {} : { assigneeDeputyId: deputy._id, assigneeName: deputy.name }),
        }),
      );
    }
  });
}
