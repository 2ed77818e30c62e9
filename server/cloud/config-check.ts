/**
 * What a cloud function needs configured before it can serve (decision 0021): the app version
 * its QR codes and messages open, and, where it sends subscription messages, every template's
 * real id. In the cloud a function missing any of it answers CONFIG_MISSING and logs what is
 * missing, rather than failing every send with 40037; only the local run has placeholder ids.
 */
import type { FunctionName } from '../../core/contract';
import { TEMPLATE_KEYS } from '../../core/notification-rules';
import { ENV_VERSIONS } from '../config/app-version';
import { FUNCTION_CONFIGS } from '../functions/configs';

export function configProblems(fn: FunctionName, env: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  if (env.WX_ENV_VERSION !== undefined && !(ENV_VERSIONS as readonly string[]).includes(env.WX_ENV_VERSION)) {
    out.push(`WX_ENV_VERSION is "${env.WX_ENV_VERSION}", not one of ${ENV_VERSIONS.join(', ')}`);
  }
  if (FUNCTION_CONFIGS[fn].openapi.includes('subscribeMessage.send')) {
    for (const key of TEMPLATE_KEYS) {
      const name = `WX_TMPL_${key.toUpperCase()}`;
      const id = env[name];
      if (!id || id.startsWith('LOCAL_')) out.push(`${name} is ${id ? 'a local placeholder' : 'not set'}`);
    }
  }
  return out;
}
