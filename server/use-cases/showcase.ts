/**
 * 办实事成果: resolved cases whose residents consented (`consentPublish`), approved by staff
 * with the text redacted (core/redact.ts masks phones, ID numbers, house numbers and the
 * names of deputies and staff even if they slipped through). Public read.
 */
import type { Payload } from '../../core/contract';
import { AppError } from '../../core/errors';
import { redact } from '../../core/redact';
import type { Actor } from '../actor';
import type { OpinionDoc } from '../model';
import type { Ports } from '../ports';
import { changeOpinion, requireOpinion } from '../repos/opinions';
import { assertMyOpinion } from './station-scope';

export interface ShowcaseDoc {
  _id: string; // the opinion id
  stationCode: string;
  stationName: string;
  regionPath: string[];
  category: string;
  title: string;
  summary: string;
  result: string;
  resolvedAt: Date;
  approvedAt: Date;
  approvedBy: string;
}

export async function publish(ports: Ports, actor: Actor, p: Payload<'staff', 'publish'>) {
  const doc = await requireOpinion(ports, p.id);
  assertMyOpinion(actor, doc);
  if (!doc.consentPublish) throw new AppError('NOT_PUBLISHABLE', '居民没有同意公开办理结果,不能公开');
  if (doc.status !== 'resolved' && doc.status !== 'closed') throw new AppError('NOT_PUBLISHABLE', '意见尚未办结,不能公开');
  const names = [doc.assigneeName ?? '', ...doc.replies.map((r) => r.byName)];
  const now = ports.clock.now();
  const entry: ShowcaseDoc = {
    _id: doc._id,
    stationCode: doc.stationCode,
    stationName: doc.stationName,
    regionPath: doc.regionPath,
    category: doc.category,
    title: redact(p.title, names),
    summary: redact(p.summary, names),
    result: redact(p.result, names),
    resolvedAt: doc.resolvedAt ?? doc.updatedAt,
    approvedAt: now,
    approvedBy: actor.openid!,
  };
  // The showcase entry is written first (same id: approving twice overwrites), then the event.
  const { _id, ...data } = entry;
  await ports.db.collection('showcase').doc(_id).set({ data });
  await changeOpinion(ports, doc._id, (fresh: OpinionDoc) => ({
    mover: 'staff',
    actor: { role: 'staff', id: actor.openid },
    action: 'publish',
    note: '办理结果经居民同意、脱敏后公开',
    set: { publishedAt: fresh.publishedAt ?? now },
  }));
  return { id: entry._id, title: entry.title, summary: entry.summary, result: entry.result };
}

export async function listShowcase(ports: Ports, p: Payload<'showcase', 'list'>) {
  const where: Record<string, unknown> = {};
  if (p.stationCode) where.stationCode = p.stationCode;
  if (p.regionCode) where.regionPath = p.regionCode;
  const q = ports.db.collection<ShowcaseDoc & { _id: string }>('showcase').where(where);
  const [page, count] = await Promise.all([q.orderBy('approvedAt', 'desc').skip(p.offset).limit(p.limit).get(), q.count()]);
  const next = p.offset + page.data.length;
  return {
    items: page.data.map((d) => ({
      id: d._id,
      stationCode: d.stationCode,
      stationName: d.stationName,
      category: d.category,
      title: d.title,
      summary: d.summary,
      result: d.result,
      resolvedAt: new Date(d.resolvedAt).toISOString(),
    })),
    total: count.total,
    ...(next < count.total ? { nextOffset: next } : {}),
  };
}
