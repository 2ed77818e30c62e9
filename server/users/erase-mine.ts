/**
 * Erasing a resident's data (`opinion.deleteMine`, decision 0018): every collection the product
 * has is decided here — what of a resident it holds and what erasing does to it. The plan is
 * typed over every collection (server/platform/collections.ts), so a new collection does not compile
 * until it is decided; test/handlers/erase-everywhere.test.ts scans every stored document for
 * what is left.
 *
 * An erase may stop part-way and is sent again: the unlinkable id it gives the resident is kept
 * on their `users` document until the end, so a second run finds the opinions the first one
 * already unlinked (their photos, their showcase entry) and finishes.
 */
import { randomBytes } from 'node:crypto';
import type { CollectionName } from '../platform/collections';
import { TEMPLATES } from '../config/templates';
import type { OpinionDoc, UserDoc } from '../model';
import type { Ports } from '../platform/ports';
import { moveOpinion } from '../opinions/after-write';
import { opinionsOfOpenidsForErase } from '../opinions/opinions.repo';
import { removeShowcaseEntriesOf } from '../campaigns/showcase.repo';
import { getDeputy } from '../deputies/deputies.repo';
import { activitiesOfDeputy } from '../deputies/duty.repo';
import { removeResidentOutboxOf } from '../notifications/outbox.repo';
import { removeLedgersOfTemplates } from '../notifications/subscriptions.repo';
import { reassignUploads, uploadsOwnedBy } from './uploads.repo';
import { addErasingUser, clearResidentOfUser, getUser, markUserErasing, removeUser } from './users.repo';
import { forgetClaimAttempts } from '../opinions/claim-limits';
import { forgetUploads, ownUploadsAmong, removeUploads } from './uploads';
import { allPhotos } from '../opinions/views/opinion-view';
import { eraseSecondsOf } from '../similar/second';

const FINISHED = ['closed', 'withdrawn', 'rejected'];
const digits = (s: string) => s.replace(/\D/g, '');

/** One erase in progress. */
export interface Erasing {
  ports: Ports;
  openid: string;
  /** The unlinkable id the resident's opinions and uploads get: random, so nothing derives it from the openid. */
  erasedId: string;
  /** The resident's opinions, including those this erase already unlinked. */
  mine: OpinionDoc[];
  /** Every phone on them, as digits (claim counters are keyed by it). */
  phones: string[];
  user?: UserDoc;
  /** Files the opinions step deleted (their upload records are forgotten after). */
  removed: string[];
}

type Plan = { holds: string; erase: (e: Erasing) => Promise<void> } | { holds: string; keeps: string };

const residentTemplates = Object.values(TEMPLATES).filter((t) => t.audience === 'resident').map((t) => t.key);

/**
 * What each collection holds of a resident and what erasing does, run in the order written:
 * claim counters before the phones leave the opinions; the showcase after the opinions refuse
 * publication; uploads after the opinions removed their photos; `users` last (it carries the
 * erase's progress).
 */
