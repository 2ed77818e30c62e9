/** The `mediachecks` collection: WeChat's asynchronous image checks waiting for their verdict. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';

type Verdict = 'pass' | 'review' | 'risky';

/** The check of one photo of an opinion; `_id` is the trace id WeChat answers with. */
export interface OpinionPhotoCheckDoc {
  _id: string;
  opinionId: string;
  fileId: string;
  at: Date;
  /** The first verdict pushed, kept so that the write carrying the check applies it if it came first. */
  verdict?: Verdict;
  verdictAt?: Date;
}

/** The check of a deputy's profile photo, stored beside the opinions' checks (server/deputies/profile.ts). */
export interface DeputyPhotoCheckDoc {
  _id: string; // trace id
  deputyId: string;
  fileId: string;
  at: Date;
  /** The verdict once it arrived: kept so that a saver whose photoCheck landed after it applies it. */
  verdict?: Verdict;
  verdictAt?: Date;
}

/** A check of an opinion's photo, or (with `deputyId`) of a deputy's profile photo. */
export type MediaCheckDoc = OpinionPhotoCheckDoc | DeputyPhotoCheckDoc;

/** The check with this trace id, of either kind, if this system started it. */
export const mediaCheck = (ports: Ports, traceId: string) => findById<MediaCheckDoc>(dbOf(ports), 'mediachecks', traceId);

/** The opinion photo check with this trace id, if any. */
export const opinionPhotoCheck = (ports: Ports, traceId: string) => findById<OpinionPhotoCheckDoc>(dbOf(ports), 'mediachecks', traceId);

/** Records the start of several opinion photos' checks in one insert (before the write that carries them onto the opinion). */
export async function recordOpinionPhotoChecks(ports: Ports, checks: readonly Omit<OpinionPhotoCheckDoc, 'verdict' | 'verdictAt'>[]): Promise<void> {
  if (checks.length === 0) return;
  await dbOf(ports)
    .collection('mediachecks')
    .add({ data: checks.map((c) => ({ _id: c._id, opinionId: c.opinionId, fileId: c.fileId, at: c.at })) });
}

/** The opinion photo checks with these trace ids (those on record). */
export async function opinionPhotoChecks(ports: Ports, traceIds: readonly string[]): Promise<OpinionPhotoCheckDoc[]> {
  const db = dbOf(ports);
  return findAll<OpinionPhotoCheckDoc>(db, 'mediachecks', { _id: db.command.in([...traceIds]) }, traceIds.length);
}

/** Keeps `verdict` on the check unless one is kept already; answers whether this one was kept. */
export async function keepFirstVerdict(ports: Ports, traceId: string, verdict: Verdict, at: Date): Promise<boolean> {
  const db = dbOf(ports);
  const res = await db
    .collection('mediachecks')
    .where({ _id: traceId, verdict: db.command.exists(false) })
    .update({ data: { verdict, verdictAt: at } });
  return res.stats.updated === 1;
}

/** Records the start of a deputy photo's check (before the write that puts it on the deputy). */
export async function recordDeputyPhotoCheck(ports: Ports, check: DeputyPhotoCheckDoc): Promise<void> {
  await dbOf(ports).collection('mediachecks').add({ data: check });
}

/** The deputy photo check with this trace id, if any. */
export const deputyPhotoCheck = (ports: Ports, traceId: string) => findById<DeputyPhotoCheckDoc>(dbOf(ports), 'mediachecks', traceId);

/** Keeps the verdict on a deputy photo's check (the latest one pushed). */
export async function setDeputyPhotoVerdict(ports: Ports, traceId: string, verdict: Verdict, at: Date): Promise<void> {
  await dbOf(ports).collection('mediachecks').doc(traceId).update({ data: { verdict, verdictAt: at } });
}
