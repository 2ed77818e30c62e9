import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { OpinionBody } from '../../../../components/opinion-body';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { ReplyList } from '../../../../components/reply-list';
import { Timeline } from '../../../../components/timeline';
import { CAN_ACCEPT, CAN_REPLY, useDeputyOpinion } from '../../../../hooks/use-deputy-opinion';
import { flag } from '../../../../lib/flag';

/** One opinion in my hands: read it, 受理 it, 答复 the resident. */
export default function DeputyDetailPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const { detail, reply, setReply, replyCount, replyMax, accept, sendReply, busy, error } = useDeputyOpinion(id);

  if (id === undefined) return <ErrorNotice message='没有指定要办理的意见' />;
  if (detail.status === 'error' && !detail.data) {
    return <ErrorNotice message={detail.error.message} onRetry={detail.reload} />;
  }
  if (!detail.data) return <Loading />;
  const o = detail.data;

  return (
    <View className='page'>
      <OpinionBody opinion={o} />

      <View className='card'>
        <Text className='card__title'>来信人</Text>
        <Text>{o.resident.anonymous ? '匿名居民' : '居民(实名)'}</Text>
        {o.resident.phone ? <Text>联系电话:{o.resident.phone}</Text> : <Text className='muted'>未留电话或不允许联系</Text>}
        <Text className='muted small'>分派原因:{o.routing.reason}</Text>
        {o.chaseCount > 0 ? <Text className='notice'>居民已催办 {o.chaseCount} 次</Text> : null}
      </View>

      {error ? (
        <View className='error-box' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}

      {CAN_ACCEPT.includes(o.status) ? (
        <Button className='btn btn--primary btn--big' disabled={flag(busy)} loading={flag(busy)} onClick={accept}>
          受理
        </Button>
      ) : null}

      {CAN_REPLY.includes(o.status) ? (
        <View className='card'>
          <Text className='card__title'>答复居民</Text>
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
        </View>
      ) : null}

      <ReplyList replies={o.replies} />
      <Timeline entries={o.timeline} />
    </View>
  );
}
