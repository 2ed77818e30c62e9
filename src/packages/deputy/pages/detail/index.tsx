import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { OpinionBody } from '../../../../components/opinion-body';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { Conversation } from '../../../../components/conversation';
import { ResolutionCard } from '../../../../components/resolution-card';
import { Timeline } from '../../../../components/timeline';
import { Messages } from '../../../../components/field';
import { BottomBar } from '../../../../components/ui/bottom-bar';
import { flag } from '../../../../lib/flag';
import { ROUTES } from '../../../../routes';
import { ForwardInfo, ResidentMaterial, SenderCard, StepsLine } from '../../components/case-cards';
import {
  DepartmentAnswerDialog,
  ForwardDialog,
  HandoverDialog,
  type Kind,
  NeedInfoDialog,
  ReplyDialog,
  ResolveDialog,
  ResolveForm,
  SaveTemplateDialog,
} from '../../components/handling-dialogs';
import { ReplyComposer } from '../../components/reply-composer';
import { useDeputyOpinion } from '../../hooks/use-deputy-opinion';
import { chooseFrom } from '../../lib/feedback';
import { MOVE_LABELS, type Move, otherMoves, primaryMove, stepIndex } from '../../lib/handling-steps';
import '../../../../styles/deputy.css';

/** What the fixed button says for each step's move. */
const PRIMARY_TEXT: Partial<Record<Move, string>> = { accept: '受理', reply: '发送答复', departmentAnswer: '登记部门答复', resolve: '办结' };

/**
 * One opinion in my hands, one step at a time: the current step (受理 → 答复居民 → 办结) on the
 * page with its one primary button fixed at the bottom; every other way the server allows now
 * under 更多办理方式 (an action sheet; 再次答复 once answered), each in its own half-screen
 * dialog or page. 留言与答复 shows the resident's answers and follow-ups with every reply.
 */
export default function DeputyDetailPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const work = useDeputyOpinion(id);
  const { detail } = work;
  const [dialog, setDialog] = useState<Move | 'template'>();
  const [kind, setKind] = useState<Kind>();
  const [closing, setClosing] = useState('');

  if (id === undefined) return <ErrorNotice message='没有指定要办理的意见' />;
  if (detail.status === 'error' && !detail.data) {
    return <ErrorNotice message={detail.error.message} onRetry={detail.reload} />;
  }
  if (!detail.data) return <Loading />;
  const o = detail.data;
  const primary = primaryMove(o);
  const others = otherMoves(o);
  const resolveForm = { kind, setKind, text: closing, setText: setClosing };
  // Where 存为模板 returns: the reply dialog it was opened from (再次答复 once the case is answered).
  const replyDialog: Move = o.deputyCan.replyAgain ? 'replyAgain' : 'reply';

  const open = (m: Move | 'template' | undefined) => {
    work.setError(undefined);
    setDialog(m);
  };
  const close = () => open(undefined);
  const more = async () => {
    const i = await chooseFrom(others.map((m) => MOVE_LABELS[m]));
    if (i === undefined) return;
    if (others[i] === 'suggest') void Taro.navigateTo({ url: ROUTES.deputySuggest(o.id) });
    else open(others[i]);
  };
  // The last error (shown in a dialog instead while one is open), and a warning that stays: a sent reply that does not count.
  const feedback = (
    <>
      {dialog ? null : <Messages error={work.error} />}
      {work.notice ? (
        <View className='notice' role='status'>
          <Text>{work.notice}</Text>
        </View>
      ) : null}
    </>
  );
  const runPrimary = () => {
    if (primary === 'accept') void work.accept();
    else if (primary === 'reply') void work.sendReply();
    else if (primary === 'resolve') void work.resolve(kind, closing);
    else if (primary === 'departmentAnswer') open('departmentAnswer');
  };

  return (
    <View className='page deputy-case'>
      <OpinionBody opinion={o} />
      <ResidentMaterial o={o} />
      <SenderCard o={o} />
      {o.forward ? <ForwardInfo work={work} o={o} /> : null}

      {primary || others.length > 0 ? (
        <View className='card' data-testid='current-step'>
          <StepsLine at={stepIndex(o.status, primary)} />
          {primary === 'accept' ? <Text className='muted'>受理后居民会收到通知。不便办理的，可在“更多办理方式”里转交本站其他代表。</Text> : null}
          {primary === 'reply' ? (
            <>
              <Text className='card__title'>答复居民</Text>
              <ReplyComposer work={work} onSaveTemplate={() => open('template')} />
            </>
          ) : null}
          {primary === 'departmentAnswer' ? <Text className='muted'>已转交{o.forward?.departmentName}，收到部门答复后请登记，再办结。</Text> : null}
          {primary === 'resolve' ? (
            <>
              <Text className='card__title'>办结本件意见</Text>
              <ResolveForm {...resolveForm} />
            </>
          ) : null}
          {!primary && o.status === 'need_info' ? <Text className='muted'>已请居民补充情况，居民补充后会回到您这里。</Text> : null}
        </View>
      ) : null}

      {o.resolution ? <ResolutionCard resolution={o.resolution} /> : null}
      {/* The resident's answers and follow-ups with every reply; a case resolved without either has its answer in 办理结果, not "还没有答复". */}
      {o.replies.length > 0 || (o.conversation ?? []).length > 0 || !o.resolution ? <Conversation conversation={o.conversation} replies={o.replies} /> : null}
      <Timeline entries={o.timeline} />

      {primary || others.length > 0 ? (
        <BottomBar>
          {feedback}
          <View className='handle-bar'>
            {others.length > 0 ? (
              <Button className={`btn btn--plain handle-bar__more${primary ? '' : ' handle-bar__more--only'}`} onClick={() => void more()}>
                更多办理方式
              </Button>
            ) : null}
            {primary ? (
              <Button className='btn btn--primary handle-bar__main' disabled={flag(work.busy)} onClick={runPrimary}>
                {PRIMARY_TEXT[primary]}
              </Button>
            ) : null}
          </View>
        </BottomBar>
      ) : (
        feedback
      )}

      {dialog === 'needInfo' ? <NeedInfoDialog work={work} onClose={close} /> : null}
      {dialog === 'forward' ? <ForwardDialog work={work} o={o} onClose={close} /> : null}
      {dialog === 'handover' ? <HandoverDialog work={work} onClose={close} /> : null}
      {dialog === 'departmentAnswer' ? <DepartmentAnswerDialog work={work} o={o} onClose={close} /> : null}
      {dialog === 'reply' ? <ReplyDialog work={work} onClose={close} onSaveTemplate={() => open('template')} /> : null}
      {dialog === 'replyAgain' ? <ReplyDialog title='再次答复' work={work} onClose={close} onSaveTemplate={() => open('template')} /> : null}
      {dialog === 'resolve' ? <ResolveDialog work={work} onClose={close} form={resolveForm} /> : null}
      {dialog === 'template' ? <SaveTemplateDialog work={work} onClose={() => open(primary === 'reply' ? undefined : replyDialog)} /> : null}
    </View>
  );
}
