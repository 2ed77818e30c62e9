/** The local run's open API: every WeChat call the handlers make, answered by stand-ins. */
import { OpenApiError, type OpenApi } from '../../server/openapi/port';
import type { LocalContentSecurity } from './content-security';

export interface LocalOpenApiParts {
  contentSecurity: LocalContentSecurity;
  sendSubscribeMessage?: OpenApi['sendSubscribeMessage'];
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
  };
}
