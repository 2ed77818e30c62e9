/**
 * Station mini-program codes (wxacode.getUnlimited): the page a scan opens, whether WeChat
 * checks that it is published, and which version of the app it opens. `WX_ENV_VERSION`
 * (release | trial | develop) selects the version; release unless set.
 */
const ENV_VERSIONS = ['release', 'trial', 'develop'] as const;
type EnvVersion = (typeof ENV_VERSIONS)[number];

function envVersion(): EnvVersion {
  const v = process.env.WX_ENV_VERSION ?? 'release';
  if (!(ENV_VERSIONS as readonly string[]).includes(v)) throw new Error(`WX_ENV_VERSION must be one of ${ENV_VERSIONS.join(', ')}`);
  return v as EnvVersion;
}

export const STATION_QR = {
  /** The station page reads `decodeURIComponent(options.scene)`; no leading slash. */
  page: 'pages/station/index',
  /** Unpublished pages are refused in release; trial and develop builds may not have it yet. */
  checkPath: () => envVersion() === 'release',
  envVersion,
  /** Pixels; printed at about 10.5 cm it scans from a metre and more. */
  width: 860,
} as const;
