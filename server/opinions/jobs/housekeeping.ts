/**
 * Time-driven changes: resolved opinions nobody rated are closed after 15 days (by the
 * system, through the transition table), contact data of finished cases is erased after
 * the retention period (both in batches; the next tick continues), claim attempt counters
 * of past days are removed, and so are identity-access entries past their retention period.
 */
import { AppError } from '../../../core/errors';
import { RETENTION } from '../../config/limits';
import type { Status } from '../../../core/opinion-status';
import type { Ports } from '../../platform/ports';
import { removeIdentityAccessBefore } from '../../users/identityaccess.repo';
import { moveOpinion } from '../after-write';
import { eraseOpinionContact, opinionsInStatusUnchangedSince, opinionsWithPhoneUnchangedSince } from '../opinions.repo';
import { searchKeysOf } from '../../../core/search-keys';
import { remindCampaignReports } from '../../campaigns/campaigns';
import { sweepPastClaimAttempts } from '../claim-limits';
import { finishStuckRosters } from '../../roster/activation';
import { endTerms } from '../../roster/term-end';

const DAY = 86_400_000;
const BATCH = 50;
const FINISHED: Status[] = ['closed', 'withdrawn', 'rejected'];

export async function runHousekeeping(ports: Ports): Promise<{ autoClosed: number; contactErased: number }> {
  const now = ports.clock.now().getTime();

  const stale = await opinionsInStatusUnchangedSince(ports, 'resolved', new Date(now - RETENTION.autoCloseDays * DAY), BATCH);
  let autoClosed = 0;
  for (const doc of stale) {
    try {
      await moveOpinion(ports, doc._id, (fresh) => {
        if (fresh.status !== 'resolved') throw new AppError('TRANSITION_NOT_ALLOWED');
        return {
          to: 'closed',
          mover: 'system',
          actor: { role: 'system' },
          action: 'close',
          note: `办结${RETENTION.autoCloseDays}天未评价，自动归档`,
        };
      });
      autoClosed++;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }

  const old = await opinionsWithPhoneUnchangedSince(ports, FINISHED, new Date(now - RETENTION.contactDataDays * DAY), BATCH);
  let contactErased = 0;
  for (const doc of old) {
    // The phone's search key goes with it (decision 0032).
    contactErased += await eraseOpinionContact(ports, doc._id, doc.version, new Date(now), searchKeysOf({ ...doc, phone: undefined }));
  }
  // Claim attempt counters of past days count for nothing and are keyed by a phone's hash (decision 0018).
  const claimCounters = await sweepPastClaimAttempts(ports);
  if (claimCounters) ports.log.info('claim counters of past days removed', { count: claimCounters });
  // The identity-access log is kept for its retention period (decision 0018).
  const accessLogged = await removeIdentityAccessBefore(ports, new Date(now - RETENTION.identityAccessDays * DAY));
  if (accessLogged) ports.log.info('identity-access entries past retention removed', { count: accessLogged });
  // Issue 9: roster batches left half-finished, terms (届次) that ended, campaign report reminders.
  const rosters = await finishStuckRosters(ports);
  const termsEnded = await endTerms(ports);
  const campaignReminders = await remindCampaignReports(ports);
  if (rosters || termsEnded || campaignReminders) ports.log.info('admin housekeeping', { rosters, termsEnded, campaignReminders });
  return { autoClosed, contactErased };
}
