/**
 * The relay's sweep (server/scheduler/relay.ts): the after-write step (after-write.ts) for
 * every opinion whose step has not run or did not finish (`notifyPending`). A held opinion's
 * photo verdicts that WeChat pushed before its insert are applied first (photo-verdict.ts): the
 * verdict is kept on its check before the opinion is looked for, and the sweep reads the kept
 * ones after the insert, so one of the two always sees the other.
 */
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { afterOpinionWrite } from './after-write';
import { getOpinion, opinionsPendingAfterWrite } from './opinions.repo';
import { applyKeptVerdicts } from './photo-verdict';

/** The opinion as it stands once the verdicts kept for its unanswered checks are applied. */
async function withKeptVerdicts(ports: Ports, doc: OpinionDoc): Promise<OpinionDoc> {
  const waiting = (doc.mediaChecks ?? []).filter((c) => !c.verdict);
  if (doc.status !== 'held' || waiting.length === 0) return doc;
  if (!(await applyKeptVerdicts(ports, waiting))) return doc;
  return (await getOpinion(ports, doc._id)) ?? doc;
}

/**
 * The scheduler's sweep: the step for every opinion whose step did not finish (`notifyPending`),
 * on the documents found. An opinion whose step fails is logged and left for the next tick, so
 * one bad document never stops the sweep, or the jobs the tick runs after it.
 */
export async function sweepPending(ports: Ports, limit = 300): Promise<number> {
  let relayed = 0;
  const failed = new Set<string>();
  while (relayed < limit) {
    const found = await opinionsPendingAfterWrite(ports, 100);
    const page = found.filter((doc) => !failed.has(doc._id));
    if (page.length === 0) break;
    for (const doc of page) {
      try {
        await afterOpinionWrite(ports, undefined, await withKeptVerdicts(ports, doc));
        relayed++;
      } catch (e) {
        failed.add(doc._id);
        ports.log.error('after-write step failed; the next tick tries again', { opinionId: doc._id, error: String(e) });
      }
    }
    if (found.length < 100) break;
  }
  return relayed;
}
