/** The `suggestions` collection: opinions turned into deputies' suggestions. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { SuggestionDoc } from '../model';

/** A suggestion by id, if any. */
export const getSuggestion = (ports: Ports, id: string) => findById<SuggestionDoc>(dbOf(ports), 'suggestions', id);

/** Stores a new suggestion (a duplicate id throws the duplicate-key error). */
export async function addSuggestion(ports: Ports, suggestion: SuggestionDoc): Promise<void> {
  await dbOf(ports).collection('suggestions').add({ data: suggestion });
}

/** Sets the opinions the suggestion took. */
export async function setSuggestionOpinions(ports: Ports, id: string, opinionIds: readonly string[]): Promise<void> {
  await dbOf(ports).collection('suggestions').doc(id).update({ data: { opinionIds } });
}

/** The deputy's suggestions (up to 500), in stored order. */
export async function suggestionsOfDeputy(ports: Ports, deputyId: string): Promise<SuggestionDoc[]> {
  return findAll<SuggestionDoc>(dbOf(ports), 'suggestions', { deputyId }, 500);
}

/** The deputy's suggestions created at `since` or later (up to `max`), for the duty record. */
export async function suggestionsOfDeputySince(ports: Ports, deputyId: string, since: Date, max: number): Promise<SuggestionDoc[]> {
  const db = dbOf(ports);
  return findAll<SuggestionDoc>(db, 'suggestions', { deputyId, createdAt: db.command.gte(since) }, max);
}
