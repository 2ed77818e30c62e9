/**
 * Converting opinions into a 闭会期间代表建议. Every merged opinion must be held by this
 * deputy and allow the move (checked for all before anything is written); the suggestion
 * is stored first with the list, then each opinion moves with its own timeline event. If a
 * move loses a race in between, the suggestion keeps the opinion ids it actually took; a
 * try stopped mid-way is continued by sending the same form (request id) again.
 */
import { AppError } from '../../core/errors';
import { isDuplicateKey } from '../platform/db-errors';
import { requestKey } from '../platform/request-key';
import type { Actor } from '../users/actor';
import type { SuggestionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getRegion } from '../stations/regions.repo';
import { assertDeputyMove, checkDeputyText, deputyChangeDoc, deputyRef, myAssignedOpinion, newId } from './deputy-work';
import { suggestionMarksOf } from './opinions.repo';
import { addSuggestion, getSuggestion, setSuggestionOpinions, suggestionsOfDeputy } from './suggestions.repo';
import { deputySuggestionView } from './views/suggestion-view';

export async function makeSuggestion(
  ports: Ports,
  actor: Actor,
  input: { title: string; reasons: string; proposals: string; opinionIds: string[]; requestId?: string },
) {
  // One per form: the same form sent again (a retry, a double tap) continues the same suggestion.
  const id = input.requestId ? `sg${requestKey(actor.openid!, input.requestId)}` : newId();
  const earlier = input.requestId ? await getSuggestion(ports, id) : undefined;
  const ids = earlier ? earlier.opinionIds : [...new Set(input.opinionIds)];
  const docs = [];
  for (const oid of ids) {
    const doc = await myAssignedOpinion(ports, actor, oid);
    if (doc.suggestionId === id) continue; // moved by an earlier try
    try {
      assertDeputyMove(doc, 'suggestion');
    } catch (e) {
      if (!earlier) throw e; // checked for all before anything is written
      continue; // resuming: one that can no longer move is left out
    }
    docs.push(doc);
  }
  const now = ports.clock.now();
  let suggestion: SuggestionDoc = earlier ?? {
    _id: id,
    deputyId: actor.deputy!._id,
    deputyName: actor.deputy!.name,
    title: input.title,
    reasons: input.reasons,
    proposals: input.proposals,
    opinionIds: ids,
    createdAt: now,
    // Followed up by the office of the deputy's home region and the offices above it (decision 0034).
    ...(await homeRegionOf(ports, actor)),
    status: 'submitted',
    version: 0,
    events: [{ at: now, actor: deputyRef(actor), action: 'submit', to: 'submitted' }],
    updatedAt: now,
  };
  if (!earlier) {
    await checkDeputyText(ports, actor, input.title, input.reasons, input.proposals);
    try {
      await addSuggestion(ports, suggestion);
    } catch (e) {
      if (!isDuplicateKey(e) || !input.requestId) throw e;
      suggestion = (await getSuggestion(ports, id)) ?? suggestion; // a racing repeat stored it
    }
  }
  for (const doc of docs) {
    try {
      await deputyChangeDoc(ports, actor, doc._id, () => ({
        to: 'suggestion',
        action: 'suggestion',
        note: `并入代表建议《${suggestion.title}》`,
        set: { suggestionId: suggestion._id },
      }));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      ports.log.error('opinion left out of a suggestion', { opinionId: doc._id, code: e.code });
    }
  }
  // The list is what actually moved (each opinion's suggestionId is authoritative), so two
  // racing repeats write the same list.
  const moved = await suggestionMarksOf(ports, suggestion.opinionIds);
  const taken = suggestion.opinionIds.filter((oid) => moved.some((m) => m._id === oid && m.suggestionId === suggestion._id));
  if (taken.length !== suggestion.opinionIds.length) {
    await setSuggestionOpinions(ports, suggestion._id, taken);
    suggestion = { ...suggestion, opinionIds: taken };
  }
  return deputySuggestionView(suggestion, now);
}

/** The deputy's home region, where the suggestion is followed up: its code and path (the code alone when the region is unknown). */
async function homeRegionOf(ports: Ports, actor: Actor): Promise<Pick<SuggestionDoc, 'regionCode' | 'regionPath'>> {
  const code = actor.deputy!.homeRegionCode;
  const region = await getRegion(ports, code);
  return { regionCode: code, regionPath: region?.path ?? [code] };
}

/** The deputy's suggestions, newest first: where each stands, the answer, and what the deputy may do now. */
export async function deputySuggestions(ports: Ports, actor: Actor) {
  const found = await suggestionsOfDeputy(ports, actor.deputy!._id);
  found.sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
  const now = ports.clock.now();
  return { items: found.map((s) => deputySuggestionView(s, now)) };
}
