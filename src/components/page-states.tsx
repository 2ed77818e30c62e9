import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className='state state--loading' role='status'>
      <Text>{text}</Text>
    </View>
  );
}

/** A failure the user can read and act on; never an empty screen. */
export function ErrorNotice({
  title = '出错了',
  message,
  onRetry,
  children,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  return (
    <View className='state state--error' role='alert'>
      <Text className='state__title'>{title}</Text>
      <Text className='state__message'>{message}</Text>
      {onRetry && (
        <Button className='btn btn--plain' onClick={onRetry}>
          重试
        </Button>
      )}
      {children}
    </View>
  );
}

export function EmptyNotice({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <View className='state state--empty'>
      <Text className='state__message'>{text}</Text>
      {children}
    </View>
  );
}

/** What a paged list shows before its items: its error (with retry), loading, or empty. */
interface ListLike<T> {
  items: readonly T[];
  loading: boolean;
  error?: { message: string } | null;
  reload: () => unknown;
}

/** A list's error, loading and empty states in one place; `children` renders the items once there are some. */
export function ListStates<T>({ list, empty, children }: { list: ListLike<T>; empty: string; children: () => ReactNode }) {
  if (list.items.length > 0) return <>{children()}</>;
  if (list.error) return <ErrorNotice message={list.error.message} onRetry={() => void list.reload()} />;
  if (list.loading) return <Loading />;
  return <EmptyNotice text={empty} />;
}
