/** How an action is declared: who may call it, what it takes, what it answers. */
import type { z } from 'zod';

/**
 * `public`: anyone, even without an openid; `resident`: any identified caller; `platform`:
 * WeChat itself, never a user — no openid, and an invocation source (getWXContext().SOURCE)
 * that names no client (docs/decisions/0016-platform-callers-and-scopes.md).
 */
export type Access = 'public' | 'resident' | 'deputy' | 'staff' | 'admin' | 'platform';

/**
 * What the caller must have agreed to before the action runs. `privacy`: the current privacy
 * notice (core/privacy.ts), for actions that hand personal information over (PRODUCT.md,
 * PIPL). Checked by the dispatcher (server/functions/dispatch.ts) for every action that declares it.
 */
export type Consent = 'privacy';

export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  access: Access;
  consent?: Consent;
  /** For `platform` access: the only invocation sources accepted (e.g. `wx_http`, WeChat's server API). */
  via?: readonly string[];
  summary: string;
  input: I;
  output: O;
}

export const action = <I extends z.ZodType, O extends z.ZodType>(
  spec: ActionSpec<I, O>,
): ActionSpec<I, O> => spec;
