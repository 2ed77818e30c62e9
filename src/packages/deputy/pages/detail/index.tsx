import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { OpinionBody } from '../../../../components/opinion-body';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { ReplyList } from '../../../../components/reply-list';
import { ResolutionCard } from '../../../../components/resolution-card';
import { Timeline } from '../../../../components/timeline';
import { Chip } from '../../../../components/chip';
import { useDeputyOpinion } from '../../../../hooks/use-deputy-opinion';
import { flag } from '../../../../lib/flag';
import { formatTime } from '../../../../lib/time';
import { ROUTES } from '../../../../routes';
import { Messages } from '../../../../components/field';
import { ForwardInfo, ForwardPanel, HandoverPanel, NeedInfoPanel, ResolvePanel } from '../../components/handling-panels';

/** One opinion in my hands: every move the table allows now, nothing else. */
export default function DeputyDetailPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const work = useDeputyOpinion(id);
  const { detail, reply, setReply, replyCount, replyMax, accept, sendReply, busy, error, done, templates } = work;

  if (id === undefined) return <ErrorNotice message='没有指定要办理的意见' />;
  if (detail.status === 'error' && !detail.data) {
    return <ErrorNotice message={detail.error.message} onRetry={detail.reload} />;
  }
  if (!detail.data) return <Loading />;
  const o = detail.data;
  const can = o.deputyCan;

  return (
    <View className='page'>
      <OpinionBody opinion={o} />

      <View className='card'>
        <Text className='card__title'>来信人</Text>
        <Text>{o.resident.anonymous ? '匿名居民' : '居民(实名)'}</Text>
        {o.resident.phone ? <Text>联系电话:{o.resident.phone}</Text> : <Text className='muted'>未留电话或不允许联系</Text>}
        <Text className='muted small'>分派原因:{o.routing.reason}</Text>
        {o.dueAt ? <Text className={o.overdue ? 'notice' : 'muted small'}>{o.overdue ? '已逾期:' : '办理期限:'}{formatTime(o.dueAt)}</Text> : null}
        {o.chaseCount > 0 ? <Text className='notice'>居民已催办 {o.chaseCount} 次</Text> : null}
      </View>

      <Messages error={error} done={done} />

      {can.accept ? (
        <Button className='btn btn--primary btn--big' disabled={flag(busy)} loading={flag(busy)} onClick={accept}>
          受理
        </Button>
      ) : null}

      {can.reply ? (
        <View className='card'>
          <Text className='card__title'>答复居民</Text>
          {templates.length > 0 ? (
            <View className='chips'>
              {templates.map((t) => (
                <Chip key={t.id} on={false} label={t.title} ariaLabel={`使用模板:${t.title}`} onTap={() => setReply(reply ? `${reply}${t.text}` : t.text)} />
              ))}
            </View>
          ) : null}
          <Textarea
            className='textarea'
            value={reply}
            maxlength={-1}
            placeholder='写明了解到的情况和办理打算,至少十几个字'
            onInput={(e) => setReply(e.detail.value)}
          />
          <Text className={`counter${replyCount > replyMax ? ' counter--over' : ''}`}>
            {replyCount}/{replyMax}
          </Text>
          <Button className='btn btn--primary' disabled={flag(busy)} loading={flag(busy)} onClick={sendReply}>
            发送答复
          </Button>
          <Button className='btn btn--plain btn--small' disabled={flag(busy)} onClick={() => void work.saveTemplate(`模板${templates.length + 1}`)}>
            存为模板
          </Button>
        </View>
      ) : null}

      {o.forward ? <ForwardInfo work={work} o={o} /> : null}
      {can.needInfo ? <NeedInfoPanel work={work} /> : null}
      {can.forward ? <ForwardPanel work={work} o={o} /> : null}
      {can.suggest ? (
        <Button className='btn btn--plain' onClick={() => void Taro.navigateTo({ url: ROUTES.deputySuggest(o.id) })}>
          转为代表建议
        </Button>
      ) : null}
      {can.handover ? <HandoverPanel work={work} /> : null}
      {can.resolve ? <ResolvePanel work={work} /> : null}

      {o.resolution ? <ResolutionCard resolution={o.resolution} /> : null}
      {/* A case resolved without a separate reply has its answer in 办理结果, not "还没有答复". */}
      {o.replies.length > 0 || !o.resolution ? <ReplyList replies={o.replies} /> : null}
      <Timeline entries={o.timeline} />
    </View>
  );
}
