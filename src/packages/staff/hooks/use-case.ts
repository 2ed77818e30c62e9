import type { Answer, PayloadIn } from '@core/contract/functions';
import type { CaseworkAction } from '@core/contract/actions/casework';
import { replyWarning } from '@core/boilerplate';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';
import { openPdf } from '../../../lib/open-file';
import { confirm, showSuccess } from '../../../components/ui/feedback';

export type Desk = 'staff' | 'admin';
export type WorkerCase = Answer<'staff', 'case'>;
export type ResultKind = 'solved' | 'partly' | 'explained';

/**
 * One case at the staff desk or the region office (`desk`: the function it is worked through;
 * the office's case actions are the staff ones with its own scope, so one type serves both):
 * read it and make the moves `can` allows. Every move reloads the case and says what was done
 * in a toast; 办结, 转交 and 不予受理 are confirmed first. The server has the last word.
 */
export function useCase(id: string | undefined, desk: Desk) {
  const fn = desk as 'staff';
  const send = <A extends CaseworkAction>(action: A, payload: PayloadIn<'staff', A>) => call(fn, action, payload);
  const detail = useRemote(id && `case-${desk}-${id}`, () => send('case', { id: id as string }));
  const { busy, error, setError, attempt } = useAction();
  const oid = id as string;

  /** Runs a move, reloads the case, and shows `toast` once done; true when it was done. */
  const act = async (run: () => Promise<unknown>, toast: string) => {
    const r = await attempt(run, { after: detail.reload });
    if (r.ok) showSuccess(toast);
    return r.ok;
  };
  const required = (text: string, what: string) => (text.trim() ? true : (setError(`请填写${what}`), false));

  const take = async () => {
    const sure = await confirm('由工作人员直接办理？', '这条意见将由您直接办理，不再等待代表；办结时写明办理情况。', { confirmText: '直接办理' });
    return sure && act(() => send('take', { id: oid }), '已由工作人员办理');
  };
  const assign = (deputy: { id: string; name: string }, note: string) =>
    act(() => send('assign', { id: oid, deputyId: deputy.id, ...(note.trim() ? { note: note.trim() } : {}) }), `已分派给${deputy.name}代表`);
  const reassign = async (deputy: { id: string; name: string }, reason: string) => {
    if (!required(reason, '改派原因')) return false;
    const sure = await confirm('改派给其他代表？', `改派后由${deputy.name}代表办理，状态和期限不变。`, { confirmText: '确认改派' });
    return sure && act(() => send('reassign', { id: oid, deputyId: deputy.id, reason: reason.trim() }), `已改派给${deputy.name}代表`);
  };
  const forward = async (department: { id: string; name: string }, note: string) => {
    const sure = await confirm('转交部门办理？', `转交给${department.name}后，将以联络站名义生成转办函，请部门在期限内答复。`, { confirmText: '确认转交' });
    return sure && act(() => send('forward', { id: oid, departmentId: department.id, ...(note.trim() ? { note: note.trim() } : {}) }), '已转交部门');
  };
  const departmentAnswer = (text: string) => required(text, '部门答复') && act(() => send('departmentAnswer', { id: oid, text: text.trim() }), '已登记部门答复');
  /** A reply that will not count as a response is named as such before it goes. */
  const reply = async (text: string) => {
    if (!required(text, '答复内容')) return false;
    const warning = replyWarning(text, []);
    if (warning && !(await confirm('这条答复不计为有效答复', warning.message, { confirmText: '仍然发送' }))) return false;
    return act(() => send('reply', { id: oid, text: text.trim() }), '答复已发送');
  };
  const resolve = async (kind: ResultKind | undefined, text: string) => {
    if (!kind) return setError('请选择办结结果'), false;
    if (!required(text, '办结说明')) return false;
    const sure = await confirm('确定办结？', '办结后居民会收到办理结果并可以评价，不能再答复或转交。', { confirmText: '确认办结' });
    return sure && act(() => send('resolve', { id: oid, kind, text: text.trim() }), '已办结');
  };
  const reject = async (reason: string) => {
    if (!required(reason, '不予受理的原因')) return false;
    const sure = await confirm('不予受理？', '原因会告知居民，这条意见将不再办理。', { confirmText: '不予受理', danger: true });
    return sure && act(() => send('reject', { id: oid, reason: reason.trim() }), '已不予受理');
  };
  const release = () => act(() => send('release', { id: oid }), '审核通过');
  const followUp = (result: 'satisfied' | 'basic' | 'unsatisfied') =>
    act(() => send('followUp', { id: oid, result, attitude: result }), '回访已登记');
  const transferLetter = async () => {
    const r = await attempt(async () => {
      const f = desk === 'admin' ? await call('documents', 'officeTransferLetter', { id: oid }) : await call('documents', 'staffTransferLetter', { id: oid });
      return openPdf(f.url, f.fileName);
    });
    if (r.ok) showSuccess(r.value);
  };

  return { detail, busy, error, setError, take, assign, reassign, forward, departmentAnswer, reply, resolve, reject, release, followUp, transferLetter };
}

export type CaseWork = ReturnType<typeof useCase>;
