import { useState } from 'react';
import { MIN_RESPONSE_CHARS, replyWarning } from '@core/boilerplate';
import { CONTRACT } from '@core/contract/functions';
import { REPLY_TEXT_MAX, charCount } from '@core/contract/fields';
import { describeError } from '@core/contract/issues';
import type { Level } from '@core/vocabulary';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/use-action';
import { useRemote } from '../../../hooks/use-remote';
import { openPdf } from '../../../lib/open-file';
import { confirm, showSuccess } from '../../../components/ui/feedback';

type Kind = 'solved' | 'partly' | 'explained';

const notCountedWhy = (boilerplate: boolean, template?: string) =>
  boilerplate ? `和${template ? `模板“${template}”` : '您的模板'}完全相同` : `不足${MIN_RESPONSE_CHARS}字（不计标点）`;

/**
 * One opinion in the deputy's hands: read it and do what `deputyCan` allows — accept, reply
 * (with my named templates, warned before a reply that will not count), ask for information,
 * forward to a department (and record its answer, print the 转办函), hand over, resolve.
 * What was done is a toast; 转交 and 办结 are confirmed first. The server's table has the last word.
 */
export function useDeputyOpinion(id: string | undefined) {
  const detail = useRemote(id, () => call('deputy', 'detail', { id: id as string }));
  const templates = useRemote(id && 'templates', () => call('deputy', 'templates', {}).catch(() => ({ items: [] })));
  const [reply, setReply] = useState('');
  const { busy, error, done: notice, setError, setDone: setNotice, attempt, running } = useAction();
  const templateList = templates.data?.items ?? [];
  /** Runs a move, reloads the case, and shows `toast` once it is done; true when it was done. */
  const act = async (run: () => Promise<unknown>, toast?: string) => {
    const r = await attempt(run, { after: detail.reload });
    if (r.ok && toast) showSuccess(toast);
    return r.ok;
  };
  const oid = id as string;
  /** Checks a payload against the contract before sending; false (with a message) if it fails. */
  const valid = (action: keyof typeof CONTRACT.deputy, payload: object) => {
    const checked = CONTRACT.deputy[action].input.safeParse(payload);
    setError(checked.success ? undefined : describeError(checked.error));
    return checked.success;
  };

  const accept = () => act(() => call('deputy', 'accept', { id: oid }), '已受理');

  /** Sends the reply; a reply that will not count as a response is named as such, and why, before it goes. */
  const sendReply = async () => {
    if (running() || id === undefined) return false;
    const text = reply.trim();
    if (text === '') return setError('请填写答复内容'), false;
    if (charCount(text) > REPLY_TEXT_MAX) return setError(`答复不能超过${REPLY_TEXT_MAX}字`), false;
    if (!valid('reply', { id, text })) return false;
    const warning = replyWarning(text, templateList);
    if (warning && !(await confirm('这条答复不计为有效答复', warning.message, { confirmText: '仍然发送' }))) return false;
    const sent = await attempt(() => call('deputy', 'reply', { id, text }), { after: detail.reload });
    if (!sent.ok) return false;
    setReply('');
    if (sent.value.countsAsResponse !== false) showSuccess('答复已发送');
    // The server's judgement is what is recorded: it stays on the page, with its reason.
    else setNotice(`答复已发送，但${notCountedWhy(sent.value.boilerplate, warning?.template)}，不计为有效答复。`);
    return true;
  };

  /** Saves the reply box under the name the deputy gave; true when saved. */
  const saveTemplate = async (title: string) => {
    const text = reply.trim();
    if (!text) return setError('请先在答复框里写好要保存的内容'), false;
    if (!title.trim()) return setError('请给模板起个名字，例如“已收到”'), false;
    if (!valid('saveTemplate', { title, text })) return false;
    const saved = (await attempt(() => call('deputy', 'saveTemplate', { title, text }), { after: templates.reload })).ok;
    if (saved) showSuccess('已存为模板');
    return saved;
  };

  const needInfo = (question: string) =>
    valid('needInfo', { id, question }) && act(() => call('deputy', 'needInfo', { id: oid, question }), '已请居民补充');

  const departments = (filter: { level?: Level; category?: string }) =>
    call('deputy', 'departments', { id: oid, ...filter } as never).then((r) => r.items);

  /** Forwards to the department, once the deputy confirmed: a 转办函 goes out in their name. */
  const forward = async (department: { id: string; name: string }, note: string) => {
    if (!valid('forward', { id, departmentId: department.id, ...(note.trim() ? { note } : {}) })) return false;
    const sure = await confirm('转交部门办理？', `转交给${department.name}后，将生成转办函，请部门在期限内答复；部门答复后您再办结。`, { confirmText: '确认转交' });
    return sure && act(() => call('deputy', 'forward', { id: oid, departmentId: department.id, ...(note.trim() ? { note } : {}) }), '已转交部门');
  };

  const transferLetter = async () => {
    const r = await attempt(async () => {
      const f = await call('documents', 'transferLetter', { id: oid });
      return openPdf(f.url, f.fileName);
    });
    if (r.ok) showSuccess(r.value);
  };

  const departmentAnswer = (text: string) =>
    valid('departmentAnswer', { id, text }) && act(() => call('deputy', 'departmentAnswer', { id: oid, text }), '已登记部门答复');

  const handoverTargets = () => call('deputy', 'handoverTargets', { id: oid }).then((r) => r.items);
  /** Hands the case to another deputy of the station, once confirmed: it leaves my inbox. */
  const handover = async (to: { id: string; name: string }, reason: string) => {
    if (!valid('handover', { id, toDeputyId: to.id, reason })) return false;
    const sure = await confirm('转交其他代表？', `转交给${to.name}代表后，这条意见由${to.name}代表办理，不再出现在您的收件箱。`, { confirmText: '确认转交' });
    return sure && act(() => call('deputy', 'handover', { id: oid, toDeputyId: to.id, reason }), '已转交其他代表');
  };

  /** Resolves the case, once confirmed: the resident is told the result and may rate it. */
  const resolve = async (kind: Kind | undefined, text: string) => {
    if (!kind) return setError('请选择办结结果'), false;
    if (!valid('resolve', { id, kind, text })) return false;
    const sure = await confirm('确定办结？', '办结后居民会收到办理结果并可以评价，不能再答复或转交。', { confirmText: '确认办结' });
    return sure && act(() => call('deputy', 'resolve', { id: oid, kind, text }), '已办结');
  };

  const updateReply = (text: string) => {
    setReply(text);
    setError(undefined);
  };

  return {
    detail,
    templates: templateList,
    reply,
    setReply: updateReply,
    replyCount: charCount(reply),
    replyMax: REPLY_TEXT_MAX,
    /** Why the reply as written would not count, before it is sent (core/boilerplate.ts). */
    replyWarning: replyWarning(reply, templateList),
    accept,
    sendReply,
    saveTemplate,
    needInfo,
    departments,
    forward,
    transferLetter,
    departmentAnswer,
    handoverTargets,
    handover,
    resolve,
    busy,
    error,
    /** A warning that stays (a sent reply that does not count); what was done is a toast. */
    notice,
    setError,
  };
}
