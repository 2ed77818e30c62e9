/**
 * The fields search reads on an opinion (decision 0032): its search keys and its county,
 * written in the same write as what they derive from — the insert of a new opinion, and every
 * change that touches the resident's words or phone (added information, a follow-up message,
 * erasing) through change-opinion.ts. An opinion written before search existed gets them with
 * its next change, or from migration 0005.
 */
import { countyOfPath, sameKeys, searchKeysOf } from '../../core/search-keys';
import type { OpinionDoc } from '../model';

/** The search fields of a new opinion (or one seen whole, for the migration). */
export function searchFieldsOf(doc: Pick<OpinionDoc, 'text' | 'place' | 'additions' | 'phone' | 'erasedAt' | 'regionPath'>): Pick<OpinionDoc, 'searchKeys' | 'countyCode'> {
  const keys = searchKeysOf(doc);
  const county = countyOfPath(doc.regionPath);
  return { ...(keys.length ? { searchKeys: keys } : {}), ...(county ? { countyCode: county } : {}) };
}

/** What a write must set or remove so that the search fields of `after` follow it; nothing when they already do. */
export function searchFieldsChange(before: OpinionDoc, after: OpinionDoc): { set: Partial<OpinionDoc>; unset: ('searchKeys' | 'countyCode' | 'simKeys')[] } {
  const want = searchFieldsOf(after);
  const set: Partial<OpinionDoc> = {};
  const unset: ('searchKeys' | 'countyCode' | 'simKeys')[] = [];
  if (want.searchKeys && !sameKeys(before.searchKeys, want.searchKeys)) set.searchKeys = want.searchKeys;
  if (!want.searchKeys && before.searchKeys) unset.push('searchKeys');
  if (want.countyCode && before.countyCode !== want.countyCode) set.countyCode = want.countyCode;
  return { set, unset };
}
