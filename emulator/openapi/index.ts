/** The local run's open API: every WeChat call the handlers make, answered by stand-ins. */
import { OpenApiError, type OpenApi } from '../../server/platform/openapi/port';
import type { LocalContentSecurity } from './content-security';
import type { LocalWxacode } from './wxacode';

export interface LocalOpenApiParts {
  contentSecurity: LocalContentSecurity;
  sendSubscribeMessage?: OpenApi['sendSubscribeMessage'];
  wxacode?: LocalWxacode;
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
  };
}
