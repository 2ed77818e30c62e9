import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  HANDOVER_STATUSES,
  OPEN_STATUSES,
  STATUSES,
  STATUS_LABELS,
  TRANSITIONS,
  checkTransition,
  isAllowed,
  type Mover,
  type Status,
} from '../../core/opinion-status';

const MOVERS: Mover[] = ['system', 'resident', 'deputy', 'staff', 'office'];
/** "staff" in PRODUCT.md's table is the station's staff and, for cases in its region, the region office. */
const STAFF: Mover[] = ['staff', 'office'];

/** PRODUCT.md, "The opinion's life", written out independently of the code: [from, to, by]. */
const PRODUCT_TABLE: [Status[], Status[], Mover[]][] = [
  [['held'], ['submitted', 'rejected'], ['system', ...STAFF]], // content check result; staff
  [['submitted'], ['assigned', 'triage'], ['system']], // routing
  [['triage'], ['assigned', 'accepted', 'rejected'], STAFF], // accepted: 工作人员直接办理
  [['assigned'], ['accepted', 'rejected'], ['deputy', ...STAFF]],
  [['held', 'submitted', 'triage', 'assigned'], ['withdrawn'], ['resident']],
  [['accepted', 'forwarded', 'replied'], ['need_info'], ['deputy']],
  // need_info → the status it came from (one of the three above); resident adds info; staff
  [['need_info'], ['accepted', 'forwarded', 'replied'], ['resident', ...STAFF]],
  [['accepted'], ['forwarded', 'suggestion', 'replied', 'resolved'], ['deputy', ...STAFF]],
  [['forwarded', 'suggestion'], ['replied', 'resolved'], ['deputy', ...STAFF]],
  [['replied'], ['resolved', 'forwarded'], ['deputy', ...STAFF]],
  [['resolved'], ['closed'], ['resident', ...STAFF, 'system']], // rating, 回访, or after 15 days
  [['resolved'], ['accepted'], ['resident']], // reopen on 不满意
];

/**
 * The same table as docs/domain.md writes it (PRODUCT.md's words): each row's "by" column read
 * into movers, so the document cannot drift from the code either.
 */
const BY_WORDS: [RegExp, Mover[]][] = [
  [/content check|routing|automatically/, ['system']],
  [/resident/, ['resident']],
  [/deputy/, ['deputy']],
  [/staff/, STAFF],
];
const NEED_INFO_BACK: Status[] = ['accepted', 'forwarded', 'replied'];
function documentedTable(): [Status[], Status[], Mover[]][] {
  const md = readFileSync(path.join(__dirname, '../../docs/domain.md'), 'utf8');
  const start = md.indexOf('### Transitions');
  const section = md.slice(start, md.indexOf('\n#', start + 1));
  const rows = section.split('\n').filter((l) => /^\| [a-z_, ]+ \| /.test(l) && !l.startsWith('| from'));
  return rows.map((row) => {
    const [from, to, by] = row.split('|').slice(1, 4).map((c) => c.trim());
    const froms = from.split(', ') as Status[];
    const tos = to === 'the status it came from' ? NEED_INFO_BACK : (to.replace(/ \(.*\)$/, '').split(', ') as Status[]);
    const movers = BY_WORDS.filter(([re]) => re.test(by.replace(/\(.*\)/, ''))).flatMap(([, m]) => m);
    return [froms, tos, movers];
  });
}

const key = (from: Status, to: Status, by: Mover) => `${from} → ${to} by ${by}`;
const EXPECTED = new Set(
  PRODUCT_TABLE.flatMap(([froms, tos, bys]) =>
    froms.flatMap((f) => tos.flatMap((t) => bys.map((b) => key(f, t, b)))),
  ),
);

const ALL_TRIPLES = STATUSES.flatMap((from) =>
  STATUSES.flatMap((to) => MOVERS.map((by) => [from, to, by] as const)),
);

