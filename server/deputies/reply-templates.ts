/**
 * A deputy's reply templates: each named by the deputy (no two alike, so a warning can name the
 * one a reply repeats), listed oldest first, saved after the content check, deleted only by
 * their deputy.
 */
import { AppError } from '../../core/errors';
import type { ReplyTemplateDoc } from '../model';
import type { Ports } from '../platform/ports';
import { checkDeputyText, newId } from '../opinions/deputy-work';
import type { Actor } from '../users/actor';
import { addReplyTemplate, removeReplyTemplateOf, templatesOfDeputy } from './replytemplates.repo';

/** The texts of the deputy's templates (a reply equal to one is boilerplate). */
export async function templateTextsOf(ports: Ports, deputyId: string): Promise<string[]> {
  return (await templatesOfDeputy(ports, deputyId)).map((t) => t.text);
}

/** The deputy's templates, oldest first; one stored without a name reads 模板1, 模板2… by its place. */
export async function myTemplates(ports: Ports, actor: Actor) {
  const items = await templatesOfDeputy(ports, actor.deputy!._id);
  items.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  return { items: items.map((t, i) => ({ id: t._id, title: t.title?.trim() || `模板${i + 1}`, text: t.text })) };
}

/**
 * Saves a new template under the deputy's name for it, once its words passed the content
 * check. A name the deputy already uses is refused (TEMPLATE_TITLE_TAKEN): two saves racing
 * with one name can both pass, which leaves two alike and harms nothing.
 */
export async function saveTemplate(ports: Ports, actor: Actor, title: string, text: string) {
  const mine = await templatesOfDeputy(ports, actor.deputy!._id);
  if (mine.some((t) => t.title?.trim() === title)) throw new AppError('TEMPLATE_TITLE_TAKEN');
  await checkDeputyText(ports, actor, title, text);
  const doc: ReplyTemplateDoc = { _id: newId(), deputyId: actor.deputy!._id, title, text, createdAt: ports.clock.now() };
  await addReplyTemplate(ports, doc);
  return { id: doc._id, title, text };
}

/** Deletes one of the deputy's own templates; another's, or none, is TEMPLATE_NOT_FOUND. */
export async function deleteTemplate(ports: Ports, actor: Actor, id: string) {
  if (!(await removeReplyTemplateOf(ports, actor.deputy!._id, id))) throw new AppError('TEMPLATE_NOT_FOUND');
  return { ok: true as const };
}
