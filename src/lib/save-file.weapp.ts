import Taro from '@tarojs/taro';

const EXT = /\.([a-z]+)$/;

/** WeChat: a file in the user data folder, opened with the document viewer (share or print from there). */
export async function saveFile(base64: string, fileName: string): Promise<string> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
  Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64');
  await Taro.openDocument({ filePath, fileType: (EXT.exec(fileName)?.[1] ?? 'xlsx') as 'xlsx', showMenu: true });
  return `已生成 ${fileName},可在右上角菜单中转发或保存`;
}
