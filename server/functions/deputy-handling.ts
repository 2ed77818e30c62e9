/** The deputy's further moves: forward to a department, suggestions, hand-over. */
import { AppError } from '../../core/errors';
import { HANDOVER_STATUSES } from '../../core/opinion-status';
import { LEVEL_LABELS } from '../../core/vocabulary';
import { findAll, findById } from '../platform/db';
import type { DeputyDoc, SuggestionDoc } from '../model';
import { deputiesByIds } from '../deputies/deputies.repo';
import { getStation } from '../stations/stations.repo';
import { checkDeputyText, deputyChangeDoc, heldOpinion } from '../opinions/deputy-work';
import { departmentView, departmentsFor, forwardOpinion, recordDepartmentAnswer } from '../opinions/forward';
import { makeSuggestion, suggestionView } from '../opinions/suggest';
import { changeOpinionResult } from '../opinions/views/transition-result';
import type { HandlersOf } from './define';

/** Active deputies bound to WeChat, other than the one handing over. */
const canTakeOver = (d: DeputyDoc | undefined, fromId: string): d is DeputyDoc =>
  Boolean(d && d._id !== fromId && d.status === 'active' && d.openid);

export const deputyHandlingHandlers: Pick<
  HandlersOf<'deputy'>,
  'departments' | 'forward' | 'departmentAnswer' | 'suggest' | 'suggestions' | 'handoverTargets' | 'handover'
> = {
  async departments({ id, level, category }, { actor, ports }) {
    const doc = await heldOpinion(ports, actor, id);
    const found = await departmentsFor(ports, doc, { level, category });
    return { items: found.map(departmentView) };
  },

  forward: ({ id, departmentId, note }, { actor, ports }) => forwardOpinion(ports, actor, id, departmentId, note),

  departmentAnswer: ({ id, text }, { actor, ports }) => recordDepartmentAnswer(ports, actor, id, text),

  suggest: (input, { actor, ports }) => makeSuggestion(ports, actor, input),

  async suggestions(_p, { actor, ports }) {
    const found = await findAll<SuggestionDoc>(ports.db, 'suggestions', { deputyId: actor.deputy!._id }, 500);
    found.sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
    return { items: found.map(suggestionView) };
  },

  async handoverTargets({ id }, { actor, ports }) {
    const doc = await heldOpinion(ports, actor, id);
    const station = await getStation(ports, doc.stationCode);
    const deputies = await deputiesByIds(ports, station?.deputyIds ?? []);
    return {
      items: deputies
        .filter((d) => canTakeOver(d, actor.deputy!._id))
        .map((d) => ({ id: d._id, name: d.name, levelLabel: LEVEL_LABELS[d.level] })),
    };
  },

  /** The assignee changes, the status does not (PRODUCT.md); deadlines keep running. */
  async handover({ id, toDeputyId, reason }, { actor, ports }) {
    const doc = await heldOpinion(ports, actor, id);
    if (!HANDOVER_STATUSES.includes(doc.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
    const target = await findById<DeputyDoc>(ports.db, 'deputies', toDeputyId);
    const station = await getStation(ports, doc.stationCode);
    if (!canTakeOver(target, actor.deputy!._id) || !station?.deputyIds.includes(target._id)) {
      throw new AppError('HANDOVER_NOT_ALLOWED');
    }
    await checkDeputyText(ports, actor, reason);
    const updated = await deputyChangeDoc(ports, actor, id, (fresh) => {
      if (!HANDOVER_STATUSES.includes(fresh.status)) throw new AppError('TRANSITION_NOT_ALLOWED');
      return {
        action: 'handover',
        note: `转交${target.name}代表:${reason}`,
        set: { assigneeDeputyId: target._id, assigneeName: target.name, assigneeLevelLabel: LEVEL_LABELS[target.level] },
      };
    });
    return { ...changeOpinionResult(updated), assigneeName: target.name };
  },
};