describe('statuses', () => {
  it('are exactly the 13 of PRODUCT.md, each with its Chinese label', () => {
    expect(STATUS_LABELS).toEqual({
      held: '审核中',
      submitted: '已提交',
      triage: '待分派',
      assigned: '已分派',
      accepted: '已受理',
      need_info: '待补充',
      forwarded: '已转交部门',
      suggestion: '已转为代表建议',
      replied: '已答复',
      resolved: '已办结',
      closed: '已归档',
      withdrawn: '已撤回',
      rejected: '不予受理',
    });
    expect([...STATUSES].sort()).toEqual(Object.keys(STATUS_LABELS).sort());
    expect(STATUSES).toHaveLength(13);
  });
});

describe('the transition table', () => {
  it('has a row for every status and no unknown targets', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort());
    for (const edges of Object.values(TRANSITIONS)) {
      for (const edge of edges) {
        for (const to of edge.to) expect(STATUSES).toContain(to);
        for (const by of edge.by) expect(MOVERS).toContain(by);
      }
    }
  });

  it('is the table docs/domain.md writes out (PRODUCT.md, word for word)', () => {
    const documented = documentedTable();
    expect(documented).toHaveLength(PRODUCT_TABLE.length);
    const triples = (t: [Status[], Status[], Mover[]][]) =>
      new Set(t.flatMap(([fs, ts, bs]) => fs.flatMap((f) => ts.flatMap((to) => bs.map((b) => key(f, to, b))))));
    expect([...triples(documented)].sort()).toEqual([...EXPECTED].sort());
  });

  it(`equals PRODUCT.md for all ${ALL_TRIPLES.length} (from, to, mover) triples`, () => {
    expect(ALL_TRIPLES).toHaveLength(13 * 13 * 5);
    const wrong = ALL_TRIPLES.filter(
      ([from, to, by]) => isAllowed(from, to, by) !== EXPECTED.has(key(from, to, by)),
    ).map(([from, to, by]) => `${key(from, to, by)}: expected ${EXPECTED.has(key(from, to, by))}`);
    expect(wrong).toEqual([]);
  });

  it('allows exactly as many changes as PRODUCT.md lists', () => {
    const allowed = ALL_TRIPLES.filter(([f, t, b]) => isAllowed(f, t, b));
    expect(allowed).toHaveLength(EXPECTED.size);
  });

  it.each(['closed', 'withdrawn', 'rejected'] as const)('%s is terminal: no exit for anyone', (from) => {
    expect(TRANSITIONS[from]).toEqual([]);
    for (const to of STATUSES) for (const by of MOVERS) expect(isAllowed(from, to, by)).toBe(false);
  });

  it('has no status that changes into itself', () => {
    for (const s of STATUSES) for (const by of MOVERS) expect(isAllowed(s, s, by)).toBe(false);
  });

  it('lets the resident withdraw only before acceptance', () => {
    const canWithdraw = STATUSES.filter((s) => isAllowed(s, 'withdrawn', 'resident'));
    expect(canWithdraw.sort()).toEqual(['assigned', 'held', 'submitted', 'triage']);
    for (const s of STATUSES) for (const by of ['system', 'deputy', 'staff', 'office'] as const) {
      expect(isAllowed(s, 'withdrawn', by)).toBe(false);
    }
  });

  it('sends need_info back only to statuses that can ask for information', () => {
    const canAsk = STATUSES.filter((s) => MOVERS.some((by) => isAllowed(s, 'need_info', by)));
    const canReturnTo = STATUSES.filter((s) => MOVERS.some((by) => isAllowed('need_info', s, by)));
    expect(canAsk.sort()).toEqual(['accepted', 'forwarded', 'replied']);
    expect(canReturnTo.sort()).toEqual(canAsk.sort());
  });
});

