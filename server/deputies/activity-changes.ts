/**
 * A deputy corrects or withdraws an activity they typed in (issue 23): only their own, not a
 * check-in's automatic 接待, for ACTIVITY_CHANGE_DAYS after recording it. A correction keeps
 * the activity as it was in its history (`edits`, append-only); a withdrawal marks it (with
 * the reason) and it is counted nowhere from then on — the duty record and the campaign
 * summary leave it out when they read the activities, the office's per-deputy rows move by
 * one (server/dashboard/deputy-rows.ts).
 *
 * Each change is one update on the condition that the activity is still at the version the
 * deputy's page read (decision 0003), moving it to the next version; only the request whose
 * write won moves the rows. A retry of a change that landed (a lost answer) finds the
 * activity already as asked and answers it, writing nothing; a different change made
 * meanwhile (another phone) is ACTIVITY_CHANGED. A process stopped between the write and the
 * rows leaves the rows one off until `npm run stats:rebuild` (decision 0033).
 */
import { beijingDate } from '../../core/beijing-time';
import type { Payload } from '../../core/contract';
import { ACTIVITY_CHANGE_DAYS } from '../../core/duty-record';
import { AppError } from '../../core/errors';
import type { ActivityDoc, ActivityEdit } from '../model';
import type { Ports } from '../platform/ports';
import { checkDeputyText } from '../opinions/deputy-work';
import type { Actor } from '../users/actor';
import { requireOwnImages } from '../users/uploads';
import { moveActivityCount } from '../dashboard/deputy-rows';
import { activityView, changeableUntil } from './duty';
import { changeActivityAsRead, getActivity } from './duty.repo';

type Correction = Payload<'deputy', 'updateActivity'>;

/** The deputy's own activity, or NOT_FOUND (another deputy's reads as missing). */
async function ownActivity(ports: Ports, actor: Actor, id: string): Promise<ActivityDoc> {
  const a = await getActivity(ports, id);
  if (!a || a.deputyId !== actor.deputy!._id) throw new AppError('NOT_FOUND', '没有找到这条履职活动', `${actor.deputy!._id} on activity ${id}`);
  return a;
}

/** Refuses a change the activity no longer allows. */
function assertChangeable(ports: Ports, a: ActivityDoc): void {
  if (a.automatic) throw new AppError('ACTIVITY_AUTOMATIC');
  if (a.withdrawn) throw new AppError('ACTIVITY_WITHDRAWN');
  if (!changeableUntil(a, beijingDate(ports.clock.now()))) {
    throw new AppError('ACTIVITY_LOCKED', `履职活动记录后${ACTIVITY_CHANGE_DAYS}天内可以修改或撤回，这条已超过期限`);
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether the activity reads as the correction asks. */
const reads = (a: ActivityDoc, p: Correction) =>
  a.kind === p.kind && a.date === p.date && a.place === p.place && a.people === p.people && a.summary === p.summary && sameList(a.photos, p.photos);

/** Corrects the deputy's activity (kind, date, place, people, summary, photos), keeping what it was. */
export async function updateActivity(ports: Ports, actor: Actor, p: Correction) {
  const a = await ownActivity(ports, actor, p.id);
  const version = a.version ?? 0;
  // Already as asked: a retry of a correction that landed, or nothing changed.
  if (!a.withdrawn && reads(a, p)) return activityView(ports, a);
  if (version !== p.version) throw new AppError('ACTIVITY_CHANGED');
  assertChangeable(ports, a);
  const now = ports.clock.now();
  if (p.date > beijingDate(now)) throw new AppError('INVALID_PAYLOAD', '活动日期不能晚于今天');
  await requireOwnImages(ports, actor.openid!, p.photos.filter((f) => !a.photos.includes(f)));
  const texts = [p.place, p.people, p.summary].filter((t, i) => t !== [a.place, a.people, a.summary][i]);
  if (texts.length) await checkDeputyText(ports, actor, ...texts);
  const previous: ActivityEdit = { version, kind: a.kind, date: a.date, place: a.place, people: a.people, summary: a.summary, photos: a.photos, replacedAt: now };
  const change = { kind: p.kind, date: p.date, place: p.place, people: p.people, summary: p.summary, photos: p.photos, updatedAt: now };
  if (!(await changeActivityAsRead(ports, a._id, a.deputyId, version, change, previous))) {
    // Someone wrote first: the same correction (a retry sent at once) is an answer, anything else a conflict.
    const now2 = await ownActivity(ports, actor, p.id);
    if (!now2.withdrawn && reads(now2, p)) return activityView(ports, now2);
    throw new AppError('ACTIVITY_CHANGED');
  }
  // This request moved the activity: it alone moves the count (when the month changed).
  await moveActivityCount(ports, actor.deputy!, a.date, p.date);
  return activityView(ports, { ...a, ...change, version: version + 1, edits: [...(a.edits ?? []), previous] });
}

/** Withdraws the deputy's activity with a reason: kept and marked, counted nowhere. */
export async function withdrawActivity(ports: Ports, actor: Actor, p: Payload<'deputy', 'withdrawActivity'>) {
  const a = await ownActivity(ports, actor, p.id);
  if (a.withdrawn) return activityView(ports, a); // a retry, or withdrawn already
  const version = a.version ?? 0;
  if (version !== p.version) throw new AppError('ACTIVITY_CHANGED');
  assertChangeable(ports, a);
  await checkDeputyText(ports, actor, p.reason);
  const now = ports.clock.now();
  const withdrawn = { at: now, reason: p.reason };
  if (!(await changeActivityAsRead(ports, a._id, a.deputyId, version, { withdrawn, updatedAt: now }))) {
    const now2 = await ownActivity(ports, actor, p.id);
    if (now2.withdrawn) return activityView(ports, now2);
    throw new AppError('ACTIVITY_CHANGED');
  }
  await moveActivityCount(ports, actor.deputy!, a.date, null);
  return activityView(ports, { ...a, withdrawn, updatedAt: now, version: version + 1 });
}
