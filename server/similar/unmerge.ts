/**
 * 撤出合并 (decision 0036): a source taken out of its 汇总件 returns to exactly what it was
 * before the merge (status, deputy, handler, deadlines; merge-job.ts), with the event `unmerge`.
 * Possible until the department answers: once a department's answer is recorded on the parent,
 * or the parent is resolved, every source has its result coming and stays (UNMERGE_TOO_LATE).
 * A parent left with fewer than two sources is dissolved (已撤销合并): its last source is freed
 * too and the parent is `withdrawn`.
 *
 * The parent's change comes first (one conditional write: the source off its list, onto the
 * list to release), then the source's; cut short between them, the merge pass releases it.
 */
import { AppError } from '../../core/errors';
import { isMergedParent } from '../../core/merged-cases';
import { STATUS_LABELS } from '../../core/opinion-status';
import type { Actor } from '../users/actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { caseFor, type Desk } from '../opinions/case-access';
import { getOpinion } from '../opinions/opinions.repo';
import { removalOf, syncParent } from './merge-job';
import { mergeWrite } from './merge-writes';
import { countTaught } from './merge-learning';
import { countyOfPath } from '../../core/search-keys';

/** Why a source can no longer leave this 汇总件, or undefined while it can. */
export function unmergeTooLate(parent: OpinionDoc): string | undefined {
  if (parent.mergeDissolvedAt) return '这件汇总件已撤销合并';
  if (parent.forward?.answer) return '部门已经答复，不能再撤出合并';
  if (['resolved', 'closed'].includes(parent.status)) return '汇总件已办结，不能再撤出合并';
  return undefined;
}

export async function unmergeCase(ports: Ports, actor: Actor, desk: Desk, parentId: string, sourceId: string) {
  const [{ doc: parent, worker }, source] = await Promise.all([caseFor(ports, actor, desk, parentId), getOpinion(ports, sourceId)]);
  if (!isMergedParent(parent) || !(parent.mergedSources ?? []).includes(sourceId)) throw new AppError('NOT_MERGED');
  const late = unmergeTooLate(parent);
  if (late) throw new AppError('UNMERGE_TOO_LATE', late);
  const note = `撤出意见${source?.trackingNo ?? ''}，恢复单独办理`;
  const after = await mergeWrite(
    ports,
    parentId,
    (fresh) => {
      if (!worker.covers(fresh)) throw new AppError('NOT_YOUR_STATION');
      if (!(fresh.mergedSources ?? []).includes(sourceId)) throw new AppError('NOT_MERGED');
      const tooLate = unmergeTooLate(fresh);
      if (tooLate) throw new AppError('UNMERGE_TOO_LATE', tooLate);
      return removalOf(ports, fresh, sourceId, worker.ref, { note });
    },
    parent,
  );
  // Staff say the source is another matter: what it taught is counted off (for a dissolved parent, what the rest taught too).
  const out = after.mergeDissolvedAt ? [...new Set([sourceId, ...(parent.mergedSources ?? [])])] : [sourceId];
  await countTaught(ports, countyOfPath(after.regionPath), after.mergeTaught, out, -1);
  // The source (and, for a dissolved parent, the last one) restored now; cut short, the merge pass does it.
  const { parent: synced } = await syncParent(ports, after);
  return {
    id: synced._id,
    status: synced.status,
    statusLabel: synced.mergeDissolvedAt ? '已撤销合并' : STATUS_LABELS[synced.status],
    dissolved: Boolean(synced.mergeDissolvedAt),
    sources: (synced.mergedSources ?? []).length,
  };
}
