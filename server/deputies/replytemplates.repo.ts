/** The `replytemplates` collection: a deputy's saved replies. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { ReplyTemplateDoc } from '../model';

/** The deputy's reply templates (at most 200), as stored. */
export const templatesOfDeputy = (ports: Ports, deputyId: string) => findAll<ReplyTemplateDoc>(dbOf(ports), 'replytemplates', { deputyId }, 200);

/** Stores a new template. */
export async function addReplyTemplate(ports: Ports, doc: ReplyTemplateDoc): Promise<void> {
  await dbOf(ports).collection('replytemplates').add({ data: doc });
}

/** Removes the deputy's template `id`; answers false when the deputy has no such template. */
export async function removeReplyTemplateOf(ports: Ports, deputyId: string, id: string): Promise<boolean> {
  const res = await dbOf(ports).collection('replytemplates').where({ _id: id, deputyId }).remove();
  return res.stats.removed === 1;
}
