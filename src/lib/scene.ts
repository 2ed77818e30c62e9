/**
 * The station code from a page's params. weapp gives the QR `scene` URL-encoded in `options.scene`;
 * H5 gives `?scene=`; a shared link may carry `code`. Decoding twice is harmless for codes.
 */
export function stationCodeFrom(params: Record<string, string | undefined>): string | undefined {
  const raw = params.scene ?? params.code;
  if (!raw) return undefined;
  let code = raw;
  try {
    code = decodeURIComponent(raw);
  } catch {
    // A malformed escape: keep it as it came; the server will say it is not a station.
  }
  code = code.trim();
  return code === '' ? undefined : code;
}
