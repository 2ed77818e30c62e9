/**
 * One way in for every function: validate the request, resolve the caller, check access,
 * run the handler, and answer `{ok, data}` or `{ok:false, code, message}` — never a throw.
 */
import type { z } from 'zod';
import { CONTRACT, describeError, type ActionSpec, type Envelope, type FunctionName } from '../../core/contract';
import { AppError, ERRORS, isAppError, type ErrorCode } from '../../core/errors';
import { ANONYMOUS, resolveActor, type Actor } from '../users/actor';
import { PRIVACY_NOTICE_VERSION } from '../config/limits';
import { isCollectionMissing } from '../platform/db-errors';
import { isPlatformInvocation, type CallContext } from '../platform/platform-caller';
import type { Ports } from '../platform/ports';

export interface HandlerContext {
  actor: Actor;
  ports: Ports;
  /** Who invoked the function, as the platform says (for the smoke check's report; access is decided before). */
  caller?: CallContext;
}

export type Handler = (payload: never, ctx: HandlerContext) => Promise<unknown>;
export type FunctionHandlers = Record<string, Handler>;

export interface DispatchOptions {
  /** Check every answer against its declared schema (local run and tests). */
  checkOutput?: boolean;
}

const fail = (code: ErrorCode, message: string = ERRORS[code]): Envelope<never> => ({
  ok: false,
  code,
  message,
});

function checkAccess(spec: ActionSpec, actor: Actor): Envelope<never> | undefined {
  if (spec.access === 'public') return undefined;
  if (!actor.openid) return fail('LOGIN_REQUIRED');
  if (spec.access === 'resident') return undefined;
  if (spec.access === 'platform') return fail('PLATFORM_ONLY'); // a user is never the platform
  return actor.roles.has(spec.access) ? undefined : fail('FORBIDDEN');
}

/** An action that hands personal information over needs the agreement to the current privacy notice. */
function checkConsent(spec: ActionSpec, actor: Actor): Envelope<never> | undefined {
  if (spec.consent !== 'privacy' || actor.privacyVersion === PRIVACY_NOTICE_VERSION) return undefined;
  return actor.privacyVersion
    ? fail('PRIVACY_NOT_AGREED', '隐私保护指引已更新，请阅读并同意后再操作')
    : fail('PRIVACY_NOT_AGREED');
}

export async function dispatch(
  fn: FunctionName,
  handlers: FunctionHandlers,
  event: unknown,
  /** Who invoked it, as the platform says (OPENID and SOURCE of getWXContext). */
  caller: CallContext,
  ports: Ports,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  const started = Date.now();
  let actionName = '?';
  try {
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      return fail('BAD_REQUEST', '请求格式不正确：应为 { action, payload }');
    }
    const { action, payload } = event as { action?: unknown; payload?: unknown };
    if (typeof action !== 'string') return fail('BAD_REQUEST', '请求格式不正确：缺少 action');
    actionName = action;
    const actions = CONTRACT[fn] as Record<string, ActionSpec>;
    const spec = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined;
    const handler = Object.prototype.hasOwnProperty.call(handlers, action) ? handlers[action] : undefined;
    if (!spec || !handler) return fail('UNKNOWN_ACTION', `请求的操作不存在：${fn}.${action.slice(0, 40)}`);

    // Who may call comes first: a caller without access learns nothing about the payload.
    // An action for the platform is answered only when the platform's context says it is
    // WeChat itself (no user is looked up); every other caller gets the same refusal,
    // whatever gave them away.
    let actor: Actor = ANONYMOUS;
    if (spec.access === 'platform') {
      if (!isPlatformInvocation(caller, spec.via)) return fail('PLATFORM_ONLY');
    } else {
      actor = await resolveActor(ports, caller.openid);
      const refused = checkAccess(spec, actor);
      if (refused) return refused;
    }

    const parsed = (spec.input as z.ZodType).safeParse(payload ?? {}, { reportInput: true });
    if (!parsed.success) return fail('INVALID_PAYLOAD', describeError(parsed.error));
    // After the payload: bad input is named as such whoever sends it; before the handler: nothing is written.
    const unconsented = checkConsent(spec, actor);
    if (unconsented) return unconsented;

    const data = await handler(parsed.data as never, { actor, ports, caller });
    if (options.checkOutput) {
      const out = (spec.output as z.ZodType).safeParse(data);
      if (!out.success) {
        ports.log.error('answer does not match its schema', { fn, action, issues: out.error.issues });
        return fail('INTERNAL');
      }
    }
    return { ok: true, data };
  } catch (e) {
    if (isAppError(e)) return fail(e.code, e.userMessage);
    if (isCollectionMissing(e)) {
      ports.log.error('collection missing', { fn, action: actionName, error: String((e as Error)?.message ?? e) });
      return fail('COLLECTION_MISSING');
    }
    ports.log.error('unexpected error', {
      fn,
      action: actionName,
      error: e instanceof Error ? e.stack : JSON.stringify(e),
    });
    return fail('INTERNAL');
  } finally {
    ports.log.info('call', { fn, action: actionName, ms: Date.now() - started });
  }
}

export { AppError };
