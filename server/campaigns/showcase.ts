/**
 * 办实事成果: resolved cases whose residents consented (`consentPublish`) and nobody rated
 * 不满意 (core/showcase-rules.ts), approved by staff. What is public: the staff's title and
 * summary and the case's 办结说明, redacted (core/redact.ts masks phones, ID numbers, house
 * numbers and the names of deputies and staff even if they slipped through), under an id of its
 * own — never the opinion's. Public read; staff of the station take an entry down, and a case
 * that stops qualifying (rated 不满意) is taken down by itself.
 */
import { randomBytes, createHash } from 'node:crypto';
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { redact } from '../../core/redact';
import { publishRefusal } from '../../core/showcase-rules';
import type { Actor } from '../users/actor';
import type { ActorRef, OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { requireOpinion } from '../opinions/opinions.repo';
import { moveOpinion } from '../opinions/after-write';
import { resolutionText } from '../opinions/views/resolution-view';
import { assertMyOpinion } from '../stations/scope';
import { getShowcaseEntry, removeShowcaseEntry, saveShowcaseEntry, showcasePage, type ShowcaseDoc } from './showcase.repo';

/** Entries approved before public ids existed get one derived from the key, which reveals nothing of it. */
const publicIdOf = (d: ShowcaseDoc): string => d.publicId ?? createHash('sha256').update(`showcase:${d._id}`).digest('hex').slice(0, 16);

export async function publish(ports: Ports, actor: Actor, p: Payload<'staff', 'publish'>) {
  const doc = await requireOpinion(ports, p.id);
  assertMyOpinion(actor, doc);
  const refused = publishRefusal(doc);
  if (refused) throw new AppError('NOT_PUBLISHABLE', refused);
  const result = resolutionText(doc);
  if (!result) throw new AppError('NOT_PUBLISHABLE', '这条意见没有办结说明，不能公开');
  // Deputies' names are redacted; a reply by staff or the office is signed by their role, not a person.
  const names = [doc.assigneeName ?? '', ...doc.replies.filter((r) => !r.by).map((r) => r.byName)];
  const now = ports.clock.now();
  const earlier = await getShowcaseEntry(ports, doc._id);
  const entry: ShowcaseDoc = {
    _id: doc._id,
    publicId: earlier ? publicIdOf(earlier) : randomBytes(8).toString('hex'),
    stationCode: doc.stationCode,
    stationName: doc.stationName,
    regionPath: doc.regionPath,
    category: doc.category,
    title: redact(p.title, names),
    summary: redact(p.summary, names),
    result: redact(result, names),
    resolvedAt: doc.resolvedAt ?? doc.updatedAt,
    approvedAt: now,
    approvedBy: actor.openid!,
  };
  // The showcase entry is written first (same key: approving twice overwrites), then the event,
  // which checks the case again: rated 不满意 meanwhile, the entry is taken back and nothing changes.
  await saveShowcaseEntry(ports, entry);
  try {
    await moveOpinion(ports, doc._id, (fresh: OpinionDoc) => {
      const refusedNow = publishRefusal(fresh);
      if (refusedNow) throw new AppError('NOT_PUBLISHABLE', refusedNow);
      return {
        mover: 'staff',
        actor: { role: 'staff', id: actor.openid },
        action: 'publish',
        note: '办理结果经居民同意、脱敏后公开',
        set: { publishedAt: fresh.publishedAt ?? now },
      };
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_PUBLISHABLE') await removeShowcaseEntry(ports, entry._id);
    throw e;
  }
  return { id: doc._id, title: entry.title, summary: entry.summary, result: entry.result };
}

/** The entry leaves the public list first, then the case records it (publishedAt cleared). */
async function takeDown(ports: Ports, id: string, actor: ActorRef, note: string): Promise<void> {
  await removeShowcaseEntry(ports, id);
  await moveOpinion(ports, id, () => ({
    mover: actor.role === 'staff' ? 'staff' : 'system',
    actor,
    action: 'unpublish',
    note,
    unset: ['publishedAt'],
  }));
}

/** Staff of the case's station take its entry down. */
export async function unpublish(ports: Ports, actor: Actor, id: string) {
  const doc = await requireOpinion(ports, id);
  assertMyOpinion(actor, doc);
  if (!doc.publishedAt) throw new AppError('NOT_PUBLISHABLE', '这条意见没有公开，无需撤下');
  await takeDown(ports, id, { role: 'staff', id: actor.openid }, '工作人员撤下公开的办理结果');
  return { id };
}

/** After a change to a published case (a rating): a case that no longer qualifies is taken down. */
export async function keepShowcaseHonest(ports: Ports, doc: OpinionDoc): Promise<void> {
  if (!doc.publishedAt || !publishRefusal(doc)) return;
  await takeDown(ports, doc._id, { role: 'system' }, '居民评价为不满意，办理结果不再公开');
}

/** A page of the public list (of a station, or a region and below), newest approval first, after `cursor`; the first page says how many there are. */
export async function listShowcase(ports: Ports, p: Payload<'showcase', 'list'>) {
  const page = await showcasePage(ports, { stationCode: p.stationCode, regionCode: p.regionCode }, ports.clock.now(), p.limit, p.cursor);
  return {
    items: page.items.map((d) => ({
      id: publicIdOf(d),
      stationCode: d.stationCode,
      stationName: d.stationName,
      category: d.category,
      title: d.title,
      summary: d.summary,
      result: d.result,
      resolvedAt: new Date(d.resolvedAt).toISOString(),
    })),
    ...(page.total !== undefined ? { total: page.total } : {}),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
