/** A browser has no scanner: the deputy types the code printed under the station's QR code. */
export async function scanStationCode(): Promise<string | undefined> {
  const code = window.prompt('请输入联络站二维码下方的联络站编号');
  return code?.trim() || undefined;
}
