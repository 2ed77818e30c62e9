import { View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useRef } from 'react';
import { OpinionBody } from '../../components/opinion-body';
import { ErrorNotice, Loading } from '../../components/page-states';
import { ReplyList } from '../../components/reply-list';
import { Timeline } from '../../components/timeline';
import { useOpinionDetail } from '../../hooks/use-opinion-detail';

/** One of my opinions: where it stands, the deputy's replies and every step so far. */
export default function OpinionPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const detail = useOpinionDetail(id);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void detail.reload();
    shown.current = true;
  });

  if (id === undefined) return <ErrorNotice message='没有指定要查看的意见' />;
  if (detail.status === 'error') return <ErrorNotice message={detail.error.message} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  const o = detail.data;
  return (
    <View className='page'>
      <OpinionBody opinion={o} />
      <ReplyList replies={o.replies} />
      <Timeline entries={o.timeline} />
    </View>
  );
}
