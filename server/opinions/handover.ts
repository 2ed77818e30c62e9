/**
 * A deputy hands an opinion they hold over to another deputy of its station: the assignee
 * changes, the status does not (PRODUCT.md); deadlines keep running.
 */
import { AppError } from '../../core/errors';
import { HANDOVER_STATUSES } from '../../core/opinion-status';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getDeputy } from '../deputies/deputies.repo';
import { deputiesByIds } from '../deputies/visible';
import { getStation } from '../stations/stations.repo';
import { checkDeputyText, deputyChangeDoc, myAssignedOpinion } from './deputy-work';
import { changeOpinionResult } from './views/transition-result';

/** Active deputies bound to WeChat, other than the one handing over. */
const canTakeOver = (d: DeputyDoc | undefined, fromId: string): d is DeputyDoc =>
  Boolean(d && d._id !== fromId && d.status === 'active' && d.openid);

/** The deputies of the opinion's station who could take it over. */
export async function handoverTargets(ports: Ports, actor: Actor, id: string) {
  const doc = await myAssignedOpinion(ports, actor, id);
  const station = await getStation(ports, doc.stationCode);
  const deputies = await deputiesByIds(ports, station?.deputyIds ?? []);
  return {
    items: deputies
      .filter((d) => canTakeOver(d, actor.deputy!._id))
      .map((d) => ({ id: d._id, name: d.name, levelLabel: LEVEL_LABELS[d.level] })),
  };
}

/** Hands the opinion over to `toDeputyId`, a deputy of its station who can take it over. */
export async function handOver(ports: Ports, actor: Actor, id: string, toDeputyId: string, reason: string) {
  const doc = await myAssignedOpinion(ports, actor, id);
  if (!HANDOVER_STATUSES.includes(doc.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
  const target = await getDeputy(ports, toDeputyId);
  const station = await getStation(ports, doc.stationCode);
  if (!canTakeOver(target, actor.deputy!._id) || !station?.deputyIds.includes(target._id)) {
    throw new AppError('HANDOVER_NOT_ALLOWED');
  }
  await checkDeputyText(ports, actor, reason);
  const updated = await deputyChangeDoc(ports, actor, id, (fresh) => {
    if (!HANDOVER_STATUSES.includes(fresh.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
    return {
      action: 'handover',
      note: `转交${target.name}代表：${reason}`,
      set: { assigneeDeputyId: target._id, assigneeName: target.name, assigneeLevelLabel: LEVEL_LABELS[target.level] },
    };
  });
  return { ...changeOpinionResult(updated), assigneeName: target.name };
}
