/** Typed handler tables: each function's handlers take and give what the contract says. */
import type { Answer, ActionName, FunctionName, Payload } from '../../core/contract';
import type { FunctionHandlers, HandlerContext } from './dispatch';

export type HandlersOf<F extends FunctionName> = {
  [A in ActionName<F>]: (payload: Payload<F, A>, ctx: HandlerContext) => Promise<Answer<F, A>>;
};

export const handlers = <F extends FunctionName>(_fn: F, table: HandlersOf<F>): FunctionHandlers =>
  table as unknown as FunctionHandlers;
