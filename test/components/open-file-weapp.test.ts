/**
 * The WeChat side of src/lib/open-file (issue 18): a stored file is downloaded from its
 * temporary URL — an xlsx into the user data folder under its own name, so a forward shows
 * it — and opened in the document viewer with its menu.
 */
import { openPdf, saveFile } from '../../src/lib/open-file.weapp';

const calls: { api: string; arg: Record<string, unknown> }[] = [];
let status = 200;
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    downloadFile: async (arg: Record<string, unknown>) => {
      calls.push({ api: 'downloadFile', arg });
      return { statusCode: status, ...(arg.filePath ? { filePath: arg.filePath } : { tempFilePath: 'wxfile://tmp/abc.pdf' }) };
    },
    openDocument: async (arg: Record<string, unknown>) => void calls.push({ api: 'openDocument', arg }),
  },
}));

beforeEach(() => {
  calls.length = 0;
  status = 200;
});

it('saves an xlsx under its name from its URL and opens it in the document viewer', async () => {
  const said = await saveFile('https://tmp.example/generated/x.xlsx', '意见清单-岳麓区-2026-11至2026-11.xlsx');
  expect(calls).toEqual([
    { api: 'downloadFile', arg: { url: 'https://tmp.example/generated/x.xlsx', filePath: 'wxfile://usr/意见清单-岳麓区-2026-11至2026-11.xlsx' } },
    { api: 'openDocument', arg: { filePath: 'wxfile://usr/意见清单-岳麓区-2026-11至2026-11.xlsx', fileType: 'xlsx', showMenu: true } },
  ]);
  expect(said).toBe('已生成 意见清单-岳麓区-2026-11至2026-11.xlsx，可在右上角菜单中转发或保存');
});

it('opens a PDF from a temporary download, as before', async () => {
  expect(await openPdf('https://tmp.example/generated/x.pdf', '转办函-ZB-1.pdf')).toBe('已打开 转办函-ZB-1.pdf，可在右上角菜单中打印或转发');
  expect(calls).toEqual([
    { api: 'downloadFile', arg: { url: 'https://tmp.example/generated/x.pdf' } },
    { api: 'openDocument', arg: { filePath: 'wxfile://tmp/abc.pdf', fileType: 'pdf', showMenu: true } },
  ]);
});

it('a failed download opens nothing', async () => {
  status = 404;
  await expect(saveFile('https://tmp.example/generated/gone.xlsx', 'a.xlsx')).rejects.toThrow('download failed: 404');
  expect(calls.map((c) => c.api)).toEqual(['downloadFile']);
});
