/** Cloud storage through wx-server-sdk, behind the handlers' Storage port. */
import cloud from 'wx-server-sdk';
import type { Storage } from '../platform/ports';

type TempUrl = { fileList: { fileID: string; tempFileURL: string; status: number }[] };
const sdk = cloud as unknown as {
  getTempFileURL(o: { fileList: string[] }): Promise<TempUrl>;
  deleteFile(o: { fileList: string[] }): Promise<unknown>;
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(o: { fileID: string }): Promise<{ fileContent: Buffer }>;
};

export const cloudStorage: Storage = {
  async exists(fileId) {
    const res = await sdk.getTempFileURL({ fileList: [fileId] });
    return res.fileList[0]?.status === 0;
  },
  async urlOf(fileId) {
    const res = await sdk.getTempFileURL({ fileList: [fileId] });
    return res.fileList[0]?.tempFileURL ?? '';
  },
  async download(fileId) {
    try {
      return (await sdk.downloadFile({ fileID: fileId })).fileContent;
    } catch {
      return undefined;
    }
  },
  async remove(fileId) {
    await sdk.deleteFile({ fileList: [fileId] });
  },
  async saveGenerated(cloudPath, bytes) {
    const res = await sdk.uploadFile({ cloudPath: `generated/${cloudPath}`, fileContent: bytes });
    return res.fileID;
  },
};
