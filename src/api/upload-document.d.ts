// Resolved per platform by Taro: upload-document.weapp.ts (cloud storage) or upload-document.h5.ts (local run).

/** Stores a picked document (a roster to import) as it is; the function that reads it checks its type. */
export declare function uploadDocument(localPath: string, fileName: string): Promise<{ fileId: string }>;
