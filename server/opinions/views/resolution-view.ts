/**
 * How a resolved case ended (办理结果): the kind, the 办结说明 and the department's answer.
 * Only while the case is resolved or closed: a reopened case keeps its old `resultKind`, but
 * that is no longer its result.
 */
import type { z } from 'zod';
import type { ResolutionView } from '../../../core/contract';
import { RESULT_KIND_LABELS } from '../../../core/contract/fields';
import type { OpinionDoc, OpinionEvent } from '../../model';
import { actorLabel } from './actor-label';

const lastResolve = (doc: OpinionDoc): OpinionEvent | undefined => [...doc.timeline].reverse().find((e) => e.action === 'resolve');

/**
 * The 办结说明. Cases resolved before `resultText` was stored have it only in their resolve
 * event's note, written as "<kind label>:<text>".
 */
export function resolutionText(doc: OpinionDoc): string | undefined {
  if (doc.status !== 'resolved' && doc.status !== 'closed') return undefined;
  if (doc.resultText) return doc.resultText;
  const note = lastResolve(doc)?.note;
  const prefix = doc.resultKind ? `${RESULT_KIND_LABELS[doc.resultKind]}：` : '';
  return note && prefix && note.startsWith(prefix) ? note.slice(prefix.length) : note;
}

export function resolutionOf(doc: OpinionDoc, audience: 'resident' | 'deputy'): z.infer<typeof ResolutionView> | undefined {
  const text = resolutionText(doc);
  if (text === undefined || !doc.resultKind) return undefined;
  const event = lastResolve(doc);
  const answer = doc.forward?.answer;
  return {
    kind: doc.resultKind,
    kindLabel: RESULT_KIND_LABELS[doc.resultKind],
    text,
    at: new Date(doc.resolvedAt ?? event?.at ?? doc.updatedAt).toISOString(),
    byLabel: event ? actorLabel(event.actor, audience) : doc.assigneeName ? `${doc.assigneeName}代表` : '代表',
    ...(answer && doc.forward
      ? { departmentAnswer: { departmentName: doc.forward.departmentName, text: answer.text, at: new Date(answer.at).toISOString() } }
      : {}),
  };
}
