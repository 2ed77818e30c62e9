import { Text, View } from '@tarojs/components';
import type { Photo } from '../hooks/use-photos';
import { PhotoGrid } from './photo-grid';

interface Photos {
  list: Photo[];
  add: () => void;
  remove: (fileId: string) => void;
  uploading: boolean;
  full: boolean;
}

/** Up to three photos: previews with 删除, and an add button while there is room. */
export function PhotoPicker({ photos, max }: { photos: Photos; max: number }) {
  return (
    <View>
      <PhotoGrid photos={photos.list} onRemove={(i) => photos.remove(photos.list[i].fileId)} />
      {photos.uploading ? <Text className='muted'>正在上传照片…</Text> : null}
      {!photos.full ? (
        <View className='chip chip--add' role='button' ariaLabel='添加照片' onClick={photos.add}>
          <Text>+ 添加照片（{photos.list.length}/{max}）</Text>
        </View>
      ) : null}
    </View>
  );
}
