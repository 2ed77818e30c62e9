import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useRef } from 'react';
import { monthDayWeekday } from '@core/friendly-time';
import { OpinionBody } from '../../components/opinion-body';
import { ErrorNotice, Loading } from '../../components/page-states';
import { PageRoot } from '../../components/page-root';
import { PrivacyPopup } from '../../components/privacy-popup';
import { Conversation } from '../../components/conversation';
import { ResolutionCard } from '../../components/resolution-card';
import { SuggestionCard } from '../../components/suggestion-card';
import { Timeline } from '../../components/timeline';
import { useOpinionActions } from '../../hooks/use-opinion-actions';
import { useFollowUp } from '../../hooks/use-follow-up';
import { useOpinionDetail } from '../../hooks/use-opinion-detail';
import { usePrivacy } from '../../hooks/use-privacy';
import { FollowUpDialog, FollowUpEntry } from './follow-up';
import { OpinionActions, OpinionSteps } from './opinion-actions';
import '../../styles/opinion.css';

/**
 * One of my opinions: where it stands (with my photos and place), and for a resolved one the
 * 办理结果 right under it, before 评价; then what happens next, what I can do, 留言与答复 (with
 * 补充留言 while the case is worked) and every step.
 */
export default function OpinionPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const detail = useOpinionDetail(id);
  // Shown only when the server refuses adding information, a message or rating for want of the agreement.
  const privacy = usePrivacy({ autoOpen: false });
  const actions = useOpinionActions(id, detail.reload, privacy);
  const followUp = useFollowUp(id, detail.reload, privacy);
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
      <OpinionBody opinion={o} media />
      {o.resolution ? <ResolutionCard resolution={o.resolution} /> : null}
      {o.suggestion ? <SuggestionCard suggestion={o.suggestion} /> : null}
      {o.merged ? (
        <View className='card' data-testid='merged-note' role='region' ariaLabel='合并办理'>
          <Text className='card__title'>合并办理</Text>
          <Text>{o.merged.note}</Text>
          <Text className='muted small'>反映同一问题的意见由工作人员统一办理，办理进展和结果会同步告诉您，您仍可以对自己的意见评价。</Text>
        </View>
      ) : null}
      {o.nextStep ? (
        <View className='card next-step'>
          <Text className='card__title'>下一步</Text>
          <Text>{o.nextStep.text}</Text>
          {o.nextStep.dueAt ? (
            <Text className='next-step__due'>
              最晚<Text className='nowrap'>{monthDayWeekday(o.nextStep.dueAt, new Date())}</Text>前
            </Text>
          ) : null}
        </View>
      ) : null}
      {o.rating ? (
        <View className='card'>
          <Text className='card__title'>我的评价</Text>
          <Text>
            办理结果：{o.rating.resultLabel} · 服务态度：{o.rating.attitudeLabel}
          </Text>
          {o.rating.comment ? <Text className='muted'>{o.rating.comment}</Text> : null}
        </View>
      ) : null}
      <OpinionSteps opinion={o} actions={actions} />
      {/* A case resolved without a separate reply or message has its answer in 办理结果, not "还没有答复". */}
      {o.replies.length > 0 || (o.conversation ?? []).length > 0 || !o.resolution ? (
        <Conversation conversation={o.conversation} replies={o.replies}>
          {o.can.message ? <FollowUpEntry followUp={followUp} /> : null}
        </Conversation>
      ) : null}
      <OpinionActions opinion={o} actions={actions} />
      <Timeline entries={o.timeline} />
      {privacy.error ? <Text className='error-box'>{privacy.error}</Text> : null}
      <FollowUpDialog followUp={followUp} />
      <PrivacyPopup show={privacy.visible} onAgree={() => void privacy.agree()} onDisagree={privacy.disagree} />
    </PageRoot>
  );
}
