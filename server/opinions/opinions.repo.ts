/**
 * The opinions collection's writes and its reads by id. Every change is one conditional
 * update on the version that was read (`writeOpinionChange`); what the change is, and the
 * retry when the race was lost, are decided in server/opinions/change-opinion.ts. What follows
 * a write (open load, notifications, statistics) is the after-write step
 * (server/opinions/after-write.ts), which records its progress with `markAfterWrite`.
 * The other queries on opinions are in opinion-queries.repo.ts.
 */
import { AppError } from '../../core/errors';
import type { StatsFacts } from '../../core/stats/opinion-facts';
import { dbOf, findById } from '../platform/db';
import type { OpinionDoc, OpinionEvent, ReplyEntry } from '../model';
import type { Ports } from '../platform/ports';

/** The opinion as stored now, or undefined. */
export const getOpinion = (ports: Ports, id: string) => findById<OpinionDoc>(dbOf(ports), 'opinions', id);

/** The opinion as stored now; OPINION_NOT_FOUND when there is none. */
export async function requireOpinion(ports: Ports, id: string): Promise<OpinionDoc> {
  const doc = await getOpinion(ports, id);
  if (!doc) throw new AppError('OPINION_NOT_FOUND');
  return doc;
}

/** One change as the write sends it: the fields set, the fields removed, the event and reply appended. */
export interface OpinionWrite {
  set: Record<string, unknown>;
  unset?: readonly string[];
  event: OpinionEvent;
  reply?: ReplyEntry;
}

/**
 * Writes one change on the condition that the opinion is still at `version` (the one the
 * change was decided on): the fields, the removals and the appended event (and reply) land
 * together or not at all. True when it landed; false when someone wrote in between.
 */
export async function writeOpinionChange(ports: Ports, id: string, version: number, change: OpinionWrite): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const data: Record<string, unknown> = {
    ...change.set,
    ...Object.fromEntries((change.unset ?? []).map((field) => [field, _.remove()])),
    timeline: _.push([change.event]),
    ...(change.reply ? { replies: _.push([change.reply]) } : {}),
  };
  const res = await db.collection('opinions').where({ _id: id, version }).update({ data });
  return res.stats.updated === 1;
}

/**
 * What the after-write step records once it has done its work on one version of an opinion
 * (decisions 0005, 0012): the events relayed, and with them the claims of what it counted —
 * the statistics facts (`statsRev`) and the deputy whose open load counts the opinion
 * (`openLoadOf`, '' for none). Each claim holds only if nobody moved it since it was read.
 */
export interface AfterWriteMark {
  /** The version worked on; the mark does not bump it, so a person's write never retries because of it. */
  version: number;
  notifiedEvents: number;
  stats?: { rev: number | undefined; facts: StatsFacts; at: Date };
  load?: { asRead: string | undefined; holder: string };
}

/**
 * Records the after-write step's work on the condition that the opinion is still at the
 * version worked on and its claims are as read; true when this caller won.
 */
export async function markAfterWrite(ports: Ports, id: string, mark: AfterWriteMark): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const { stats, load } = mark;
  const res = await db
    .collection('opinions')
    .where({
      _id: id,
      version: mark.version,
      ...(stats ? { statsRev: stats.rev ?? _.exists(false) } : {}),
      ...(load ? { openLoadOf: load.asRead ?? _.exists(false) } : {}),
    })
    .update({
      data: {
        notifiedEvents: mark.notifiedEvents,
        notifyPending: false,
        ...(stats ? { statsRev: (stats.rev ?? 0) + 1, statsFacts: _.set(stats.facts), statsAt: stats.at } : {}),
        ...(load ? { openLoadOf: load.holder } : {}),
      },
    });
  return res.stats.updated === 1;
}

/** Inserts a new opinion; a duplicate key (the same request landed first) is the caller's to handle. */
export async function insertOpinion(ports: Ports, doc: OpinionDoc): Promise<void> {
  await dbOf(ports).collection('opinions').add({ data: doc });
}
