import { Image, Text, View } from '@tarojs/components';

export interface PhotoItem {
  url: string;
  alt?: string;
  fileId?: string;
}

/** Photos as thumbnails, each described in words; with `onRemove`, each gets a 删除 button. */
export function PhotoGrid({ photos, onRemove }: { photos: PhotoItem[]; onRemove?: (index: number) => void }) {
  if (photos.length === 0) return null;
  return (
    <View className='photos'>
      {photos.map((p, i) => {
        const alt = p.alt || `第${i + 1}张照片`;
        return (
          <View className='photo' key={p.fileId ?? p.url}>
            <Image className='photo__img' src={p.url} mode='aspectFill' ariaLabel={alt} nativeProps={{ alt }} />
            {onRemove ? (
              <View className='photo__remove' role='button' ariaLabel={`删除${alt}`} onClick={() => onRemove(i)}>
                <Text>删除</Text>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
