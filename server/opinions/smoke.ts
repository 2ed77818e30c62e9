/**
 * The smoke check (`setup.smoke`, `npm run smoke`, decision 0021): on the server, create a
 * synthetic resident's opinion, read it back, change it on its version, insert it again to see
 * the database's real duplicate-key error, and erase it; report the invocation context the
 * function sees and how long each database request took (what calibrates the cloud-cost
 * figures). The synthetic opinion is marked `smoke`, never relayed, counted or shown, and
 * removed before the answer.
 */
import { randomBytes } from 'node:crypto';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { getOpinion, insertOpinion, removeSmokeOpinion, touchSmokeOpinion } from './opinions.repo';

export interface SmokeReport {
  context: { source: string | undefined; withOpenid: boolean };
  opinion: { created: boolean; readBack: boolean; changed: boolean; erased: boolean };
  duplicateKey: { errCode: number | string | undefined; errMsg: string };
  /** Milliseconds per database request, as the function measured them. */
  requestMs: Record<'insert' | 'read' | 'update' | 'duplicate' | 'remove', number>;
}

const timed = async <T>(ms: Record<string, number>, name: string, run: () => Promise<T>): Promise<T> => {
  const t0 = process.hrtime.bigint();
  try {
    return await run();
  } finally {
    ms[name] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
};

export async function smokeCheck(ports: Ports, context: SmokeReport['context']): Promise<SmokeReport> {
  const now = ports.clock.now();
  const id = `smoke-${randomBytes(8).toString('hex')}`;
  const doc = {
    _id: id,
    smoke: true,
    openid: `smoke-resident-${id}`,
    anonymous: true,
    status: 'withdrawn',
    version: 1,
    text: '冒烟检查：合成的居民意见，检查后立即删除',
    timeline: [],
    replies: [],
    createdAt: now,
    updatedAt: now,
    notifyPending: false,
    notifiedEvents: 0,
  } as unknown as OpinionDoc;
  const ms: Record<string, number> = {};
  await timed(ms, 'insert', () => insertOpinion(ports, doc));
  const read = await timed(ms, 'read', () => getOpinion(ports, id));
  const changed = await timed(ms, 'update', () => touchSmokeOpinion(ports, id, 1));
  let duplicateKey: SmokeReport['duplicateKey'] = { errCode: undefined, errMsg: 'a second insert of the same _id was accepted' };
  try {
    await timed(ms, 'duplicate', () => insertOpinion(ports, doc));
  } catch (e) {
    const x = e as { errCode?: number | string; code?: number | string; errMsg?: string; message?: string };
    duplicateKey = { errCode: x.errCode ?? x.code, errMsg: String(x.errMsg ?? x.message ?? e).slice(0, 200) };
  }
  const erased = await timed(ms, 'remove', () => removeSmokeOpinion(ports, id));
  return {
    context,
    opinion: { created: true, readBack: read?._id === id, changed, erased },
    duplicateKey,
    requestMs: ms as SmokeReport['requestMs'],
  };
}
