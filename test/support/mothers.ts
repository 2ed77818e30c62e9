/** Object mothers for the pure domain: sensible defaults, override only what the test is about. */
import type { RoutingCandidate, RoutingInput } from '../../core/route-opinion';

/** An active, bound deputy of the station, not on leave, not on duty, with nothing open. */
export function aCandidate(overrides: Partial<RoutingCandidate> = {}): RoutingCandidate {
  return {
    id: 'd-zhang',
    name: '张明',
    level: 'county',
    specialties: [],
    active: true,
    bound: true,
    onLeave: false,
    termEnded: false,
    onDuty: false,
    openCount: 0,
    lastAssignedAt: 0,
    ...overrides,
  };
}

/** A community-scope 交通出行 opinion at a station that has staff and no deputies. */
export function aRoutingInput(overrides: Partial<RoutingInput> = {}): RoutingInput {
  return {
    category: '交通出行',
    scope: 'community',
    candidates: [],
    stationHasStaff: true,
    ...overrides,
  };
}

/** A valid opinion.submit payload as the mini-program sends it (defaults left out). */
export function aSubmitPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stationCode: 'CS-YL-001',
    category: '交通出行',
    text: '小区门口的红绿灯时间太短，老人过马路来不及。',
    requestId: 'req-00000001',
    ...overrides,
  };
}
