/** What goes to a function: the action and its payload (core/contract/envelope `Request`). */
export interface FunctionBody {
  action: string;
  payload: unknown;
}

/** Sends one call to function `name` and resolves with whatever it answered (an envelope). */
export type Transport = (name: string, body: FunctionBody) => Promise<unknown>;
