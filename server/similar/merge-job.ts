/**
 * The merge job of a 汇总件 (decision 0036), one source at a time — never one multi-document
 * update (atomic only in the local store):
 *
 * - **link**: each source listed on the parent (`mergedSources`) gets `mergedInto`, what it was
 *   before (`mergeFollow.before`), the merging desk as its handler and the event `merge`
 *   (已与 N 件同类意见合并办理), moving to `accepted` — one conditional write, decided again on
 *   the source as it is now: one changed meanwhile (another merge won it, the resident withdrew
 *   it …) is left out (`mergeDropped`, with why), and a parent left with fewer than two is
 *   dissolved. The parent records each source linked (`mergeLinked`).
 * - **follow**: each linked source copies the parent's events it follows (core/merged-cases.ts
 *   `FOLLOWED_ACTIONS`: the forward, the department's answer, a reply, the result) onto itself
 *   as its own event, in order, one write each, remembering how far it got (`mergeFollow.seen`):
 *   the relay then tells its resident as for any case, once per event; the statistics count
 *   each source's own moves. The result ends the following (`mergeFollow.endedAt`): from then
 *   on the source is its resident's case again (rating, reopening, 回访).
 * - **release**: a source taken out again (`mergeReleased`) returns to what it was before.
 *
 * Any write to a parent by staff or the office sets `fanoutDue` (case-access.ts), and so do the
 * merge and the unmerge; the scheduler's merge pass (`runMergePass`, every minute before the
 * relay's sweep) works every parent with `fanoutDue` and clears it on the version it worked
 * on, so a parent written meanwhile is worked again. A pass cut short is continued by the next:
 * each step is decided on the source as stored, so nothing is done twice.
 */
import { AppError } from '../../core/errors';
import { FOLLOWED_ACTIONS, mergedNote, mergeRefusal } from '../../core/merged-cases';
import type { Mover } from '../../core/opinion-status';
import { countyOfPath } from '../../core/search-keys';
import type { ActorRef, CaseHandler, MergeBefore, OpinionDoc, OpinionEvent } from '../model';
import type { Ports } from '../platform/ports';
import { getOpinion } from '../opinions/opinions.repo';
import { clearFanoutDue, mergeParentsDue, opinionsByIds, recordMergeLinked } from '../opinions/opinions.similar.repo';
import { mergeWrite, type MergeChange } from './merge-writes';

/** Who the job writes as: whoever merged (the parent's first event), with their desk's mover and handler. */
interface MergeHand {
  actor: ActorRef;
  mover: Mover;
  handler: CaseHandler;
}

const moverOf = (actor: ActorRef): Mover => (actor.role === 'admin' ? 'office' : 'staff');

function handOf(parent: OpinionDoc): MergeHand {
  const actor = parent.timeline[0]!.actor;
  return { actor, mover: moverOf(actor), handler: parent.handler ?? { role: actor.role === 'admin' ? 'admin' : 'staff', id: actor.id ?? '', name: '联络站工作人员' } };
}

/** What unmerge restores: every field the merge or the following may change, as it was. */
const BEFORE_FIELDS = [
  'needInfoFrom',
  'assigneeDeputyId',
  'assigneeName',
  'assigneeLevelLabel',
  'assignedAt',
  'handler',
  'acceptedAt',
  'acceptDueAt',
  'resultDueAt',
  'nextDueAt',
  'nextDueKind',
  'dueAlertLevel',
  'forward',
  'forwardedAt',
  'firstResponseAt',
] as const satisfies readonly (keyof MergeBefore)[];

function beforeOf(doc: OpinionDoc): MergeBefore {
  const before: Record<string, unknown> = { status: doc.status };
  for (const f of BEFORE_FIELDS) if (doc[f] !== undefined && doc[f] !== null) before[f] = doc[f];
  return before as unknown as MergeBefore;
}

const ASSIGNEE = ['assigneeDeputyId', 'assigneeName', 'assigneeLevelLabel'] as const;
/** A following source runs no deadline of its own: the parent's does (and its alerts go to the parent's desk). */
const NO_DEADLINE = { nextDueAt: null, nextDueKind: null };

