/**
 * Station mini-program codes (wxacode.getUnlimited): the page a scan opens, whether WeChat
 * checks that it is published, and which version of the app it opens (config/app-version.ts).
 */
import { envVersion } from './app-version';

export const STATION_QR = {
  /** The station page reads `decodeURIComponent(options.scene)`; no leading slash. */
  page: 'pages/station/index',
  /** Unpublished pages are refused in release; trial and develop builds may not have it yet. */
  checkPath: () => envVersion() === 'release',
  envVersion,
  /** Pixels; printed at about 10.5 cm it scans from a metre and more. */
  width: 860,
} as const;
