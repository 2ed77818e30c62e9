/** WeChat shares with the button's openType='share' (useShareAppMessage gives what). */
export const nativeShare = true;

export async function copyLinkTo(_path: string): Promise<void> {
  // Nothing: the share sheet does it.
}