class LeftOut extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Why a source cannot join this parent now, decided on it as stored; undefined when it can. */
function linkRefusal(parent: OpinionDoc, s: OpinionDoc): string | undefined {
  if (s.mergedInto && s.mergedInto !== parent._id) return '已合并到其他汇总件';
  return mergeRefusal(s) ?? (countyOfPath(s.regionPath) !== countyOfPath(parent.regionPath) ? '不在同一区县' : undefined);
}

/** Links one source (its write, then the parent's record of it); answers the source as written, or why it was left out. */
async function linkSource(
  ports: Ports,
  parent: OpinionDoc,
  first: OpinionDoc,
): Promise<{ doc: OpinionDoc } | { leftOut: string }> {
  const hand = handOf(parent);
  const others = (parent.mergedSources ?? []).length - 1;
  let doc: OpinionDoc;
  try {
    doc = await mergeWrite(
      ports,
      first._id,
      (fresh): MergeChange | undefined => {
        if (fresh.mergedInto === parent._id) return undefined;
        const why = linkRefusal(parent, fresh);
        if (why) throw new LeftOut(why);
        return {
          ...(fresh.status === 'accepted' ? {} : { to: 'accepted' as const }),
          mover: hand.mover,
          actor: hand.actor,
          action: 'merge',
          note: mergedNote(others),
          set: {
            mergedInto: parent._id,
            mergeFollow: { before: beforeOf(fresh), seen: 1 },
            handler: hand.handler,
            acceptedAt: fresh.acceptedAt ?? ports.clock.now(),
            ...NO_DEADLINE,
          },
          // A deputy who had it is relieved of it, as when staff take a case (the open load follows).
          ...(fresh.assigneeDeputyId ? { unset: ASSIGNEE } : {}),
        };
      },
      first,
    );
  } catch (e) {
    if (e instanceof LeftOut) return { leftOut: e.reason };
    throw e;
  }
  await recordMergeLinked(ports, parent._id, doc._id);
  return { doc };
}

/** The next of the parent's events this source follows and has not yet, with its place in the parent's timeline. */
function nextFollowed(parent: OpinionDoc, s: OpinionDoc): { i: number; e: OpinionEvent } | undefined {
  if (s.mergedInto !== parent._id || !s.mergeFollow || s.mergeFollow.endedAt) return undefined;
  for (let i = s.mergeFollow.seen; i < parent.timeline.length; i++) {
    const e = parent.timeline[i]!;
    if (FOLLOWED_ACTIONS.includes(e.action)) return { i, e };
  }
  return undefined;
}

/** The source's copy of the parent's event `i` (its own event, so its resident is told as usual). */
function followChange(ports: Ports, parent: OpinionDoc, s: OpinionDoc): MergeChange | undefined {
  const next = nextFollowed(parent, s);
  if (!next) return undefined;
  const { i, e } = next;
  const base = { mover: moverOf(e.actor), actor: e.actor, action: e.action, ...(e.note ? { note: e.note } : {}) };
  const follow = { ...s.mergeFollow!, seen: i + 1 };
  const firstResponse = s.firstResponseAt ? {} : { firstResponseAt: e.at };
  switch (e.action) {
    case 'forward':
      return {
        ...base,
        ...(s.status === 'forwarded' ? {} : { to: 'forwarded' as const }),
        set: { ...(parent.forward ? { forward: parent.forward } : {}), forwardedAt: parent.forwardedAt ?? e.at, ...firstResponse, mergeFollow: follow, ...NO_DEADLINE },
      };
    case 'department_answer': {
      const forward = s.forward ?? parent.forward;
      const answer = parent.forward?.answer;
      return { ...base, set: { ...(forward ? { forward: { ...forward, ...(answer ? { answer } : {}) } } : {}), mergeFollow: follow } };
    }
    case 'reply': {
      // The parent's replies come one with each reply event: the n-th reply event has the n-th reply.
      const n = parent.timeline.slice(0, i).filter((x) => x.action === 'reply').length;
      const reply = parent.replies[n];
      const counts = reply ? reply.countsAsResponse !== false : false;
      return {
        ...base,
        ...(s.status === 'replied' ? {} : { to: 'replied' as const }),
        ...(reply ? { reply } : {}),
        set: { ...(counts ? firstResponse : {}), mergeFollow: follow, ...NO_DEADLINE },
      };
    }
    case 'resolve':
      return {
        ...base,
        to: 'resolved',
        set: {
          ...(parent.resultKind ? { resultKind: parent.resultKind } : {}),
          ...(parent.resultText ? { resultText: parent.resultText } : {}),
          resolvedAt: e.at,
          ...firstResponse,
          // The result reached it: its own case again from here (rating, reopening, 回访).
          mergeFollow: { ...follow, endedAt: ports.clock.now() },
          ...NO_DEADLINE,
        },
      };
    default:
      return undefined;
  }
}

