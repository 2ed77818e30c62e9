/** What a resident does with their own opinion after submitting it. */
import type { Payload } from '../../core/contract';
import { beijingDateTime } from '../../core/beijing-time';
import { AppError } from '../../core/errors';
import { chaseAllowedFrom, ratingOutcome, residentCan } from '../../core/resident-actions';
import { RESIDENT_LIMITS } from '../config/limits';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getOpinion } from './opinions.repo';
import { moveOpinion } from './after-write';
import { keepShowcaseHonest } from '../campaigns/showcase';
import { checkText, startMediaChecks } from './content-check';
import { applyKeptVerdicts } from './photo-verdict';
import { requireOwnImages } from '../users/uploads';

const RESIDENT = { role: 'resident' as const };

/** The resident's own opinion; anyone else's is answered as not found. */
export async function ownOpinion(ports: Ports, openid: string, id: string): Promise<OpinionDoc> {
  const doc = await getOpinion(ports, id);
  if (!doc || doc.openid !== openid) throw new AppError('OPINION_NOT_FOUND');
  return doc;
}

const canNow = (ports: Ports, doc: OpinionDoc) =>
  residentCan({ ...doc, now: ports.clock.now() }, RESIDENT_LIMITS.chaseIntervalDays);

export async function withdraw(ports: Ports, openid: string, id: string, reason?: string) {
  const own = await ownOpinion(ports, openid, id);
  return moveOpinion(
    ports,
    id,
    () => ({
      to: 'withdrawn',
      mover: 'resident',
      actor: RESIDENT,
      action: 'withdraw',
      ...(reason ? { note: reason } : {}),
    }),
    own,
  );
}

/**
 * The resident answers a deputy's question. Added photos go through the image check like
 * submitted ones; the deputy sees them (and a 转办函 prints them) once they passed.
 */
export async function addInfo(ports: Ports, openid: string, p: Payload<'opinion', 'addInfo'>) {
  const doc = await ownOpinion(ports, openid, p.id);
  if (doc.status !== 'need_info') throw new AppError('TRANSITION_NOT_ALLOWED', '代表没有要求补充情况');
  await requireOwnImages(ports, openid, p.photos);
  if ((await checkText(ports, openid, [p.text])) === 'review') {
    throw new AppError('TEXT_REFUSED', '补充内容需要人工审核，请修改后再提交或联系联络站');
  }
  const checks = await startMediaChecks(ports, openid, p.id, p.photos);
  const at = ports.clock.now();
  // `doc` was read at the start of this request: the write's first round decides on it.
  const changed = await moveOpinion(ports, p.id, (fresh) => {
    if (fresh.status !== 'need_info' || !fresh.needInfoFrom) throw new AppError('TRANSITION_NOT_ALLOWED', '代表没有要求补充情况');
    return {
      to: fresh.needInfoFrom,
      mover: 'resident',
      actor: RESIDENT,
      action: 'add_info',
      note: p.text,
      set: {
        additions: [...(fresh.additions ?? []), { at, text: p.text, photos: p.photos }],
        ...(checks.length > 0 ? { mediaChecks: [...(fresh.mediaChecks ?? []), ...checks] } : {}),
      },
    };
  }, doc);
  // A verdict WeChat pushed before the addition was written was kept on its check: apply it now.
  return (await applyKeptVerdicts(ports, checks)) ? ownOpinion(ports, openid, p.id) : changed;
}

export async function chase(ports: Ports, openid: string, id: string) {
  const own = await ownOpinion(ports, openid, id);
  const doc = await moveOpinion(ports, id, (fresh) => {
    if (!canNow(ports, fresh).chase) {
      const from = chaseAllowedFrom({ ...fresh, now: ports.clock.now() }, RESIDENT_LIMITS.chaseIntervalDays);
      throw new AppError(
        'CHASE_TOO_EARLY',
        from ? `办理期限未到或刚催办过，${beijingDateTime(from)} 后可以催办` : '当前状态不能催办',
      );
    }
    return {
      mover: 'resident',
      actor: RESIDENT,
      action: 'chase',
      set: { chaseCount: fresh.chaseCount + 1, lastChasedAt: ports.clock.now() },
    };
  }, own);
  const next = chaseAllowedFrom({ ...doc, now: ports.clock.now() }, RESIDENT_LIMITS.chaseIntervalDays);
  return { id: doc._id, chaseCount: doc.chaseCount, nextChaseAfter: (next ?? ports.clock.now()).toISOString() };
}

export async function rate(ports: Ports, openid: string, p: Payload<'opinion', 'rate'>) {
  const own = await ownOpinion(ports, openid, p.id);
  if (p.comment && (await checkText(ports, openid, [p.comment])) !== 'pass') {
    throw new AppError('TEXT_REFUSED');
  }
  const at = ports.clock.now();
  let reopened = false;
  const doc = await moveOpinion(ports, p.id, (fresh) => {
    if (fresh.status !== 'resolved') throw new AppError('TRANSITION_NOT_ALLOWED', '办结后才能评价');
    const to = ratingOutcome(p.result, fresh.reopenCount);
    reopened = to === 'accepted';
    const rating = { at, result: p.result, attitude: p.attitude, ...(p.comment ? { comment: p.comment } : {}) };
    return {
      to,
      mover: 'resident',
      actor: RESIDENT,
      action: reopened ? 'reopen' : 'rate',
      ...(p.comment ? { note: p.comment } : {}),
      set: {
        ratings: [...(fresh.ratings ?? []), rating],
        ...(reopened ? { reopenCount: fresh.reopenCount + 1 } : {}),
      },
    };
  }, own);
  // A published case rated 不满意 (or reopened) leaves the showcase.
  await keepShowcaseHonest(ports, doc);
  return { doc, reopened };
}
