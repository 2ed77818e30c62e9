import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useRef } from 'react';
import { OpinionBody } from '../../components/opinion-body';
import { ErrorNotice, Loading } from '../../components/page-states';
import { PageRoot } from '../../components/page-root';
import { PhotoGrid } from '../../components/photo-grid';
import { PrivacyPopup } from '../../components/privacy-popup';
import { ReplyList } from '../../components/reply-list';
import { ResolutionCard } from '../../components/resolution-card';
import { Timeline } from '../../components/timeline';
import { useOpinionActions } from '../../hooks/use-opinion-actions';
import { useOpinionDetail } from '../../hooks/use-opinion-detail';
import { usePrivacy } from '../../hooks/use-privacy';
import { formatTime } from '../../lib/time';
import { OpinionActions } from './opinion-actions';

/** One of my opinions: where it stands, what happens next, replies, every step, and what I can do. */
export default function OpinionPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const detail = useOpinionDetail(id);
  // Shown only when the server refuses adding information or rating for want of the agreement.
  const privacy = usePrivacy({ autoOpen: false });
  const actions = useOpinionActions(id, detail.reload, privacy);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void detail.reload();
    shown.current = true;
  });

  if (id === undefined) return <ErrorNotice message='没有指定要查看的意见' />;
  if (detail.status === 'error' && !detail.data) {
    return <ErrorNotice message={detail.error.message} onRetry={detail.reload} />;
  }
  if (!detail.data) return <Loading />;
  const o = detail.data;
  return (
    <PageRoot>
      <OpinionBody opinion={o} />
      {o.nextStep ? (
        <View className='card next-step'>
          <Text className='card__title'>下一步</Text>
          <Text>{o.nextStep.text}</Text>
          {o.nextStep.dueAt ? <Text className='muted'>预计 {formatTime(o.nextStep.dueAt)} 前</Text> : null}
        </View>
      ) : null}
      {o.photos.length > 0 || o.place ? (
        <View className='card'>
          <Text className='card__title'>照片和地点</Text>
          <PhotoGrid photos={o.photos} />
          {o.place ? <Text>地点:{o.place}</Text> : null}
        </View>
      ) : null}
      {o.resolution ? <ResolutionCard resolution={o.resolution} /> : null}
      {o.rating ? (
        <View className='card'>
          <Text className='card__title'>我的评价</Text>
          <Text>
            办理结果:{o.rating.resultLabel} · 服务态度:{o.rating.attitudeLabel}
          </Text>
          {o.rating.comment ? <Text className='muted'>{o.rating.comment}</Text> : null}
        </View>
      ) : null}
      <OpinionActions opinion={o} actions={actions} />
      {/* A case resolved without a separate reply has its answer in 办理结果, not "还没有答复". */}
      {o.replies.length > 0 || !o.resolution ? <ReplyList replies={o.replies} /> : null}
      <Timeline entries={o.timeline} />
      {privacy.error ? <Text className='error-box'>{privacy.error}</Text> : null}
      <PrivacyPopup show={privacy.visible} onAgree={() => void privacy.agree()} onDisagree={privacy.disagree} />
    </PageRoot>
  );
}
