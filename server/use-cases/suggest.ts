/**
 * Converting opinions into a 闭会期间代表建议. Every merged opinion must be held by this
 * deputy and allow the move (checked for all before anything is written); the suggestion
 * is stored first with the list, then each opinion moves with its own timeline event. If a
 * move loses a race in between, the suggestion keeps the opinion ids it actually took.
 */
import { AppError } from '../../core/errors';
import type { Actor } from '../actor';
import type { SuggestionDoc } from '../model';
import type { Ports } from '../ports';
import { assertDeputyMove, checkDeputyText, deputyChangeDoc, heldOpinion, newId } from './deputy-work';

export const suggestionView = (s: SuggestionDoc) => ({
  id: s._id,
  title: s.title,
  reasons: s.reasons,
  proposals: s.proposals,
  opinionIds: s.opinionIds,
  createdAt: new Date(s.createdAt).toISOString(),
});

export async function makeSuggestion(
  ports: Ports,
  actor: Actor,
  input: { title: string; reasons: string; proposals: string; opinionIds: string[] },
) {
  const ids = [...new Set(input.opinionIds)];
  const docs = [];
  for (const id of ids) {
    const doc = await heldOpinion(ports, actor, id);
    assertDeputyMove(doc, 'suggestion');
    docs.push(doc);
  }
  await checkDeputyText(ports, actor, input.title, input.reasons, input.proposals);
  const suggestion: SuggestionDoc = {
    _id: newId(),
    deputyId: actor.deputy!._id,
    deputyName: actor.deputy!.name,
    title: input.title,
    reasons: input.reasons,
    proposals: input.proposals,
    opinionIds: ids,
    createdAt: ports.clock.now(),
  };
  await ports.db.collection('suggestions').add({ data: suggestion });
  const taken: string[] = [];
  for (const doc of docs) {
    try {
      await deputyChangeDoc(ports, actor, doc._id, () => ({
        to: 'suggestion',
        action: 'suggestion',
        note: `并入代表建议《${input.title}》`,
        set: { suggestionId: suggestion._id },
      }));
      taken.push(doc._id);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      ports.log.error('opinion left out of a suggestion', { opinionId: doc._id, code: e.code });
    }
  }
  if (taken.length !== ids.length) {
    await ports.db.collection('suggestions').doc(suggestion._id).update({ data: { opinionIds: taken } });
    suggestion.opinionIds = taken;
  }
  return suggestionView(suggestion);
}
