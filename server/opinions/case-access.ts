/**
 * Who works a case besides its deputy (PRODUCT.md, "Who can act on a case"): the staff of its
 * station, and the region office (代表工委/联工委) for any case in its region — whatever staff
 * may do, the office may do there too (mover `office` in the transition table). Every office and
 * staff move on a case goes through `caseWorkerFor`, which checks scope on the case itself; the
 * opinion read for the check is the write's first read.
 */
import { AppError } from '../../core/errors';
import { assertMergeAllows, isMergedParent } from '../../core/merged-cases';
import { withinRegion } from '../../core/region-scope';
import type { Actor } from '../users/actor';
import type { ActorRef, OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { adminRegion, assertMyOpinion } from '../stations/scope';
import { isTopOffice } from '../users/top-office';
import type { Change } from './change-opinion';
import { moveOpinion } from './after-write';
import { requireOpinion } from './opinions.repo';

/** The function a caller came through: the staff desk or the office (admin). */
export type Desk = 'staff' | 'admin';

export interface CaseWorker {
  mover: 'staff' | 'office';
  ref: ActorRef;
  /** The scope the case must stay in: the staff member's stations, or the office's region code. */
  covers: (doc: OpinionDoc) => boolean;
}

/** The caller as a case worker at this desk (no database read: the actor carries the scope). */
export async function caseWorkerOf(ports: Ports, actor: Actor, desk: Desk): Promise<CaseWorker> {
  if (desk === 'staff') {
    const codes = actor.staffStationCodes;
    return { mover: 'staff', ref: { role: 'staff', id: actor.openid }, covers: (doc) => codes.includes(doc.stationCode) };
  }
  const region = await adminRegion(ports, actor);
  return { mover: 'office', ref: { role: 'admin', id: actor.openid, name: region.name }, covers: (doc) => withinRegion(doc.regionPath, region._id) };
}

/** The case, if it is in the caller's scope at this desk (NOT_YOUR_STATION / OUT_OF_REGION otherwise). */
export async function caseFor(ports: Ports, actor: Actor, desk: Desk, id: string): Promise<{ doc: OpinionDoc; worker: CaseWorker }> {
  const [doc, worker] = await Promise.all([requireOpinion(ports, id), caseWorkerOf(ports, actor, desk)]);
  if (desk === 'staff') assertMyOpinion(actor, doc);
  else if (!worker.covers(doc)) {
    // Routed where no region on its path had an admin: the deployment's top office works it (decision 0030).
    if (doc.triage?.kind === 'none' && (await isTopOffice(ports, actor))) {
      return { doc, worker: { ...worker, covers: (d) => worker.covers(d) || (d._id === id && d.triage?.kind === 'none') } };
    }
    throw new AppError('OUT_OF_REGION', '这条意见不在您管辖的地区', `${actor.openid} on ${id}`);
  }
  return { doc, worker };
}

/**
 * A change by a case worker, decided on the fresh document (a lost race decides again) and
 * checked against the table with the worker's mover. `held` is the copy read by `caseFor`.
 */
export function workerChange(
  ports: Ports,
  worker: CaseWorker,
  id: string,
  decide: (fresh: OpinionDoc, now: Date) => Omit<Change, 'mover' | 'actor'>,
  held?: OpinionDoc,
): Promise<OpinionDoc> {
  return moveOpinion(
    ports,
    id,
    (fresh) => {
      if (!worker.covers(fresh)) throw new AppError('NOT_YOUR_STATION');
      const change = decide(fresh, ports.clock.now());
      assertMergeAllows(fresh, change.action);
      // A 汇总件's sources follow its moves: the scheduler's merge pass copies this one onto them (decision 0036).
      const fanout = isMergedParent(fresh) ? { set: { ...change.set, fanoutDue: true } } : {};
      return { ...change, ...fanout, mover: worker.mover, actor: worker.ref };
    },
    held,
  );
}
