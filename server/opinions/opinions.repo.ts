/**
 * Opinion writes. Every change is one conditional update on the version that was read:
 * the status, the fields and the appended timeline event land together or not at all.
 *
 * This is the write only. What follows a write (open load, notifications, statistics) is the
 * one after-write step, server/opinions/after-write.ts, which works on the documents this
 * module hands back and records its progress with `markAfterWrite`.
 */
import { beijingDate } from '../../core/beijing-time';
import { deadlinePatch } from '../../core/deadlines';
import { AppError } from '../../core/errors';
import type { OpinionAction } from '../../core/opinion-events';
import type { Mover, Status } from '../../core/opinion-status';
import { assertTransitionAllowed } from '../../core/opinion-status-guard';
import type { StatsFacts } from '../../core/stats/opinion-facts';
import { calendarGap } from '../../core/working-calendar';
import { deadlineSettingsFor } from '../config/deadlines';
import { CALENDAR } from '../config/holidays';
import { compareAndSet, type CasPolicy } from '../platform/cas';
import { dbOf, findById } from '../platform/db';
import type { ActorRef, OpinionDoc, OpinionEvent, ReplyEntry } from '../model';
import type { Ports } from '../platform/ports';

/** The opinion as stored now, or undefined. */
export const getOpinion = (ports: Ports, id: string) => findById<OpinionDoc>(dbOf(ports), 'opinions', id);

/** The opinion as stored now; OPINION_NOT_FOUND when there is none. */
export async function requireOpinion(ports: Ports, id: string): Promise<OpinionDoc> {
  const doc = await getOpinion(ports, id);
  if (!doc) throw new AppError('OPINION_NOT_FOUND');
  return doc;
}

/** What one decision changes; computed from the freshly read document. */
export interface Change {
  to?: Status;
  mover: Mover;
  actor: ActorRef;
  action: OpinionAction;
  note?: string;
  set?: Partial<Omit<OpinionDoc, '_id' | 'status' | 'version' | 'timeline' | 'replies'>>;
  reply?: ReplyEntry;
}

/** One change written: the document as it was read and decided on, as it is now, and the event added. */
export interface Written {
  before: OpinionDoc;
  after: OpinionDoc;
  event: OpinionEvent;
}

/** Up to 8 rounds with a random wait growing by 10 ms a lost round, then CONFLICT. */
const CHANGE_POLICY: CasPolicy = {
  tries: 8,
  maxWaitMs: Number.POSITIVE_INFINITY,
  stepMs: 10,
  conflict: () => new AppError('CONFLICT'),
};

/**
 * The deadline fields a move to `to` sets (the rules are pure, core/deadlines.ts), the same as
 * server/opinions/deadlines.ts computes for an insert.
 */
function deadlinesOf(ports: Ports, doc: OpinionDoc, to: Status, at: Date): Partial<OpinionDoc> {
  const from: Status = doc.status === to ? 'submitted' : doc.status;
  const patch = deadlinePatch(doc, from, to, at, deadlineSettingsFor(doc.regionPath ?? []), CALENDAR);
  const gap = calendarGap(CALENDAR, beijingDate(at));
  if (gap && patch.nextDueAt) ports.log.error('holiday table missing or provisional', { year: beijingDate(at).slice(0, 4), gap });
  return patch as Partial<OpinionDoc>;
}

/**
 * Reads the opinion (the first round may use `first`, a copy read earlier in this request),
 * lets `decide` check and describe the change, and writes it on the condition that nobody
 * wrote in between; on a lost race it reads and decides again on fresh data. A pure write:
 * the after-write step (after-write.ts) does what follows it.
 */
export async function changeOpinion(
  ports: Ports,
  id: string,
  decide: (doc: OpinionDoc) => Change,
  first?: OpinionDoc,
): Promise<Written> {
  const db = dbOf(ports);
  const _ = db.command;
  return compareAndSet<OpinionDoc, { data: Record<string, unknown>; after: OpinionDoc; event: OpinionEvent }, Written>(
    {
      read: (round) => (round === 0 && first ? Promise.resolve(first) : requireOpinion(ports, id)),
      decide: (doc) => {
        const change = decide(doc);
        if (change.to) assertTransitionAllowed(doc.status, change.to, change.mover, doc.needInfoFrom);
        const at = ports.clock.now();
        const deadlines = change.to ? deadlinesOf(ports, doc, change.to, at) : {};
        const event: OpinionEvent = {
          at,
          actor: change.actor,
          action: change.action,
          ...(change.to ? { from: doc.status, to: change.to } : {}),
          ...(change.note ? { note: change.note } : {}),
        };
        const data: Record<string, unknown> = {
          ...deadlines,
          ...change.set,
          ...(change.to ? { status: change.to } : {}),
          version: doc.version + 1,
          updatedAt: at,
          notifyPending: true,
          timeline: _.push([event]),
          ...(change.reply ? { replies: _.push([change.reply]) } : {}),
        };
        const after: OpinionDoc = {
          ...doc,
          ...deadlines,
          ...(change.set as object),
          ...(change.to ? { status: change.to } : {}),
          version: doc.version + 1,
          updatedAt: at,
          notifyPending: true,
          timeline: [...doc.timeline, event],
          replies: change.reply ? [...doc.replies, change.reply] : doc.replies,
        };
        return { change: { data, after, event } };
      },
      write: async (doc, { data, after, event }) => {
        const res = await db.collection('opinions').where({ _id: id, version: doc.version }).update({ data });
        return res.stats.updated === 1 ? { value: { before: doc, after, event } } : undefined;
      },
    },
    CHANGE_POLICY,
  );
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
