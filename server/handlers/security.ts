/**
 * Image verdicts from security.mediaCheckAsync. Only the platform reaches this action (the
 * dispatcher checks its context), and only a verdict for a check this system started (its
 * trace id is on record) is accepted — refused like any other caller otherwise, so a
 * refusal never tells which condition failed; each is applied once.
 */
import { AppError } from '../../core/errors';
import { findById } from '../db';
import type { OpinionDoc } from '../model';
import { changeOpinion } from '../repos/opinions';
import { applyDeputyPhotoVerdict, type DeputyPhotoCheckDoc } from '../use-cases/deputy-profile';
import { routeSubmitted } from '../use-cases/route-submitted';
import { handlers } from './define';

/** A check of an opinion's photo, or (with `deputyId`) of a deputy's profile photo. */
type MediaCheckDoc = { _id: string; opinionId: string; fileId: string } | DeputyPhotoCheckDoc;

type Verdict = 'pass' | 'review' | 'risky';

/** The opinion's next status once this verdict is known, or none while checks remain. */
function afterVerdict(doc: OpinionDoc, traceId: string, suggest: Verdict) {
  const checks = (doc.mediaChecks ?? []).map((c) => (c.traceId === traceId ? { ...c, verdict: suggest } : c));
  if (checks.some((c) => c.verdict === 'risky')) return { checks, to: 'rejected' as const };
  const allIn = checks.every((c) => c.verdict !== undefined);
  const clean = allIn && checks.every((c) => c.verdict === 'pass') && !doc.textReview;
  return { checks, to: clean ? ('submitted' as const) : undefined };
}

export const securityHandlers = handlers('security', {
  async mediaVerdict({ traceId, suggest }, { ports }) {
    const check = await findById<MediaCheckDoc>(ports.db, 'mediachecks', traceId);
    if (!check) throw new AppError('PLATFORM_ONLY', undefined, `unknown trace id ${traceId}`);
    if ('deputyId' in check) return { released: await applyDeputyPhotoVerdict(ports, check, suggest) };
    let released = false;
    await changeOpinion(ports, check.opinionId, (fresh) => {
      const known = fresh.mediaChecks?.find((c) => c.traceId === traceId);
      if (fresh.status !== 'held' || !known || known.verdict) throw new AppError('TRANSITION_NOT_ALLOWED', '该检测结果已处理');
      const { checks, to } = afterVerdict(fresh, traceId, suggest);
      released = to === 'submitted';
      return {
        ...(to ? { to } : {}),
        mover: 'system',
        actor: { role: 'system' },
        action: to === 'submitted' ? 'release' : to === 'rejected' ? 'reject' : 'media_check',
        ...(to === 'rejected' ? { note: '图片含有不适宜公开的内容,意见未被受理,请修改后重新提交' } : {}),
        ...(suggest === 'review' ? { note: '图片需要人工审核' } : {}),
        set: { mediaChecks: checks },
      };
    }).catch((e) => {
      // A repeated or late verdict changes nothing.
      if (e instanceof AppError && e.code === 'TRANSITION_NOT_ALLOWED') return undefined;
      throw e;
    });
    if (released) await routeSubmitted(ports, check.opinionId);
    return { opinionId: check.opinionId, released };
  },
});

/** WeChat's push (`Event: wxa_media_check`) → the contract's request. Anything else passes through. */
export function adaptMediaCheckPush(event: unknown): unknown {
  const e = event as { Event?: string; trace_id?: string; result?: { suggest?: string; label?: number } };
  if (e && e.Event === 'wxa_media_check') {
    return {
      action: 'mediaVerdict',
      payload: { traceId: e.trace_id, suggest: e.result?.suggest, label: Number(e.result?.label ?? 0) },
    };
  }
  return event;
}
