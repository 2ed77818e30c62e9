/**
 * One step at a time: from what the server allows now (`deputyCan`), the one primary move of
 * the current step (受理 → 答复居民 → 办结) and the other ways, offered under 更多办理方式.
 * Pure: the page renders it, the component tests read it.
 */
export type Move = 'accept' | 'reply' | 'replyAgain' | 'departmentAnswer' | 'resolve' | 'needInfo' | 'forward' | 'suggest' | 'handover';

interface Handling {
  deputyCan: Record<'accept' | 'reply' | 'needInfo' | 'forward' | 'departmentAnswer' | 'suggest' | 'handover' | 'resolve', boolean> & {
    /** Answered already: a further reply, with no move. */
    replyAgain?: boolean;
  };
  forward?: { answer?: unknown };
}

/** The words on each move's button or action-sheet row. */
export const MOVE_LABELS: Record<Move, string> = {
  accept: '受理',
  reply: '答复居民',
  replyAgain: '再次答复',
  departmentAnswer: '登记部门答复',
  resolve: '办结',
  needInfo: '请居民补充',
  forward: '转交部门',
  suggest: '转为代表建议',
  handover: '转交其他代表',
};

/** The three steps a case goes through in the deputy's hands, for the progress line. */
export const STEPS = ['受理', '答复居民', '办结'] as const;

/**
 * The current step's move: accept a new case; reply to the resident; while a department has
 * the case, record its answer; once answered (by the deputy or the department), resolve.
 */
export function primaryMove(o: Handling): Move | undefined {
  const can = o.deputyCan;
  if (can.accept) return 'accept';
  if (can.departmentAnswer) return 'departmentAnswer';
  if (can.reply && !o.forward?.answer) return 'reply';
  if (can.resolve) return 'resolve';
  return undefined;
}

/** Every other move allowed now, in the order the action sheet lists them (at most six; 再次答复 once answered). */
export function otherMoves(o: Handling): Move[] {
  const can = o.deputyCan;
  const primary = primaryMove(o);
  const order: Move[] = ['reply', 'replyAgain', 'needInfo', 'forward', 'suggest', 'handover', 'resolve'];
  return order.filter((m) => m !== primary && Boolean(can[m]));
}

/** Which of STEPS the case is at (0 受理, 1 答复居民, 2 办结), or 3 when it is done with. */
export function stepIndex(status: string, primary: Move | undefined): number {
  if (primary === 'accept') return 0;
  if (primary === 'resolve') return 2;
  if (['resolved', 'closed'].includes(status)) return 3;
  return 1;
}
