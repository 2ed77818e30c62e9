import { Image, Text, View } from '@tarojs/components';
import type { Photo } from '../../hooks/use-photos';

interface Photos {
  list: Photo[];
  add: () => void;
  remove: (fileId: string) => void;
  uploading: boolean;
  full: boolean;
}

/** WeUI's uploader: the photos as tiles, each with a delete mark, and a "+" tile while there is room. */
export function PhotoUploader({ photos, max }: { photos: Photos; max: number }) {
  return (
    <View className='write-uploader'>
      <View className='write-uploader__hd'>
        <Text>添加照片</Text>
        <Text className='muted small'>
          可不传，最多{max}张（{photos.list.length}/{max}）
        </Text>
      </View>
      <View className='write-uploader__files'>
        {photos.list.map((p, i) => {
          const alt = `第${i + 1}张照片`;
          return (
            <View className='write-uploader__file' key={p.fileId}>
              <Image className='write-uploader__img' src={p.url} mode='aspectFill' ariaLabel={alt} nativeProps={{ alt }} />
              <View className='write-uploader__remove' role='button' ariaLabel={`删除${alt}`} onClick={() => photos.remove(p.fileId)}>
                <Text className='write-uploader__x'>×</Text>
              </View>
            </View>
          );
        })}
        {!photos.full ? (
          <View className='write-uploader__add' role='button' ariaLabel='添加照片' onClick={photos.add}>
            <Text className='write-uploader__plus'>+</Text>
          </View>
        ) : null}
      </View>
      {photos.uploading ? <Text className='muted small'>正在上传照片…</Text> : null}
    </View>
  );
}