export const ERASURE: Record<CollectionName, Plan> = {
  counters: {
    holds: "today's claim attempts, keyed by a hash of the openid and of the phone",
    erase: ({ ports, openid, phones }) => forgetClaimAttempts(ports, openid, phones),
  },
  outbox: {
    holds: 'messages addressed to the resident: openid, tracking numbers, pages, their state (the in-app missed list)',
    erase: ({ ports, openid }) => removeResidentOutboxOf(ports, openid),
  },
  subscriptions: {
    holds: "the resident's credits per template, keyed by the openid",
    erase: ({ ports, openid }) => removeLedgersOfTemplates(ports, openid, residentTemplates),
  },
  seconds: {
    // Others' cases keep their words; the count of each case the resident joined is set again (decision 0036).
    holds: 'each 附议 of the resident (a case of another they joined): the openid in the key and in the document',
    erase: ({ ports, openid }) => eraseSecondsOf(ports, openid),
  },
  opinions: {
    // The search keys (the words' bigrams, the phone's last four digits) go in the same write: an erased case has none (change-opinion.ts, decision 0032).
    holds: 'openid, phone (and whether SMS may go to it), the request id its key derives from, photos, consents; the text the resident wrote and its search keys',
    erase: eraseOpinions,
  },
  showcase: {
    holds: "a published outcome of the resident's case (redacted, but published with their consent)",
    erase: ({ ports, mine }) => removeShowcaseEntriesOf(ports, mine.map((d) => d._id)),
  },
  uploads: {
    holds: "the uploader's openid on each file they uploaded",
    erase: eraseUploads,
  },
  identityaccess: {
    holds: "which staff member or admin was shown a case's phone or identity, when and why",
    keeps: 'the record of the access (its purpose is accountability): it names the case and the viewer, never the resident or the phone',
  },
  mediachecks: { holds: 'image checks of photos: opinion id, file id, verdict', keeps: 'nothing that leads to the resident' },
  regions: { holds: 'nothing of a resident', keeps: 'public administrative data' },
  stations: { holds: 'nothing of a resident', keeps: 'public station data' },
  deputies: { holds: "a deputy's bound openid", keeps: "a deputy's office, not resident data" },
  stats: { holds: 'counts by region, station, deputy, category and month', keeps: 'counts of nobody' },
  deputystats: { holds: "deputies' figures by period and where each is listed", keeps: 'counts of nobody' },
  jobs: { holds: "the scheduler's progress", keeps: 'nothing of a resident' },
  invites: { holds: 'deputy and staff invite codes (who used one)', keeps: 'role records, not resident data' },
  departments: { holds: 'the department directory', keeps: 'nothing of a resident' },
  categories: { holds: 'the categories region offices added (name, hint, department)', keeps: 'nothing of a resident' },
  replytemplates: { holds: "deputies' reply templates", keeps: 'nothing of a resident' },
  suggestions: { holds: "deputies' suggestions and the ids of the opinions behind them", keeps: 'ids of cases that no longer lead to the resident' },
  activities: { holds: "deputies' activities", keeps: "a deputy's duty record" },
  attendance: { holds: "deputies' check-ins", keeps: "a deputy's duty record" },
  rosterbatches: { holds: 'deputy rosters as imported by admins', keeps: 'nothing of a resident' },
  campaigns: { holds: 'campaigns and their periods', keeps: 'nothing of a resident' },
  migrations: { holds: 'which data migrations are done, and the last document id a running one finished', keeps: 'nothing of a resident' },
  simgroups: {
    holds: 'groups of similar opinions: member case ids, stations, counts per day, a label of the place and problem named (decision 0036)',
    keeps: 'counts and case ids that no longer lead to the resident; no words of theirs (a sample excerpt is read from a case when shown, an erased one has none)',
  },
  users: {
    holds: 'the openid as the document key, the privacy agreement, roles, the own phone for SMS reminders',
    erase: async ({ ports, openid, user }) => {
      // Someone who also holds an office keeps it (their roles are not resident data); a resident leaves nothing.
      if (user?.deputyId || user?.staffStationCodes?.length || user?.adminRegionCode) await clearResidentOfUser(ports, openid);
      else await removeUser(ports, openid);
    },
  },
};

/**
 * Unlinks the resident from every opinion: openid replaced by the unlinkable id, phone and the
 * request id removed, marked anonymous, no longer to be published; photos of finished cases
 * the resident uploaded are deleted (never a file someone else uploaded: decision 0015).
 */
