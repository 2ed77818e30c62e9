/** How an action is declared: who may call it, what it takes, what it answers. */
import type { z } from 'zod';

/** `public`: anyone, even without an openid; `resident`: any identified caller. */
export type Access = 'public' | 'resident' | 'deputy' | 'staff' | 'admin';

export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  access: Access;
  summary: string;
  input: I;
  output: O;
}

export const action = <I extends z.ZodType, O extends z.ZodType>(
  spec: ActionSpec<I, O>,
): ActionSpec<I, O> => spec;
