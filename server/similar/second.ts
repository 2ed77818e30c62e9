/**
 * 附议 (decision 0036): while writing, a resident is shown up to three similar open cases of
 * others nearby that their residents consented to publish (redacted), and may join one instead
 * of writing a duplicate — counted on the case, told of its progress, shown its result — and
 * leave it again. A 附议 is not a received opinion: it adds no event to the case and moves no
 * statistic; the case keeps only its count (`secondCount`).
 *
 * The count is written so that no stop and no retry counts anyone twice or never:
 *  1. the 附议 is written first, `joining` (its id is the resident and the case: a retry or a
 *     double tap finds it, a duplicate key, never a second one);
 *  2. the case's count is then set to the number of its `joining`/`joined` documents — counted,
 *     never incremented — on the condition that nobody set it since it was read
 *     (`secondsVersion`; a lost race reads and counts again). A count taken after the last
 *     change is always the one that stays: every set bumps the version, so a set decided on an
 *     older count fails;
 *  3. the 附议 is marked `joined`.
 * Leaving is the same the other way (`leaving`, count, remove). A function stopped after 1 leaves
 * `joining` (or `leaving`): the same request again does 2 and 3, and otherwise the scheduler
 * settles it after two minutes (`settleSeconds`, in the daily-repair step of every tick). A
 * count never says more than the documents do for longer than that.
 */
import type { z } from 'zod';
import type { Payload } from '../../core/contract';
import type { SecondResult } from '../../core/contract/actions/similar';
import { charCount } from '../../core/contract/limits';
import { AppError } from '../../core/errors';
import { SIMILAR_SHOWN, SIMILAR_TEXT_MIN, joinRefusal, seconderStatusLabel, showableTo } from '../../core/second-rules';
import type { Actor } from '../users/actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getOpinion } from '../opinions/opinions.repo';
import { secondTallyOf, secondedCases, writeSecondCount, type SecondTally } from '../opinions/opinions.similar.repo';
import { SIMILAR_OPEN_STATUSES, findSimilar } from './lookup';
import { takeSimilarLookup } from './lookup-limit';
import { secondedDetailView, secondedSummaryView, similarCaseView } from './second-view';
import { noteSecond } from './grouping';
import {
  COUNTED_STATES,
  countSecondsOf,
  getSecond,
  insertSecond,
  moveSecond,
  mySecondsPage,
  removeLeftSecond,
  secondIdOf,
  secondsOfResident,
  unsettledSeconds,
  type SecondDoc,
} from './seconds.repo';

type Answer = z.infer<typeof SecondResult>;

/** Up to three similar open cases of others, published by their residents, redacted. Three round trips with who is calling. */
export async function similarCases(ports: Ports, actor: Actor, p: Payload<'opinion', 'similar'>) {
  if (charCount(p.text) < SIMILAR_TEXT_MIN) throw new AppError('SIMILAR_TEXT_SHORT');
  const openid = actor.openid!;
  const now = ports.clock.now();
  takeSimilarLookup(openid, now);
  const found = await findSimilar(ports, { stationCode: p.stationCode, category: p.category ?? '', text: p.text, ...(p.place ? { place: p.place } : {}) }, { open: true });
  if (!found) throw new AppError('STATION_NOT_FOUND');
  if (found.station.status === 'retired') return { items: [] };
  const items = found.items
    .map((x) => x.doc)
    .filter((d) => showableTo(d, openid, SIMILAR_OPEN_STATUSES))
    .slice(0, SIMILAR_SHOWN)
    .map((d) => similarCaseView(d, now));
  return { items };
}

/**
 * Sets the case's count from its documents, on the version read (`first`: as read before the
 * change, in this request); again from fresh data after a lost race, five rounds at most. The
 * count written, `gone` when the case is not there, undefined when every round was lost (the
 * scheduler settles it).
 */
