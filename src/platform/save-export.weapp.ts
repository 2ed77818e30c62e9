import Taro from '@tarojs/taro';

/** WeChat: a file in the user data folder, and the text on the clipboard to paste anywhere. */
export async function saveExport(json: string, fileName: string): Promise<string> {
  let saved = '';
  try {
    const path = `${Taro.env.USER_DATA_PATH}/${fileName}`;
    Taro.getFileSystemManager().writeFileSync(path, json, 'utf8');
    saved = '已保存到小程序文件；';
  } catch {
    // No file system access: the clipboard still works.
  }
  try {
    await Taro.setClipboardData({ data: json });
    return `${saved}全部内容已复制到剪贴板，可粘贴保存`;
  } catch {
    return saved ? `${saved}复制到剪贴板失败` : '保存失败，请稍后重试';
  }
}
