/** The `campaigns` collection: the campaigns (专项活动) a region runs. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { Level } from '../../core/vocabulary';

export interface CampaignDoc {
  _id: string;
  name: string;
  from: string;
  to: string;
  reportDue: string;
  regionCodes: string[];
  regionNames: string[];
  levels: Level[];
  adminRegionCode: string;
  createdBy: string;
  createdAt: Date;
  remindedAt?: Date | null;
}

/** Writes a new campaign (a duplicate key when its id is taken: the same form sent again). */
export async function addCampaign(ports: Ports, doc: CampaignDoc): Promise<void> {
  await dbOf(ports).collection('campaigns').add({ data: doc });
}

/** One campaign by id, or undefined. */
export const getCampaign = (ports: Ports, id: string) => findById<CampaignDoc>(dbOf(ports), 'campaigns', id);

/** The campaigns created by the admins of these regions (at most 500). */
export async function campaignsCreatedIn(ports: Ports, adminRegionCodes: readonly string[]): Promise<CampaignDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  return findAll<CampaignDoc>(db, 'campaigns', { adminRegionCode: _.in(adminRegionCodes) }, 500);
}

/** Campaigns not reminded yet whose report is due on or after `dueFrom`, soonest first (at most 100). */
export async function campaignsToRemind(ports: Ports, dueFrom: string): Promise<CampaignDoc[]> {
  const db = dbOf(ports);
  const _ = db.command;
  const res = await db
    .collection<CampaignDoc>('campaigns')
    .where({ reportDue: _.gte(dueFrom), remindedAt: null })
    .orderBy('reportDue', 'asc')
    .limit(100)
    .get();
  return res.data;
}

/** Records that a campaign's report reminder went out (unless another run recorded it first). */
export async function markCampaignReminded(ports: Ports, id: string, at: Date): Promise<void> {
  await dbOf(ports).collection('campaigns').where({ _id: id, remindedAt: null }).update({ data: { remindedAt: at } });
}