async function eraseOpinions(e: Erasing): Promise<void> {
  const { ports, openid, erasedId } = e;
  for (const doc of e.mine) {
    if (doc.openid === erasedId) continue; // unlinked by this erase before it stopped
    // Photos first: a stop before the opinion's erase leaves it linked to the resident, so
    // erasing again finds it and finishes (removing a removed photo is harmless; its upload
    // record, forgotten only after every opinion, still says whose it was).
    const finished = FINISHED.includes(doc.status);
    const removed = new Set(finished ? await ownUploadsAmong(ports, openid, allPhotos(doc)) : []);
    for (const fileId of removed) {
      await ports.storage.remove(fileId).catch((err) => ports.log.error('photo not removed', { fileId, error: String(err) }));
      e.removed.push(fileId);
    }
    const kept = (photos: string[]) => photos.filter((fileId) => !removed.has(fileId));
    await moveOpinion(ports, doc._id, (fresh) => ({
      mover: 'resident',
      actor: { role: 'resident' },
      action: 'erase',
      set: {
        openid: erasedId,
        anonymous: true,
        allowContact: false,
        erasedAt: ports.clock.now(),
        // The consent to publish was the resident's: an erased case is not published (decision 0018).
        consentPublish: false,
        // The record no longer points at photos it removed.
        ...(removed.size > 0 ? { photos: kept(fresh.photos ?? []), additions: (fresh.additions ?? []).map((a) => ({ ...a, photos: kept(a.photos) })) } : {}),
      },
      // The phone goes (and the wish for SMS with it); the id is a hash of the openid and the
      // request id: without the request id it leads nowhere; an erased case is not published.
      unset: ['phone', 'smsNotify', 'requestId', 'publishedAt'],
    }));
  }
}

/**
 * The records of the photos removed are forgotten; the resident's uploads that nothing carries
 * (never attached, or no longer) are deleted with their files; the rest — photos of open cases,
 * a deputy's own photos — stay, owned by the unlinkable id.
 */
async function eraseUploads(e: Erasing): Promise<void> {
  const { ports, openid, erasedId } = e;
  await forgetUploads(ports, e.removed);
  const own = await uploadsOwnedBy(ports, openid);
  const carried = new Set([...e.mine.flatMap(allPhotos), ...(await deputyFiles(ports, e.user))]);
  await removeUploads(ports, own.map((u) => u.fileId).filter((fileId) => !carried.has(fileId)));
  await reassignUploads(ports, openid, erasedId);
}

/** Files a deputy's own record carries (their photo, one under review, activity photos): not the resident's to lose. */
async function deputyFiles(ports: Ports, user: UserDoc | undefined): Promise<string[]> {
  if (!user?.deputyId) return [];
  const deputy = await getDeputy(ports, user.deputyId);
  const activities = await activitiesOfDeputy(ports, user.deputyId);
  // An activity's earlier versions (corrected) keep their photos too.
  return [deputy?.photo ?? '', deputy?.photoCheck?.fileId ?? '', ...activities.flatMap((a) => [...a.photos, ...(a.edits ?? []).flatMap((e) => e.photos)])].filter(Boolean);
}

/** The unlinkable id of this erase: the one an earlier, stopped run chose, or a new random one. */
async function erasedIdOf(ports: Ports, openid: string, user: UserDoc | undefined): Promise<string> {
  if (user?.erasing) return user.erasing;
  const chosen = `erased-${randomBytes(12).toString('hex')}`;
  if (user) await markUserErasing(ports, openid, chosen);
  else await addErasingUser(ports, openid, chosen); // created meanwhile: read below
  // Two erases at once: the first id written holds.
  return (await getUser(ports, openid))?.erasing ?? chosen;
}

/** Erases everything of the resident (ERASURE); answers how many opinions were theirs. */
export async function eraseMine(ports: Ports, openid: string): Promise<number> {
  const found = await getUser(ports, openid);
  const erasedId = await erasedIdOf(ports, openid, found);
  const user = await getUser(ports, openid);
  const mine = await opinionsOfOpenidsForErase(ports, [openid, erasedId]);
  const phones = [...new Set(mine.flatMap((d) => (d.phone ? [digits(d.phone)] : [])))];
  const e: Erasing = { ports, openid, erasedId, mine, phones, user, removed: [] };
  for (const plan of Object.values(ERASURE)) if ('erase' in plan) await plan.erase(e);
  return mine.length;
}
