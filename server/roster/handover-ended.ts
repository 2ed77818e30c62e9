/**
 * Staff hand over the open opinions of deputies whose term ended (PRODUCT.md: hand-over "by
 * staff when a deputy's term ends"): to an active, bound deputy of the opinion's station whose
 * own term runs on. The assignee changes, the status and deadlines do not (as a deputy's
 * hand-over, decision 0009); one conditional opinion update with its `handover` event.
 */
import { beijingDate } from '../../core/beijing-time';
import { HANDOVER_STATUSES, STATUS_LABELS } from '../../core/opinion-status';
import { AppError } from '../../core/errors';
import { isOnLeave } from '../../core/reception-schedule';
import { termEnded } from '../../core/deputy-term';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { Actor } from '../users/actor';
import type { DeputyDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getDeputy, storedDeputiesByIds } from '../deputies/deputies.repo';
import { deputiesByIds } from '../deputies/visible';
import { opinionsAtStationsUpTo, requireOpinion } from '../opinions/opinions.repo';
import { moveOpinion } from '../opinions/after-write';
import { requireStation, stationsByCodes } from '../stations/stations.repo';
import { assertMyOpinion } from '../stations/scope';

const hasEnded = (d: DeputyDoc | undefined, today: string) => !d || d.status !== 'active' || termEnded(d.termEnd, today);
const canTakeOver = (d: DeputyDoc, today: string) => d.status === 'active' && Boolean(d.openid) && !termEnded(d.termEnd, today) && !isOnLeave(d.leaves, today);

export async function staffEndedTerms(ports: Ports, actor: Actor) {
  const today = beijingDate(ports.clock.now());
  const opinions = await opinionsAtStationsUpTo(ports, actor.staffStationCodes, HANDOVER_STATUSES, 5000);
  const holderIds = [...new Set(opinions.flatMap((o) => (o.assigneeDeputyId ? [o.assigneeDeputyId] : [])))];
  const holders = holderIds.length ? await storedDeputiesByIds(ports, holderIds) : [];
  const waiting = opinions.filter((o) => o.assigneeDeputyId && hasEnded(holders.find((d) => d._id === o.assigneeDeputyId), today));
  const stations = waiting.length ? await stationsByCodes(ports, [...new Set(waiting.map((o) => o.stationCode))]) : [];
  const targets = new Map<string, { id: string; name: string; levelLabel: string }[]>();
  for (const s of stations) {
    const ds = await deputiesByIds(ports, s.deputyIds);
    targets.set(s._id, ds.filter((d) => canTakeOver(d, today)).map((d) => ({ id: d._id, name: d.name, levelLabel: LEVEL_LABELS[d.level] })));
  }
  waiting.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  return {
    items: waiting.map((o) => ({
      id: o._id,
      trackingNo: o.trackingNo,
      statusLabel: STATUS_LABELS[o.status],
      category: o.category,
      stationName: o.stationName,
      deputyName: o.assigneeName ?? '',
      termEnd: holders.find((d) => d._id === o.assigneeDeputyId)?.termEnd ?? '',
      overdue: Boolean(o.overdue),
      targets: targets.get(o.stationCode) ?? [],
    })),
  };
}

export async function handOverEnded(ports: Ports, actor: Actor, p: { id: string; toDeputyId: string; reason: string }) {
  const today = beijingDate(ports.clock.now());
  const doc = await requireOpinion(ports, p.id);
  assertMyOpinion(actor, doc);
  if (!HANDOVER_STATUSES.includes(doc.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
  const holder = doc.assigneeDeputyId ? await getDeputy(ports, doc.assigneeDeputyId) : undefined;
  if (!hasEnded(holder, today)) throw new AppError('HANDOVER_NOT_ALLOWED', '原承办代表仍在任，请由代表本人转交');
  const station = await requireStation(ports, doc.stationCode);
  const [target] = await deputiesByIds(ports, [p.toDeputyId]);
  if (!target || !station.deputyIds.includes(target._id) || !canTakeOver(target, today) || target._id === doc.assigneeDeputyId) {
    throw new AppError('HANDOVER_NOT_ALLOWED');
  }
  const from = doc.assigneeDeputyId;
  await moveOpinion(ports, p.id, (fresh) => {
    if (!HANDOVER_STATUSES.includes(fresh.status) || fresh.assigneeDeputyId !== from) throw new AppError('CONFLICT');
    return {
      mover: 'staff',
      actor: { role: 'staff', id: actor.openid },
      action: 'handover',
      note: `${fresh.assigneeName ?? '原承办'}代表任期届满，工作人员转交${target.name}代表：${p.reason}`,
      set: { assigneeDeputyId: target._id, assigneeName: target.name, assigneeLevelLabel: LEVEL_LABELS[target.level] },
    };
  });
  return { id: p.id, assigneeName: target.name };
}
