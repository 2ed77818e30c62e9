import { useState } from 'react';
import { CONTRACT } from '@core/contract/functions';
import { REPLY_TEXT_MAX, charCount } from '@core/contract/fields';
import { describeError } from '@core/contract/issues';
import type { Level } from '@core/vocabulary';
import { call } from '../api/client';
import { openPdf } from '../lib/open-file';
import { useAction } from './use-action';
import { useRemote } from './use-remote';

type Kind = 'solved' | 'partly' | 'explained';

/**
 * One opinion in the deputy's hands: read it and do what `deputyCan` allows — accept, reply
 * (with my templates), ask for information, forward to a department (and record its answer,
 * print the 转办函), hand over, resolve. The server's table has the last word.
 */
export function useDeputyOpinion(id: string | undefined) {
  const detail = useRemote(id, () => call('deputy', 'detail', { id: id as string }));
  const templates = useRemote(id && 'templates', () => call('deputy', 'templates', {}).catch(() => ({ items: [] })));
  const [reply, setReply] = useState('');
  const { busy, error, done, setError, setDone, attempt, running } = useAction();
  const act = async (run: () => Promise<unknown>, message?: string) =>
    (await attempt(run, { after: detail.reload, message: () => message })).ok;
  const oid = id as string;
  /** Checks a payload against the contract before sending; false (with a message) if it fails. */
  const valid = (action: keyof typeof CONTRACT.deputy, payload: object) => {
    const checked = CONTRACT.deputy[action].input.safeParse(payload);
    if (!checked.success) setError(describeError(checked.error));
    return checked.success;
  };

  const accept = () => act(() => call('deputy', 'accept', { id: oid }));

  const sendReply = async () => {
    if (running() || id === undefined) return;
    const text = reply.trim();
    if (text === '') return setError('请填写答复内容');
    if (charCount(text) > REPLY_TEXT_MAX) return setError(`答复不能超过${REPLY_TEXT_MAX}字`);
    if (!valid('reply', { id, text })) return;
    let counted = true;
    const sent = await act(async () => {
      const r = await call('deputy', 'reply', { id, text });
      counted = r.countsAsResponse !== false;
    });
    if (sent) {
      setReply('');
      if (!counted) setDone('答复已发送。提示:只套用模板或过于简短的答复不计为有效答复');
    }
  };

  const saveTemplate = async (title: string) => {
    const text = reply.trim();
    if (!text) return setError('请先在答复框里写好要保存的内容');
    if (!valid('saveTemplate', { title, text })) return;
    if (await act(() => call('deputy', 'saveTemplate', { title, text }), '已存为我的答复模板')) await templates.reload();
  };

  const needInfo = (question: string) =>
    valid('needInfo', { id, question }) && act(() => call('deputy', 'needInfo', { id: oid, question }), '已请居民补充情况');

  const departments = (filter: { level?: Level; category?: string }) =>
    call('deputy', 'departments', { id: oid, ...filter } as never).then((r) => r.items);

  const forward = (departmentId: string, note: string) =>
    act(() => call('deputy', 'forward', { id: oid, departmentId, ...(note.trim() ? { note } : {}) }), '已转交部门,可打印转办函');

  const transferLetter = () =>
    act(async () => {
      const f = await call('documents', 'transferLetter', { id: oid });
      setDone(await openPdf(f.url, f.fileName));
    });

  const departmentAnswer = (text: string) =>
    valid('departmentAnswer', { id, text }) && act(() => call('deputy', 'departmentAnswer', { id: oid, text }), '已登记部门答复');

  const handoverTargets = () => call('deputy', 'handoverTargets', { id: oid }).then((r) => r.items);
  const handover = (toDeputyId: string, reason: string) =>
    valid('handover', { id, toDeputyId, reason }) && act(() => call('deputy', 'handover', { id: oid, toDeputyId, reason }), '已转交其他代表');

  const resolve = (kind: Kind, text: string) =>
    valid('resolve', { id, kind, text }) && act(() => call('deputy', 'resolve', { id: oid, kind, text }), '已办结');

  const updateReply = (text: string) => {
    setReply(text);
    setError(undefined);
  };

  return {
    detail,
    templates: templates.data?.items ?? [],
    reply,
    setReply: updateReply,
    replyCount: charCount(reply),
    replyMax: REPLY_TEXT_MAX,
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
    done,
    setError,
  };
}
