import { downloadBlob } from './download-blob.h5';

/** Browser: a download. */
export async function saveFile(base64: string, fileName: string, mimeType: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return downloadBlob(new Blob([bytes], { type: mimeType }), fileName);
}
