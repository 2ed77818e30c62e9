/**
 * Image verdicts from security.mediaCheckAsync. Only the platform reaches this action (the
 * dispatcher checks its context), and only a verdict for a check this system started (its
 * trace id is on record) is accepted — refused like any other caller otherwise, so a
 * refusal never tells which condition failed; each is applied once.
 */
import { AppError } from '../../core/errors';
import { applyDeputyPhotoVerdict } from '../deputies/profile';
import { mediaCheck } from '../opinions/mediachecks.repo';
import { applyOpinionPhotoVerdict } from '../opinions/photo-verdict';
import { handlers } from './define';

export const securityHandlers = handlers('security', {
  async mediaVerdict({ traceId, suggest }, { ports }) {
    const check = await mediaCheck(ports, traceId);
    if (!check) throw new AppError('PLATFORM_ONLY', undefined, `unknown trace id ${traceId}`);
    if ('deputyId' in check) return { released: await applyDeputyPhotoVerdict(ports, check, suggest) };
    // Kept on its check first: a verdict landing before the opinion's write is applied by that write.
    return applyOpinionPhotoVerdict(ports, check, suggest);
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
