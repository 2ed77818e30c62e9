/**
 * Who invoked a function, as the platform says it — never as the caller says it. In WeChat
 * Cloud, `getWXContext()` gives OPENID (a user of the mini-program) and SOURCE (how the
 * function was invoked, a comma-separated chain when one function calls another:
 * `wx_client,scf`). The local run gives the same two values (server/local/runtime.ts).
 * docs/decisions/0016-platform-callers-and-scopes.md lists the values relied on.
 */

export interface CallContext {
  /** The user's openid; none when WeChat itself invokes the function. */
  openid?: string;
  /** getWXContext().SOURCE. */
  source?: string;
}

/** Sources that mean a person's client is on the chain: the mini-program, WeChat's IDE, its crawler. */
export const CLIENT_SOURCES: readonly string[] = ['wx_client', 'wx_devtools', 'wx_localdebug', 'wx_crawler'];

/** The source of a call through WeChat's server API (HTTP API invokeCloudFunction), as the deploy makes it. */
export const SERVER_API_SOURCE = 'wx_http';

/** The mini-program's own calls (the local run's public HTTP face stands in for them). */
export const CLIENT_SOURCE = 'wx_client';

const chainOf = (source: string | undefined) =>
  (source ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Whether WeChat itself made this invocation: no OPENID, a SOURCE present, and no client
 * anywhere on its chain; with `via`, the source must also be one of those listed. Anything
 * unknown or missing is not the platform (fail closed).
 */
export function isPlatformInvocation(context: CallContext, via?: readonly string[]): boolean {
  if (context.openid) return false;
  const chain = chainOf(context.source);
  if (chain.length === 0 || chain.some((s) => CLIENT_SOURCES.includes(s))) return false;
  return !via || via.includes(context.source!.trim());
}