/** Brings one linked source up to its parent, an event at a time; answers how many writes it made. */
async function followSource(ports: Ports, parent: OpinionDoc, first: OpinionDoc): Promise<number> {
  let doc = first;
  let writes = 0;
  // At most one write per event of the parent.
  for (let n = 0; n <= parent.timeline.length && nextFollowed(parent, doc); n++) {
    const before = doc.version;
    doc = await mergeWrite(ports, doc._id, (fresh) => followChange(ports, parent, fresh), doc);
    if (doc.version === before) break;
    writes++;
  }
  return writes;
}

/** A source taken out (or freed when its parent was dissolved) returns to exactly what it was before the merge. */
async function releaseSource(ports: Ports, parent: OpinionDoc, first: OpinionDoc, actor: ActorRef): Promise<void> {
  await mergeWrite(
    ports,
    first._id,
    (fresh): MergeChange | undefined => {
      if (fresh.mergedInto !== parent._id) return undefined;
      const before: Partial<MergeBefore> = fresh.mergeFollow?.before ?? { status: fresh.status };
      const set: Record<string, unknown> = {};
      const unset: string[] = ['mergedInto', 'mergeFollow'];
      for (const f of BEFORE_FIELDS) {
        if (before[f] !== undefined) set[f] = before[f];
        else if (fresh[f] !== undefined) unset.push(f);
      }
      return {
        to: before.status ?? fresh.status,
        actor,
        action: 'unmerge',
        note: parent.mergeDissolvedAt ? '汇总件已撤销合并，恢复单独办理' : '撤出汇总件，恢复单独办理',
        set,
        unset,
        keepDeadlines: true,
      };
    },
    first,
  );
}

/**
 * The parent's change when a source leaves it (unmerged, or left out by the job): the source
 * off its list; with fewer than two left the parent is dissolved — status `withdrawn` (已撤销
 * 合并: no resident, counted nowhere, no move leads out of it) and every source freed.
 */
export function removalOf(ports: Ports, parent: OpinionDoc, sourceId: string, actor: ActorRef, how: { note: string; leftOut?: string }): MergeChange {
  const remaining = (parent.mergedSources ?? []).filter((id) => id !== sourceId);
  const released = [...(parent.mergeReleased ?? []), ...(how.leftOut ? [] : [sourceId])];
  const dropped = how.leftOut ? { mergeDropped: [...(parent.mergeDropped ?? []), { id: sourceId, reason: how.leftOut }] } : {};
  if (remaining.length >= 2) {
    return { actor, action: 'unmerge', note: how.note, set: { mergedSources: remaining, mergeReleased: released, ...dropped, fanoutDue: true } };
  }
  return {
    to: 'withdrawn',
    actor,
    action: 'unmerge',
    note: `${how.note}；同类意见不足2件，已撤销合并`,
    set: { mergedSources: [], mergeReleased: [...released, ...remaining], ...dropped, mergeDissolvedAt: ports.clock.now(), fanoutDue: true, ...NO_DEADLINE },
    keepDeadlines: true,
  };
}

export interface MergePassReport {
  parents: number;
  linked: number;
  followed: number;
  released: number;
  leftOut: number;
}

export const emptyMergeReport = (): MergePassReport => ({ parents: 0, linked: 0, followed: 0, released: 0, leftOut: 0 });

