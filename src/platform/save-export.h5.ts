import { downloadBlob } from '../lib/download-blob.h5';

/** Browser: a download of the JSON file. */
export async function saveExport(json: string, fileName: string): Promise<string> {
  return downloadBlob(new Blob([json], { type: 'application/json' }), fileName);
}
