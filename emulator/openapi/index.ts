/** The local run's open API: every WeChat call the handlers make, answered by stand-ins. */
import { OpenApiError, type OpenApi } from '../../server/platform/openapi/port';
import type { LocalContentSecurity } from './content-security';
import type { LocalWxacode } from './wxacode';
import { MESSAGES_COLLECTION } from './subscribe-message';
import { WX_SUBSCRIPTIONS } from './wx-subscriptions';
import { SMS_COLLECTION, URL_LINKS_COLLECTION, type LocalSms } from './sms';

/**
 * Collections the stand-ins keep in the local store for WeChat's side (delivered messages,
 * consent, SMS received and URL Links): WeChat's data, not the app's — never declared, never
 * erased by the app.
 */
export const STAND_IN_COLLECTIONS: readonly string[] = [MESSAGES_COLLECTION, WX_SUBSCRIPTIONS, SMS_COLLECTION, URL_LINKS_COLLECTION];

export interface LocalOpenApiParts {
  contentSecurity: LocalContentSecurity;
  sendSubscribeMessage?: OpenApi['sendSubscribeMessage'];
  wxacode?: LocalWxacode;
  /** SMS and URL Links; without it every SMS call is refused as an environment with no SMS package. */
  sms?: LocalSms;
  /** The clock the SMS stand-in stamps messages and judges links with. */
  now?: () => Date;
}

export function createLocalOpenApi(parts: LocalOpenApiParts): OpenApi {
  return {
    msgSecCheck: (input) => parts.contentSecurity.msgSecCheck(input),
    mediaCheckAsync: (input) => parts.contentSecurity.mediaCheckAsync(input),
    sendSubscribeMessage:
      parts.sendSubscribeMessage ??
      (async () => {
        throw new OpenApiError(40037, 'invalid template_id (no subscription templates configured locally)');
      }),
    getUnlimitedQrCode: async (input) => {
      if (!parts.wxacode) throw new OpenApiError(-1, 'wxacode stand-in not configured');
      return parts.wxacode.getUnlimited(input);
    },
    get sms() {
      return parts.sms?.setup();
    },
    sendSms: async (input) => {
      if (!parts.sms) throw new OpenApiError(-501007, 'invalid parameter: env has no SMS package');
      return parts.sms.send(input, parts.now?.() ?? new Date());
    },
    generateUrlLink: async (input) => {
      if (!parts.sms) throw new OpenApiError(-1, 'urllink stand-in not configured');
      return parts.sms.generateUrlLink(input, parts.now?.() ?? new Date());
    },
  };
}

/**
 * The fidelity mode (OPENAPI_LATENCY_MS): every open API call (content checks, messages, QR
 * codes) answered after `ms`, as a call from a cloud function to WeChat costs.
 */
export function withLatency(api: OpenApi, ms: number): OpenApi {
  if (ms <= 0) return api;
  const later = <A extends unknown[], R>(f: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return f(...args);
  };
  const slowed = Object.fromEntries(
    Object.entries(api)
      .filter(([, f]) => typeof f === 'function')
      .map(([k, f]) => [k, later(f as (...a: unknown[]) => Promise<unknown>)]),
  ) as unknown as OpenApi;
  // What is not a call (the SMS setup) is read through, as it is.
  return Object.defineProperty(slowed, 'sms', { get: () => api.sms, enumerable: true });
}
