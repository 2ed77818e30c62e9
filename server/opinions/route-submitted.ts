/**
 * Routes an opinion that is `submitted` (after content security released it): the routing
 * decision and the new assignee land in one conditional update with their event.
 */
import { AppError } from '../../core/errors';
import { routeOpinion } from '../../core/route-opinion';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { markAssigned } from '../deputies/deputies.repo';
import { requireOpinion } from './opinions.repo';
import { moveOpinion } from './after-write';
import { requireStation } from '../stations/stations.repo';
import { gatherRouting } from './gather-routing';

export async function routeSubmitted(ports: Ports, id: string): Promise<OpinionDoc> {
  const opinion = await requireOpinion(ports, id);
  const station = await requireStation(ports, opinion.stationCode);
  const { input, deputies } = await gatherRouting(ports, station, opinion);
  const decision = routeOpinion(input);
  const assignee = deputies.find((d) => d._id === decision.deputyId);
  const now = ports.clock.now();
  // The opinion read above is the write's first round; a write in between makes it read again.
  const routed = await moveOpinion(ports, id, (fresh) => {
    if (fresh.status !== 'submitted') throw new AppError('TRANSITION_NOT_ALLOWED');
    return {
      to: decision.status,
      mover: 'system',
      actor: { role: 'system' },
      action: 'route',
      note: decision.reason,
      set: {
        routing: { rule: decision.rule, reason: decision.reason, notes: decision.notes },
        flagged: decision.flagged,
        ...(decision.guidance ? { guidance: decision.guidance } : {}),
        ...(decision.triage ? { triage: decision.triage } : {}),
        ...(assignee
          ? {
              assigneeDeputyId: assignee._id,
              assigneeName: assignee.name,
              assigneeLevelLabel: LEVEL_LABELS[assignee.level],
              assignedAt: now,
            }
          : {}),
      },
    };
  }, opinion);
  if (assignee) await markAssigned(ports, assignee._id, now);
  return routed;
}