export async function recountSeconds(ports: Ports, opinionId: string, first?: SecondTally): Promise<number | 'gone' | undefined> {
  let asRead = first;
  for (let round = 0; round < 5; round++) {
    const tally = asRead ?? (await secondTallyOf(ports, opinionId));
    if (!tally) return 'gone';
    const n = await countSecondsOf(ports, opinionId);
    if (await writeSecondCount(ports, opinionId, tally.secondsVersion, n)) {
      // Its group of similar opinions counts 附议 too (热点问题): by what this write moved, once (decision 0036).
      await noteSecond(ports, { _id: opinionId, ...(tally.simGroup ? { simGroup: tally.simGroup } : {}) }, n - (tally.secondCount ?? 0));
      return n;
    }
    asRead = undefined;
  }
  ports.log.info('second count contended; the scheduler settles it', { opinionId });
  return undefined;
}

const written = (n: number | 'gone' | undefined): n is number => typeof n === 'number';

/** Joins the case (附议): once per resident and case, whatever is sent again. */
export async function joinCase(ports: Ports, actor: Actor, p: Payload<'opinion', 'second'>): Promise<Answer> {
  const openid = actor.openid!;
  const id = secondIdOf(p.id, openid);
  const [doc, earlier] = await Promise.all([getOpinion(ports, p.id), getSecond(ports, id)]);
  if (!doc) throw new AppError('OPINION_NOT_FOUND');
  const refused = joinRefusal(doc, openid, SIMILAR_OPEN_STATUSES);
  // Its resident's own, or not published: nothing more is said of it.
  if (refused === 'SECOND_OWN' || refused === 'SECOND_NOT_ALLOWED') throw new AppError(refused);
  const answer = (duplicate: boolean, count: number): Answer => ({ id: doc._id, seconded: true, duplicate, secondCount: count });
  if (earlier?.state === 'joined') return answer(true, doc.secondCount ?? 0);

  const now = ports.clock.now();
  let duplicate = false;
  let seen: SecondDoc | undefined = earlier;
  for (let round = 0; ; round++) {
    if (seen?.state === 'joined') return answer(true, doc.secondCount ?? 0);
    if (seen?.state === 'joining') {
      duplicate = true; // written before (a retry, a double tap): its count is finished here
      break;
    }
    if (refused) throw new AppError(refused);
    const placed = seen ? await moveSecond(ports, id, ['leaving'], 'joining', now) : await insertSecond(ports, newSecond(doc, openid, p.requestId, now));
    if (placed) break;
    if (round >= 2) throw new AppError('CONFLICT');
    seen = await getSecond(ports, id); // another request of the resident's moved it meanwhile
  }
  const count = await recountSeconds(ports, doc._id, doc);
  if (written(count)) await moveSecond(ports, id, ['joining'], 'joined', now);
  return answer(duplicate, written(count) ? count : (doc.secondCount ?? 0) + (duplicate ? 0 : 1));
}

function newSecond(doc: OpinionDoc, openid: string, requestId: string, now: Date): SecondDoc {
  return {
    _id: secondIdOf(doc._id, openid),
    opinionId: doc._id,
    openid,
    requestId,
    stationCode: doc.stationCode,
    ...(doc.countyCode ? { countyCode: doc.countyCode } : {}),
    regionPath: doc.regionPath,
    state: 'joining',
    createdAt: now,
    updatedAt: now,
  };
}

/** Leaves one 附议 (marked leaving, the count set, removed); the count as written, if it was. */
async function leave(ports: Ports, s: SecondDoc, tally: SecondTally | undefined, now: Date): Promise<number | 'gone' | undefined> {
  if (s.state !== 'leaving' && !(await moveSecond(ports, s._id, ['joining', 'joined'], 'leaving', now))) {
    const again = await getSecond(ports, s._id);
    if (!again) return undefined; // left by another request meanwhile
    if (again.state !== 'leaving' && !(await moveSecond(ports, s._id, ['joining', 'joined'], 'leaving', now))) throw new AppError('CONFLICT');
  }
  const count = await recountSeconds(ports, s.opinionId, tally);
  if (count !== undefined) await removeLeftSecond(ports, s._id);
  return count;
}

