/** Property-style: for many generated inputs, routing always assigns an able deputy or triages. */
import { routeOpinion, type RoutingCandidate, type RoutingInput } from '../../core/route-opinion';
import { CATEGORIES, LEVELS, LEVELS_FOR_SCOPE, SCOPES, goesToStaffOnly } from '../../core/vocabulary';

/** mulberry32: small, seeded, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}

const EXTRA_CATEGORIES = ['社区自定义类别', ''];

function generate(seed: number): RoutingInput {
  const r = rng(seed);
  const categories = [...CATEGORIES, ...EXTRA_CATEGORIES];
  const n = r.int(7);
  const candidates: RoutingCandidate[] = Array.from({ length: n }, (_, i) => ({
    id: `d${r.int(4)}${i}`,
    name: `代表${i}`,
    level: r.pick(LEVELS),
    specialties: categories.filter(() => r.chance(0.25)),
    active: r.chance(0.85),
    bound: r.chance(0.85),
    onLeave: r.chance(0.15),
    termEnded: r.chance(0.1),
    onDuty: r.chance(0.25),
    openCount: r.int(4),
    lastAssignedAt: r.pick([0, 1000, 2000]),
  }));
  const chosen = r.int(4);
  return {
    category: r.pick(categories),
    scope: r.pick(SCOPES),
    chosenDeputyId:
      chosen === 0 && n > 0 ? r.pick(candidates).id : chosen === 1 ? 'd-not-here' : undefined,
    candidates,
    stationHasStaff: r.chance(0.6),
    adminRegion: r.chance(0.5) ? { code: `43${r.int(10000)}`, name: '某区人大常委会' } : undefined,
  };
}

const able = (d: RoutingCandidate) => d.active && d.bound && !d.onLeave && !d.termEnded;
const byLoad = (a: RoutingCandidate, b: RoutingCandidate) =>
  a.openCount - b.openCount || a.lastAssignedAt - b.lastAssignedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const RUNS = 3000;
const inputs = Array.from({ length: RUNS }, (_, i) => generate(i + 1));

describe(`routing over ${RUNS} generated inputs`, () => {
  it('generates a useful spread of outcomes (the generator itself is not degenerate)', () => {
    const rules = new Set(inputs.map((i) => routeOpinion(i).rule));
    expect([...rules].sort()).toEqual(['chosen', 'on_duty', 'restricted', 'specialty', 'triage']);
    const kinds = new Set(inputs.map((i) => routeOpinion(i).triage?.kind).filter(Boolean));
    expect([...kinds].sort()).toEqual(['admin', 'none', 'staff']);
  });

  it('always assigns an able candidate of the station, or triages to a target; reason never empty', () => {
    const bad: string[] = [];
    inputs.forEach((input, i) => {
      const d = routeOpinion(input);
      const fail = (why: string) => bad.push(`seed ${i + 1}: ${why} ${JSON.stringify(d)}`);
      if (typeof d.reason !== 'string' || d.reason.trim() === '') fail('empty reason');
      if (d.status === 'assigned') {
        const who = input.candidates.find((c) => c.id === d.deputyId);
        if (!who) fail('assigned to someone not of the station');
        else if (!able(who)) fail('assigned to an unavailable deputy');
        if (d.triage) fail('assigned with a triage target');
        if (goesToStaffOnly(input.category)) fail('staff-only category assigned to a deputy');
      } else if (d.status === 'triage') {
        if (d.deputyId !== undefined) fail('triage with a deputy');
        const want = input.stationHasStaff
          ? { kind: 'staff' }
          : input.adminRegion
            ? { kind: 'admin', regionCode: input.adminRegion.code }
            : { kind: 'none' };
        if (JSON.stringify(d.triage) !== JSON.stringify(want)) fail(`triage target, want ${JSON.stringify(want)}`);
      } else {
        fail('status neither assigned nor triage');
      }
    });
    expect(bad).toEqual([]);
  });

  it('fires the first rule that can fire, as PRODUCT.md orders them', () => {
    const bad: string[] = [];
    inputs.forEach((input, i) => {
      const d = routeOpinion(input);
      const ables = input.candidates.filter(able);
      const chosen = ables.find((c) => c.id === input.chosenDeputyId);
      const onDuty = ables.filter((c) => c.onDuty).sort(byLoad);
      const fit = ables
        .filter((c) => c.specialties.includes(input.category) && LEVELS_FOR_SCOPE[input.scope].includes(c.level))
        .sort(byLoad);
      const want = goesToStaffOnly(input.category)
        ? ['restricted', undefined]
        : chosen
          ? ['chosen', chosen.id]
          : onDuty.length
            ? ['on_duty', onDuty[0].id]
            : fit.length
              ? ['specialty', fit[0].id]
              : ['triage', undefined];
      if (d.rule !== want[0] || d.deputyId !== want[1]) {
        bad.push(`seed ${i + 1}: got ${d.rule}/${d.deputyId}, want ${want.join('/')}`);
      }
      if (d.flagged !== goesToStaffOnly(input.category)) bad.push(`seed ${i + 1}: flagged ${d.flagged}`);
      if (input.chosenDeputyId && !chosen && !goesToStaffOnly(input.category) && d.notes.length === 0) {
        bad.push(`seed ${i + 1}: chosen deputy skipped without a note`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('is deterministic and does not reorder or mutate the candidates', () => {
    for (const input of inputs.slice(0, 300)) {
      const before = JSON.stringify(input);
      const first = routeOpinion(input);
      expect(routeOpinion(input)).toEqual(first);
      expect(JSON.stringify(input)).toBe(before);
    }
  });
});
