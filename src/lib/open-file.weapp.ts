import Taro from '@tarojs/taro';

/** WeChat: download to a temporary file first, then the document viewer (print or forward from its menu). */
export async function openPdf(url: string, fileName: string): Promise<string> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url });
  if (statusCode !== 200) throw new Error(`download failed: ${statusCode}`);
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true });
  return `已打开 ${fileName},可在右上角菜单中打印或转发`;
}
