import Taro from '@tarojs/taro';
import type { PickedDocument } from './pick-document.d';

/** WeChat: a file from a chat (wx.chooseMessageFile), where spreadsheets arrive on a phone. */
export async function pickDocument(extensions: string[]): Promise<PickedDocument | undefined> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions });
    const f = res.tempFiles[0];
    return f ? { path: f.path, name: f.name } : undefined;
  } catch {
    return undefined; // cancelled
  }
}
