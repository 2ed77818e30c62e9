// Resolved per platform by Taro: upload.weapp.ts (WeChat cloud storage) or upload.h5.ts (local run).

/** A photo stored for an opinion: the id the contract carries, and a URL an <Image> can show. */
export interface StoredPhoto {
  fileId: string;
  url: string;
}

/** Compresses the picked image, then stores it; throws an ApiError the page can show. */
export declare function uploadPhoto(localPath: string): Promise<StoredPhoto>;
