/** Routing decisions per second over varied stations (pure: no I/O in the loop). */
import { routeOpinion, type RoutingCandidate, type RoutingInput } from '../../core/route-opinion';
import { CATEGORIES, LEVELS, SCOPES } from '../../core/vocabulary';

function inputs(count: number): RoutingInput[] {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: count }, (_, n) => {
    const candidates: RoutingCandidate[] = Array.from({ length: 3 + (n % 10) }, (_, i) => ({
      id: `d-${n}-${i}`,
      name: `代表${i}`,
      level: pick(LEVELS),
      specialties: [pick(CATEGORIES), pick(CATEGORIES), pick(CATEGORIES)],
      active: rnd() > 0.05,
      bound: rnd() > 0.1,
      onLeave: rnd() < 0.1,
      termEnded: rnd() < 0.03,
      onDuty: rnd() < 0.15,
      openCount: Math.floor(rnd() * 20),
      lastAssignedAt: Math.floor(rnd() * 1e12),
    }));
    return {
      category: pick(CATEGORIES),
      scope: pick(SCOPES),
      ...(rnd() < 0.2 ? { chosenDeputyId: pick(candidates).id } : {}),
      candidates,
      stationHasStaff: rnd() > 0.2,
      adminRegion: { code: '430104', name: '岳麓区' },
    };
  });
}

export async function benchRouting(): Promise<Record<string, number>> {
  const batch = inputs(2000);
  for (const i of batch) routeOpinion(i); // warm up
  let decisions = 0;
  const started = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < 1500) {
    for (const i of batch) routeOpinion(i);
    decisions += batch.length;
    elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  }
  return { routing_per_s: (decisions / elapsedMs) * 1000 };
}
