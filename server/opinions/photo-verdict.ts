/**
 * Image verdicts on an opinion's photos (security.mediaCheckAsync). A photo's check is
 * recorded (`mediachecks`) before the write that carries it onto the opinion — the insert of
 * a submitted opinion, or the addition of information — and WeChat may push the verdict at
 * any moment after the check started. So a verdict is first kept on its check (the first one
 * counts), then applied to the opinion if the opinion carries the check already; otherwise
 * the write that carries it applies it (`applyKeptVerdicts`), as deputy photos do
 * (server/deputies/profile.ts). Either way it is applied once.
 *
 * A held opinion (its own photos awaiting their checks) is released when every verdict is in
 * and clean, and rejected on a risky one. Photos added later leave the opinion where it is:
 * their verdict is recorded, and only a passed one is shown to the deputy or printed
 * (server/opinions/views/opinion-view.ts, server/opinions/transfer-letter-data.ts).
 */
import { AppError } from '../../core/errors';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { moveOpinion } from './after-write';
import { routeSubmitted } from './route-submitted';
import { keepFirstVerdict, opinionPhotoCheck, opinionPhotoChecks, type OpinionPhotoCheckDoc } from './mediachecks.repo';

export type { OpinionPhotoCheckDoc };

type Verdict = 'pass' | 'review' | 'risky';

/** What a verdict on a photo added later tells the resident and the deputy. */
const ADDED_PHOTO_NOTES: Record<Verdict, string> = {
  pass: '补充的照片审核通过',
  review: '补充的照片需要人工审核，审核通过前不转给代表',
  risky: '补充的照片含有不适宜公开的内容，不转给代表',
};

/** A held opinion's next status once this verdict is known, or none while checks remain. */
function afterVerdict(doc: OpinionDoc, checks: NonNullable<OpinionDoc['mediaChecks']>) {
  if (checks.some((c) => c.verdict === 'risky')) return 'rejected' as const;
  const clean = checks.every((c) => c.verdict === 'pass') && !doc.textReview;
  return clean ? ('submitted' as const) : undefined;
}

/** WeChat's verdict on a photo of an opinion: kept on its check, then applied to the opinion. */
export async function applyOpinionPhotoVerdict(ports: Ports, check: OpinionPhotoCheckDoc, suggest: Verdict) {
  const verdict = await keepVerdict(ports, check, suggest);
  const { released } = await applyToOpinion(ports, check, verdict);
  return { opinionId: check.opinionId, released };
}

/**
 * After the write that carried these checks onto the opinion: applies the verdicts that
 * arrived before it. Answers whether any was applied (the opinion in hand is then stale).
 */
export async function applyKeptVerdicts(ports: Ports, checks: readonly { traceId: string }[]): Promise<boolean> {
  if (checks.length === 0) return false;
  const ids = checks.map((c) => c.traceId);
  const kept = await opinionPhotoChecks(ports, ids);
  let applied = false;
  for (const check of kept) {
    if (check.verdict) applied = (await applyToOpinion(ports, check, check.verdict)).applied || applied;
  }
  return applied;
}

/** Keeps the first verdict on the check; a later push answers with the one kept. */
async function keepVerdict(ports: Ports, check: OpinionPhotoCheckDoc, suggest: Verdict): Promise<Verdict> {
  if (await keepFirstVerdict(ports, check._id, suggest, ports.clock.now())) return suggest;
  return (await opinionPhotoCheck(ports, check._id))?.verdict ?? suggest;
}

async function applyToOpinion(ports: Ports, check: OpinionPhotoCheckDoc, verdict: Verdict) {
  let released = false;
  const applied = await moveOpinion(ports, check.opinionId, (fresh) => {
    const known = fresh.mediaChecks?.find((c) => c.traceId === check._id);
    // Not carried yet (its write applies it), or applied already: nothing to do.
    if (!known || known.verdict) throw new AppError('TRANSITION_NOT_ALLOWED', '该检测结果已处理');
    const checks = (fresh.mediaChecks ?? []).map((c) => (c.traceId === check._id ? { ...c, verdict } : c));
    const common = { mover: 'system', actor: { role: 'system' }, set: { mediaChecks: checks } } as const;
    if (fresh.status !== 'held') {
      released = false;
      // A photo added later, or one whose held opinion staff released by hand: recorded, no move.
      const added = (fresh.additions ?? []).some((a) => a.photos.includes(check.fileId));
      return { ...common, action: 'media_check', ...(added ? { note: ADDED_PHOTO_NOTES[verdict] } : {}) };
    }
    const to = afterVerdict(fresh, checks);
    released = to === 'submitted';
    return {
      ...common,
      ...(to ? { to } : {}),
      action: to === 'submitted' ? 'release' : to === 'rejected' ? 'reject' : 'media_check',
      ...(to === 'rejected' ? { note: '图片含有不适宜公开的内容，意见未被受理，请修改后重新提交' } : {}),
      ...(verdict === 'review' ? { note: '图片需要人工审核' } : {}),
    };
  }).catch((e) => {
    // The opinion is not inserted yet, or the verdict was applied already: changes nothing now.
    if (e instanceof AppError && (e.code === 'TRANSITION_NOT_ALLOWED' || e.code === 'OPINION_NOT_FOUND')) return undefined;
    throw e;
  });
  if (applied && released) await routeSubmitted(ports, check.opinionId);
  return { applied: Boolean(applied), released: Boolean(applied) && released };
}