/** Leaves the case (取消附议); leaving a case one did not join answers as left. */
export async function leaveCase(ports: Ports, actor: Actor, opinionId: string): Promise<Answer> {
  const id = secondIdOf(opinionId, actor.openid!);
  const [tally, s] = await Promise.all([secondTallyOf(ports, opinionId), getSecond(ports, id)]);
  if (!tally) throw new AppError('OPINION_NOT_FOUND');
  const answer = (duplicate: boolean, count: number): Answer => ({ id: opinionId, seconded: false, duplicate, secondCount: count });
  if (!s) return answer(true, tally.secondCount ?? 0);
  const count = await leave(ports, s, tally, ports.clock.now());
  return answer(s.state === 'leaving', written(count) ? count : Math.max(0, (tally.secondCount ?? 0) - 1));
}

/** The cases the resident joined, newest first (a page after `cursor`). */
export async function mySeconded(ports: Ports, actor: Actor, p: Payload<'opinion', 'seconded'>) {
  const page = await mySecondsPage(ports, actor.openid!, p.limit, p.cursor);
  const cases = new Map((await secondedCases(ports, page.items.map((s) => s.opinionId))).map((c) => [c._id, c]));
  return {
    items: page.items.flatMap((s) => {
      const c = cases.get(s.opinionId);
      return c ? [secondedSummaryView(c, s)] : [];
    }),
    ...(page.total !== undefined ? { total: page.total } : {}),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

/** A case the resident joined (or wrote) as a seconder reads it; any other case is not found. */
export async function secondedDetail(ports: Ports, actor: Actor, opinionId: string) {
  const openid = actor.openid!;
  const [doc, s] = await Promise.all([getOpinion(ports, opinionId), getSecond(ports, secondIdOf(opinionId, openid))]);
  const joined = s && COUNTED_STATES.includes(s.state) ? s : undefined;
  const mine = doc?.openid === openid;
  if (!doc || (!mine && !joined)) throw new AppError('OPINION_NOT_FOUND');
  return secondedDetailView(doc, joined, mine, ports.clock.now());
}

/** A 附议 written this long ago whose count may not be (its function stopped) is settled by the scheduler. */
export const SETTLE_AFTER_MS = 2 * 60_000;

/**
 * The scheduler's settling of 附议 whose function stopped between the document and the count:
 * each case's count set from its documents, then `joining` marked joined and `leaving` removed.
 * Idempotent; what is left (a lost race) is settled the next time.
 */
export async function settleSeconds(ports: Ports, limit = 50): Promise<number> {
  const now = ports.clock.now();
  const rows = await unsettledSeconds(ports, new Date(now.getTime() - SETTLE_AFTER_MS), limit);
  let settled = 0;
  for (const opinionId of new Set(rows.map((r) => r.opinionId))) {
    const count = await recountSeconds(ports, opinionId);
    if (count === undefined) continue;
    for (const r of rows.filter((x) => x.opinionId === opinionId)) {
      // A case that is not there counts nobody: its 附议 go.
      if (r.state === 'leaving' || count === 'gone') {
        if (count === 'gone') await moveSecond(ports, r._id, ['joining'], 'leaving', now);
        await removeLeftSecond(ports, r._id);
      } else await moveSecond(ports, r._id, ['joining'], 'joined', now);
      settled++;
    }
  }
  return settled;
}

/**
 * Erasing the resident's data (decision 0018): they leave every case they joined, each count
 * set again. Sent again after a stop, it finds what is left and finishes.
 */
export async function eraseSecondsOf(ports: Ports, openid: string): Promise<void> {
  const now = ports.clock.now();
  for (const s of await secondsOfResident(ports, openid)) await leave(ports, s, undefined, now);
}

/** The resident's 附议 for their data export: which cases, where, where they stand, when joined. */
export async function exportSecondsOf(ports: Ports, openid: string) {
  const mine = (await secondsOfResident(ports, openid)).filter((s) => COUNTED_STATES.includes(s.state));
  const cases = new Map<string, Awaited<ReturnType<typeof secondedCases>>[number]>();
  for (let i = 0; i < mine.length; i += 100) {
    for (const c of await secondedCases(ports, mine.slice(i, i + 100).map((s) => s.opinionId))) cases.set(c._id, c);
  }
  return mine.flatMap((s) => {
    const c = cases.get(s.opinionId);
    return c
      ? [{ id: c._id, category: c.category, stationName: c.stationName, statusLabel: seconderStatusLabel(c.status), secondedAt: new Date(s.createdAt).toISOString() }]
      : [];
  });
}
