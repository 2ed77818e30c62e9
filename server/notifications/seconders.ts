/**
 * The residents who joined a case by 附议 (decision 0036) are told of its progress: accepted,
 * answered, resolved (core/second-rules.ts), in words of their own and never the note written to
 * its resident. Part of relaying the case's event (relay.ts), so it is as resumable as the rest:
 * the seconders are read by pages in id order and each entry is keyed per event × seconder ×
 * template, so a relay cut short and run again writes only what is missing and sends nothing
 * twice. Like any resident, a seconder is sent a message only with a subscription credit for its
 * template (the sender takes one; without, the entry is skipped and shows in their app), and
 * never by SMS (the case's phone is its resident's).
 */
import { seconderNotice } from '../../core/second-rules';
import type { Intent } from '../../core/notification-rules';
import { secondedPage } from '../config/pages';
import type { OpinionDoc } from '../model';
import type { Ports } from '../platform/ports';
import { secondersPage } from '../similar/seconds.repo';
import { buildEntry, enqueue } from './outbox/enqueue';

const PAGE = 100;

/** Writes the entries for the case's seconders of event `index`; answers the ids written now. */
export async function enqueueForSeconders(ports: Ports, doc: OpinionDoc, index: number, eventKey: string): Promise<string[]> {
  // A case nobody ever joined costs nothing (every join and leave writes its count's version).
  if (!doc.secondsVersion) return [];
  const event = doc.timeline[index];
  const notice = event ? seconderNotice({ ...event, at: new Date(event.at) }) : undefined;
  if (!notice) return [];
  const intent: Intent = {
    audience: 'resident',
    template: notice.template,
    values: { trackingNo: doc.trackingNo, statusPhrase: notice.statusPhrase, note: notice.note, stationName: doc.stationName, at: new Date(event!.at) },
  };
  const now = ports.clock.now();
  const written: string[] = [];
  for (let after = ''; ; ) {
    const page = await secondersPage(ports, doc._id, after, PAGE);
    const entries = page
      .filter((s) => s.openid !== doc.openid)
      .map((s) =>
        buildEntry(
          intent,
          { ref: s.openid, openid: s.openid, label: '附议居民' },
          { eventKey, opinionId: doc._id, trackingNo: doc.trackingNo, stationCode: doc.stationCode, stationName: doc.stationName, page: secondedPage(doc._id) },
          now,
        ),
      );
    written.push(...(await enqueue(ports, entries)));
    if (page.length < PAGE) return written;
    after = page[page.length - 1]!._id;
  }
}
