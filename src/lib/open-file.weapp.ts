import Taro from '@tarojs/taro';

const EXT = /\.([a-z]+)$/;

/** Downloads `url` to a temporary file, or to `filePath` when given; answers where it is. */
async function download(url: string, filePath?: string): Promise<string> {
  const res = await Taro.downloadFile(filePath ? { url, filePath } : { url });
  if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`);
  return filePath ?? res.tempFilePath;
}

/** WeChat: download to a temporary file first, then the document viewer (print or forward from its menu). */
export async function openPdf(url: string, fileName: string): Promise<string> {
  await Taro.openDocument({ filePath: await download(url), fileType: 'pdf', showMenu: true });
  return `已打开 ${fileName}，可在右上角菜单中打印或转发`;
}

/** WeChat: downloaded into the user data folder under its own name (what a forward shows), then the document viewer (share or print from there). */
export async function saveFile(url: string, fileName: string): Promise<string> {
  const filePath = await download(url, `${Taro.env.USER_DATA_PATH}/${fileName}`);
  await Taro.openDocument({ filePath, fileType: (EXT.exec(fileName)?.[1] ?? 'xlsx') as 'xlsx', showMenu: true });
  return `已生成 ${fileName}，可在右上角菜单中转发或保存`;
}