/** One round over a parent's sources; 'again' when the parent itself changed (a source left out). */
async function syncRound(
  ports: Ports,
  parent: OpinionDoc,
  report: MergePassReport,
): Promise<'done' | 'again' | 'failed'> {
  const members = parent.mergedSources ?? [];
  const found = new Map((await opinionsByIds(ports, [...members, ...(parent.mergeReleased ?? [])])).map((d) => [d._id, d]));
  let failed = false;
  for (const id of members) {
    try {
      let s = found.get(id);
      if (!s || s.mergedInto !== parent._id) {
        const linked = s ? await linkSource(ports, parent, s) : { leftOut: '没有找到这条意见' };
        if ('leftOut' in linked) {
          await mergeWrite(ports, parent._id, (fresh) =>
            fresh.mergedSources?.includes(id) ? removalOf(ports, fresh, id, handOf(fresh).actor, { note: `一件意见未能合并：${linked.leftOut}`, leftOut: linked.leftOut }) : undefined,
          );
          report.leftOut++;
          return 'again';
        }
        s = linked.doc;
        report.linked++;
      } else if (!(parent.mergeLinked ?? []).includes(id)) {
        // Linked by a job cut short before it recorded it.
        await recordMergeLinked(ports, parent._id, id);
      }
      report.followed += await followSource(ports, parent, s);
    } catch (e) {
      failed = true;
      ports.log.error('merge job: a source not brought up to its 汇总件; the next pass continues', { parentId: parent._id, sourceId: id, error: String(e) });
    }
  }
  // Released by whoever took it out (the parent's last `unmerge`).
  const releasedBy = [...parent.timeline].reverse().find((e) => e.action === 'unmerge')?.actor ?? handOf(parent).actor;
  for (const id of parent.mergeReleased ?? []) {
    const s = found.get(id);
    if (s?.mergedInto !== parent._id) continue;
    try {
      await releaseSource(ports, parent, s, releasedBy);
      report.released++;
    } catch (e) {
      failed = true;
      ports.log.error('merge job: a source not released from its 汇总件; the next pass continues', { parentId: parent._id, sourceId: id, error: String(e) });
    }
  }
  return failed ? 'failed' : 'done';
}

/**
 * Brings every source of the parent in hand up to it (link, follow, release), then clears its
 * `fanoutDue` on the version worked on. Answers the parent as it knows it last and whether it
 * is done.
 */
export async function syncParent(
  ports: Ports,
  first: OpinionDoc,
  report: MergePassReport = emptyMergeReport(),
): Promise<{ parent: OpinionDoc; done: boolean }> {
  let parent = first;
  report.parents++;
  for (let round = 0; round < 4; round++) {
    const outcome = await syncRound(ports, parent, report);
    if (outcome === 'failed') return { parent: (await getOpinion(ports, parent._id)) ?? parent, done: false };
    if (outcome === 'done') {
      await clearFanoutDue(ports, parent._id, parent.version);
      return { parent: (await getOpinion(ports, parent._id)) ?? parent, done: true };
    }
    const fresh = await getOpinion(ports, parent._id);
    if (!fresh) throw new AppError('OPINION_NOT_FOUND');
    parent = fresh;
  }
  return { parent, done: false };
}

/** Parents the pass works per run: each is a few reads and a write per source that moved. */
const PASS_PARENTS = 20;

/**
 * The scheduler's merge pass (server/scheduler/tick.ts and relay.ts, before the sweep): every
 * 汇总件 with `fanoutDue`, oldest id first, until `budgetMs` is spent. A parent that fails is
 * logged and left due; the next run continues it.
 */
export async function runMergePass(ports: Ports, opts: { budgetMs?: number } = {}): Promise<MergePassReport> {
  const report = emptyMergeReport();
  const until = Date.now() + (opts.budgetMs ?? 15_000);
  const due = await mergeParentsDue(ports, PASS_PARENTS);
  for (const parent of due) {
    if (Date.now() > until) break;
    try {
      await syncParent(ports, parent, report);
    } catch (e) {
      ports.log.error('merge pass: a 汇总件 failed; the next run continues it', { parentId: parent._id, error: String(e) });
    }
  }
  return report;
}
