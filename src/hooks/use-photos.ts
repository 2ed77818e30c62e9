import { useRef, useState } from 'react';
import { MAX_PHOTOS } from '@core/contract/limits';
import { toApiError } from '../api/api-error';
import { uploadPhoto } from '../api/upload';
import { pickPhotos } from '../platform/pick-photos';

export interface Photo {
  fileId: string;
  url: string;
}

/**
 * Photos for an opinion or added information: picked, compressed and uploaded at once, so only
 * stored file ids travel with the form (and the draft). At most three.
 */
export function usePhotos(
  photos: Photo[],
  change: (next: (prev: Photo[]) => Photo[]) => void,
  onError: (message: string | undefined) => void,
) {
  const [uploading, setUploading] = useState(0);
  const busy = useRef(false);

  const add = async () => {
    if (busy.current) return;
    const room = MAX_PHOTOS - photos.length;
    if (room <= 0) return onError(`最多${MAX_PHOTOS}张照片`);
    busy.current = true;
    onError(undefined);
    try {
      const paths = await pickPhotos(room);
      setUploading(paths.length);
      for (const path of paths) {
        try {
          const stored = await uploadPhoto(path);
          change((prev) => (prev.length >= MAX_PHOTOS ? prev : [...prev, stored]));
        } catch (e) {
          onError(toApiError(e).message);
        } finally {
          setUploading((n) => Math.max(0, n - 1));
        }
      }
    } finally {
      busy.current = false;
      setUploading(0);
    }
  };

  const remove = (fileId: string) => change((prev) => prev.filter((p) => p.fileId !== fileId));

  return { list: photos, add, remove, uploading: uploading > 0, full: photos.length >= MAX_PHOTOS };
}
