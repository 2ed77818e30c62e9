/**
 * The idempotency key of a form: who sent it (the caller's openid, from the platform), where
 * it applies (`within`: the station staff entered it for …) and its request id. The same form
 * sent twice is one document; another caller's — or the same caller's at another station —
 * same request id is another form, and never answers with this one's document.
 */
import { createHash } from 'node:crypto';

const keyHash = (openid: string, requestId: string, within: readonly string[]): string =>
  createHash('sha256').update([openid, ...within, requestId].join('\n')).digest('hex');

export const requestKey = (openid: string, requestId: string, ...within: string[]): string =>
  keyHash(openid, requestId, within).slice(0, 24);

/** The opinion a resident's form makes: its request key, longer, as the document id. */
export const opinionIdFor = (openid: string, requestId: string): string => `op${keyHash(openid, requestId, []).slice(0, 30)}`;
