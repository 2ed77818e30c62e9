import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { OpinionBody } from '../../../../components/opinion-body';
import { ErrorNotice, Loading } from '../../../../components/page-states';
import { ResolutionCard } from '../../../../components/resolution-card';
import { Timeline } from '../../../../components/timeline';
import { Messages } from '../../../../components/field';
import { BottomBar } from '../../../../components/ui/bottom-bar';
import { flag } from '../../../../lib/flag';
import { MERGEABLE_STATUSES } from '@core/merged-cases';
import {
  CasePhotos,
  CaseReplies,
  DepartmentAnswerDialog,
  DeputyDialog,
  FollowUpDialog,
  ForwardCard,
  ForwardDialog,
  RejectDialog,
  ReplyDialog,
  ResidentCard,
  ResolveDialog,
  RoutingCard,
} from '../../components/case-parts';
import { MergeCard, SimilarCasesPanel } from '../../components/merge-parts';
import { type Desk, useCase } from '../../hooks/use-case';
import { type CaseMove, moveLabel, otherMoves, primaryMove } from '../../lib/case-moves';
import { staffOnlyHandling } from '../../lib/staff-only';
import '../../../../styles/desk.css';
import '../../../../styles/staff-case.css';

/** A case in these statuses may be merged: its similar open cases are looked up beside it (decision 0036). */
const MERGEABLE: readonly string[] = MERGEABLE_STATUSES;

/** WeChat's action sheet of `labels` (at most six): the index tapped, or undefined when cancelled. */
async function chooseFrom(labels: string[]): Promise<number | undefined> {
  try {
    return (await Taro.showActionSheet({ itemList: labels })).tapIndex;
  } catch {
    return undefined;
  }
}

/**
 * One case as station staff (`desk=staff`) or the region office (`desk=admin`) work it: the whole
 * case, then the current step's one primary move fixed at the bottom and every other move the
 * server allows now under 更多操作. A matter deputies do not take up (restricted categories,
 * 对代表的意见) shows its guidance and never offers a deputy; its 办结说明 starts from the
 * guidance, as 已解释说明.
 */
export default function StaffCasePage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const desk: Desk = params.desk === 'admin' ? 'admin' : 'staff';
  const work = useCase(id, desk);
  const [dialog, setDialog] = useState<CaseMove>();
  const { detail } = work;

  if (id === undefined) return <ErrorNotice message='没有指定要办理的意见' />;
  if (detail.status === 'error' && !detail.data) return <ErrorNotice message={detail.error.message} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  const o = detail.data;
  const staffOnly = staffOnlyHandling(o.category);
  const primary = primaryMove(o);
  const others = otherMoves(o);
  const close = () => setDialog(undefined);

  /** Moves without a form run at once (each confirms itself when it must); the others open their dialog. */
  const run = (move: CaseMove) => {
    work.setError(undefined);
    if (move === 'take') void work.take();
    else if (move === 'release') void work.release();
    else setDialog(move);
  };
  const more = async () => {
    const i = await chooseFrom(others.map((m) => moveLabel(m, o)));
    if (i !== undefined) run(others[i]);
  };

  return (
    <View className='page staff-case'>
      <OpinionBody opinion={o} />
      {staffOnly ? (
        <View className='card' data-testid='staff-only'>
          <View className='row'>
            <Text className='card__title'>工作人员直接办理</Text>
            <Text className={staffOnly.tagClass}>{staffOnly.tag}</Text>
          </View>
          <Text className='guidance'>{staffOnly.guidance}</Text>
        </View>
      ) : null}
      <CasePhotos o={o} />
      {/* A 汇总件 has no resident and no routing of its own: its sources have. */}
      {o.merge?.role === 'parent' ? null : <ResidentCard o={o} />}
      {o.merge?.role === 'parent' ? null : <RoutingCard o={o} />}
      <MergeCard o={o} desk={desk} reload={detail.reload} />
      <ForwardCard o={o} work={work} />
      {o.resolution ? <ResolutionCard resolution={o.resolution} /> : null}
      <CaseReplies o={o} />
      {MERGEABLE.includes(o.status) && !o.merge && !staffOnly ? <SimilarCasesPanel o={o} desk={desk} /> : null}
      <Timeline entries={o.timeline} />

      {primary || others.length > 0 ? (
        <BottomBar>
          {dialog ? null : <Messages error={work.error} />}
          <View className='case-bar'>
            {others.length > 0 ? (
              <Button className={`btn btn--plain case-bar__more${primary ? '' : ' case-bar__more--only'}`} onClick={() => void more()}>
                更多操作
              </Button>
            ) : null}
            {primary ? (
              <Button className='btn btn--primary case-bar__main' disabled={flag(work.busy)} onClick={() => run(primary)}>
                {moveLabel(primary, o)}
              </Button>
            ) : null}
          </View>
        </BottomBar>
      ) : (
        <Messages error={work.error} />
      )}

      {dialog === 'assign' || dialog === 'reassign' ? <DeputyDialog work={work} o={o} onClose={close} mode={dialog} /> : null}
      {dialog === 'forward' ? <ForwardDialog work={work} o={o} onClose={close} /> : null}
      {dialog === 'departmentAnswer' ? <DepartmentAnswerDialog work={work} o={o} onClose={close} /> : null}
      {dialog === 'reply' ? <ReplyDialog work={work} onClose={close} /> : null}
      {dialog === 'resolve' ? <ResolveDialog work={work} onClose={close} guidance={staffOnly?.reply || undefined} /> : null}
      {dialog === 'reject' ? <RejectDialog work={work} onClose={close} /> : null}
      {dialog === 'followUp' ? <FollowUpDialog work={work} o={o} onClose={close} /> : null}
    </View>
  );
}
