/**
 * Which version of the mini-program a station's QR code and a subscription message open:
 * `WX_ENV_VERSION` (release | trial | develop), release unless set. One setting per cloud
 * environment, so a trial environment's codes and messages open the trial app.
 */
export const ENV_VERSIONS = ['release', 'trial', 'develop'] as const;
export type EnvVersion = (typeof ENV_VERSIONS)[number];

/** A message's `miniprogramState` for each version (WeChat names them differently there). */
export const MESSAGE_STATE = { release: 'formal', trial: 'trial', develop: 'developer' } as const satisfies Record<EnvVersion, string>;

export function envVersion(env: Record<string, string | undefined> = process.env): EnvVersion {
  const v = env.WX_ENV_VERSION ?? 'release';
  if (!(ENV_VERSIONS as readonly string[]).includes(v)) throw new Error(`WX_ENV_VERSION must be one of ${ENV_VERSIONS.join(', ')}`);
  return v as EnvVersion;
}

/** The version the environment's messages open. */
export const messageState = (): (typeof MESSAGE_STATE)[EnvVersion] => MESSAGE_STATE[envVersion()];