describe('checkTransition', () => {
  it('agrees with isAllowed on every triple outside need_info when no cameFrom is given', () => {
    const wrong = ALL_TRIPLES.filter(
      ([f, t, b]) => f !== 'need_info' && checkTransition(f, t, b).ok !== isAllowed(f, t, b),
    );
    expect(wrong).toEqual([]);
  });

  it('refuses to leave need_info when it is not known where it came from', () => {
    for (const to of ['accepted', 'forwarded', 'replied'] as Status[]) {
      expect(checkTransition('need_info', to, 'resident')).toEqual({ ok: false, reason: 'not_where_it_came_from' });
      expect(checkTransition('need_info', to, 'resident', to)).toEqual({ ok: true });
    }
  });

  it('answers exactly { ok: true } for an allowed change', () => {
    expect(checkTransition('assigned', 'accepted', 'deputy')).toEqual({ ok: true });
  });

  it.each<[Status, Status, Mover]>([
    ['held', 'accepted', 'staff'],
    ['submitted', 'resolved', 'system'],
    ['closed', 'accepted', 'resident'],
    ['withdrawn', 'submitted', 'resident'],
    ['rejected', 'triage', 'staff'],
    ['accepted', 'assigned', 'deputy'],
    ['suggestion', 'need_info', 'deputy'],
    ['resolved', 'replied', 'deputy'],
  ])('%s → %s by %s: not_in_table', (from, to, by) => {
    expect(checkTransition(from, to, by)).toEqual({ ok: false, reason: 'not_in_table' });
  });

  it.each<[Status, Status, Mover]>([
    ['assigned', 'accepted', 'resident'],
    ['submitted', 'assigned', 'staff'],
    ['triage', 'assigned', 'deputy'],
    ['held', 'submitted', 'deputy'],
    ['accepted', 'need_info', 'staff'],
    ['accepted', 'need_info', 'office'],
    ['triage', 'accepted', 'deputy'],
    ['resolved', 'accepted', 'staff'],
    ['resolved', 'closed', 'deputy'],
    ['need_info', 'accepted', 'deputy'],
    ['assigned', 'withdrawn', 'staff'],
  ])('%s → %s by %s: not_your_move', (from, to, by) => {
    expect(checkTransition(from, to, by)).toEqual({ ok: false, reason: 'not_your_move' });
  });

  const BACK = ['accepted', 'forwarded', 'replied'] as const;
  const cases = BACK.flatMap((cameFrom) =>
    BACK.flatMap((to) => (['resident', 'staff'] as const).map((by) => [cameFrom, to, by] as const)),
  );
  it.each(cases)('need_info that came from %s → %s by %s', (cameFrom, to, by) => {
    const check = checkTransition('need_info', to, by, cameFrom);
    if (to === cameFrom) expect(check).toEqual({ ok: true });
    else expect(check).toEqual({ ok: false, reason: 'not_where_it_came_from' });
  });

  it('checks the table and the mover before where need_info came from', () => {
    expect(checkTransition('need_info', 'closed', 'resident', 'accepted')).toEqual({
      ok: false,
      reason: 'not_in_table',
    });
    expect(checkTransition('need_info', 'accepted', 'deputy', 'accepted')).toEqual({
      ok: false,
      reason: 'not_your_move',
    });
  });

  it('ignores cameFrom when the change does not start at need_info', () => {
    expect(checkTransition('accepted', 'replied', 'deputy', 'forwarded')).toEqual({ ok: true });
  });
});

describe('OPEN_STATUSES and HANDOVER_STATUSES', () => {
  it('open load is the work still waiting on a deputy or staff after assignment', () => {
    expect([...OPEN_STATUSES].sort()).toEqual(
      ['assigned', 'accepted', 'need_info', 'forwarded', 'suggestion', 'replied'].sort(),
    );
  });

  it('open statuses are neither terminal nor before assignment', () => {
    for (const s of ['held', 'submitted', 'triage', 'resolved', 'closed', 'withdrawn', 'rejected'] as const) {
      expect(OPEN_STATUSES).not.toContain(s);
    }
  });

  it('hand-over is allowed from assigned, accepted, need_info, forwarded and replied only', () => {
    expect([...HANDOVER_STATUSES].sort()).toEqual(
      ['assigned', 'accepted', 'need_info', 'forwarded', 'replied'].sort(),
    );
    expect(HANDOVER_STATUSES).not.toContain('suggestion');
  });
});
