/**
 * 查找意见 (issue 23, decision 0032): the staff desk finds cases of the caller's stations, the
 * region office cases of its region and below, a deputy the cases they hold — by tracking
 * number, phone (staff and the office: the last four digits or the whole number), words of the
 * text, deputy, status, category, station and the day received, every criterion met.
 *
 * One request reads the page (opinions.repo `searchPage`, served by the index of the caller's
 * kind of scope); a search by phone then writes its identity-access entries (one insert) before
 * the answer leaves. With the caller's own record (read by the dispatcher): two requests, three
 * with a phone — four when a staff member's search by phone finds nothing (the stations it
 * looked in are read, to record where).
 */
import type { z } from 'zod';
import { addDays, fromBeijing } from '../../core/beijing-time';
import type { SearchItem } from '../../core/contract/actions/search';
import { AppError } from '../../core/errors';
import { STATUS_LABELS } from '../../core/opinion-status';
import { lastFour, phoneKey, phraseKeys } from '../../core/search-keys';
import type { Actor } from '../users/actor';
import { recordPhoneSearch, type SearchedPlace } from '../users/identity-access';
import type { OpinionDoc, RegionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { adminRegion } from '../stations/scope';
import { stationsByCodes } from '../stations/stations.repo';
import { holderLabel } from './office-queue';
import { searchPage, type OpinionSearch, type SearchScope } from './opinions.lists.repo';

export type SearchDesk = 'staff' | 'admin' | 'deputy';

/** What a search asks (the contract's payload; a deputy's has no phone or deputy). */
export interface SearchPayload {
  trackingNo?: string;
  phone?: string;
  text?: string;
  deputyId?: string;
  status?: OpinionSearch['statuses'];
  category?: string;
  stationCode?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

const EXCERPT_CHARS = 60;
const excerpt = (text: string) => {
  const chars = Array.from(text);
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : text;
};

const itemOf = (doc: OpinionDoc): z.infer<typeof SearchItem> => ({
  id: doc._id,
  trackingNo: doc.trackingNo,
  status: doc.status,
  statusLabel: STATUS_LABELS[doc.status],
  category: doc.category,
  stationCode: doc.stationCode,
  stationName: doc.stationName,
  excerpt: excerpt(doc.text),
  createdAt: new Date(doc.createdAt).toISOString(),
  holderLabel: holderLabel(doc),
});

/**
 * Where the caller may look: staff their stations (or one of them, when asked), the office
 * its county — narrowed to its township for a township office — or, above the county, its
 * region by the path; a deputy their own cases.
 */
function scopeOf(actor: Actor, desk: SearchDesk, region: RegionDoc | undefined, stationCode: string | undefined): SearchScope {
  if (desk === 'staff') {
    if (actor.staffStationCodes.length === 0) throw new AppError('NOT_YOUR_STATION');
    if (stationCode && !actor.staffStationCodes.includes(stationCode)) throw new AppError('NOT_YOUR_STATION', '这个联络站不是您负责的', `${actor.openid} searched ${stationCode}`);
    return { kind: 'stations', stationCodes: actor.staffStationCodes };
  }
  if (desk === 'deputy') return { kind: 'deputy', deputyId: actor.deputy!._id };
  const path = region!.path;
  // province → city → county → township: a county office and those below it read the county's index.
  if (path.length >= 3) return { kind: 'county', countyCode: path[2]!, ...(path.length > 3 ? { regionCode: region!._id } : {}) };
  return { kind: 'region', regionCode: region!._id };
}

/** The search's keys and conditions from what was asked. */
function searchOf(scope: SearchScope, desk: SearchDesk, p: SearchPayload): OpinionSearch {
  const keys = p.text ? phraseKeys(p.text) : [];
  let phone: string | undefined;
  if (p.phone && desk !== 'deputy') {
    keys.push(phoneKey(lastFour(p.phone)!));
    if (p.phone.length > 4) phone = p.phone;
  }
  return {
    scope,
    keys: [...new Set(keys)],
    ...(p.trackingNo ? { trackingNo: p.trackingNo.toUpperCase() } : {}),
    ...(phone ? { phone } : {}),
    ...(p.deputyId && desk !== 'deputy' ? { deputyId: p.deputyId } : {}),
    ...(p.status?.length ? { statuses: [...new Set(p.status)] } : {}),
    ...(p.category ? { category: p.category } : {}),
    ...(p.stationCode ? { stationCode: p.stationCode } : {}),
    ...(p.from ? { from: fromBeijing(p.from) } : {}),
    ...(p.to ? { before: fromBeijing(addDays(p.to, 1)) } : {}),
  };
}

/** Where a search by phone that found nothing looked: the caller's stations, or the office's region. */
async function placesLookedIn(ports: Ports, scope: SearchScope, region: RegionDoc | undefined): Promise<SearchedPlace[]> {
  if (scope.kind === 'stations') {
    const stations = await stationsByCodes(ports, scope.stationCodes);
    return stations.map((s) => ({ stationCode: s._id, stationName: s.name, regionCode: s.regionCode }));
  }
  return region ? [{ stationCode: '', stationName: region.name, regionCode: region._id }] : [];
}

/** One page of a search at the caller's desk, newest first, after `cursor`. */
export async function searchCases(ports: Ports, actor: Actor, desk: SearchDesk, p: SearchPayload) {
  const region = desk === 'admin' ? await adminRegion(ports, actor) : undefined;
  const scope = scopeOf(actor, desk, region, p.stationCode);
  const asked = searchOf(scope, desk, p);
  const page = await searchPage(ports, asked, p.limit, p.cursor);
  // A search by phone is an access to identity: recorded before the answer leaves (decision 0018).
  if (p.phone && desk !== 'deputy') {
    const lookedIn = page.items.length === 0 ? await placesLookedIn(ports, scope, region) : [];
    await recordPhoneSearch(ports, { openid: actor.openid!, role: desk }, page.items, lookedIn, `${desk}.search`);
  }
  return { items: page.items.map(itemOf), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
