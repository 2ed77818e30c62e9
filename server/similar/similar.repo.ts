/**
 * Reads of opinions by their similarity keys (decision 0036): one indexed read of a county,
 * served by `simKeys, countyCode, createdAt, _id` (multikey), newest first.
 */
import type { OpinionDoc } from '../model';
import { dbOf } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { Status } from '../../core/opinion-status';

/** What scoring and showing a candidate needs: never the resident's contact. */
export type SimilarRow = Pick<
  OpinionDoc,
  | '_id'
  | 'trackingNo'
  | 'openid'
  | 'stationCode'
  | 'stationName'
  | 'regionPath'
  | 'category'
  | 'text'
  | 'place'
  | 'status'
  | 'createdAt'
  | 'consentPublish'
  | 'flagged'
  | 'textReview'
  | 'erasedAt'
  | 'simKeys'
  | 'simGroup'
  | 'secondCount'
  | 'mergedInto'
  | 'mergedSources'
>;

const FIELDS = {
  _id: true,
  trackingNo: true,
  openid: true,
  stationCode: true,
  stationName: true,
  regionPath: true,
  category: true,
  text: true,
  place: true,
  status: true,
  createdAt: true,
  consentPublish: true,
  flagged: true,
  textReview: true,
  erasedAt: true,
  simKeys: true,
  simGroup: true,
  secondCount: true,
  mergedInto: true,
  mergedSources: true,
} as const;

/** The newest opinions of a county holding any of `keys` (and, when given, in one of `statuses`): at most `limit`. */
export async function opinionsBySimKeys(
  ports: Ports,
  countyCode: string,
  keys: readonly string[],
  opts: { statuses?: readonly Status[]; limit: number },
): Promise<SimilarRow[]> {
  if (!keys.length) return [];
  const db = dbOf(ports);
  const _ = db.command;
  const where: Record<string, unknown> = { simKeys: keys.length === 1 ? keys[0] : _.in([...keys]), countyCode };
  if (opts.statuses) where.status = _.in([...opts.statuses]);
  const res = await db.collection('opinions').where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').field(FIELDS).limit(opts.limit).get();
  return res.data as unknown as SimilarRow[];
}

/** What the similarity-keys backfill (server/migrations/0008) reads of an opinion. */
export type SimilarSourceRow = Pick<OpinionDoc, '_id' | 'stationCode' | 'category' | 'text' | 'place' | 'erasedAt' | 'simKeys'>;

/** A page of opinions after `after` in `_id` order, only what their similarity keys derive from. */
export async function opinionSimilarSourcesAfter(ports: Ports, after: string | undefined, limit: number): Promise<SimilarSourceRow[]> {
  const db = dbOf(ports);
  const page = await db
    .collection<SimilarSourceRow>('opinions')
    .where(after === undefined ? {} : { _id: db.command.gt(after) })
    .orderBy('_id', 'asc')
    .limit(limit)
    .field({ _id: true, stationCode: true, category: true, text: true, place: true, erasedAt: true, simKeys: true })
    .get();
  return page.data;
}

/** Writes the similarity keys of an opinion stored before they existed, on the condition it still has none and is not erased. True when written. */
export async function fillSimilarKeys(ports: Ports, id: string, simKeys: readonly string[]): Promise<boolean> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection('opinions')
    .where({ _id: id, simKeys: _.exists(false), erasedAt: _.exists(false) })
    .update({ data: { simKeys: [...simKeys] } });
  return res.stats.updated === 1;
}
