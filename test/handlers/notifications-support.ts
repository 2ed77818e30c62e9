/** Helpers for the notification tests: credits, messages, ticks and direct opinion changes. */
import type { OpinionAction } from '../../core/opinion-events';
import type { Mover, Status } from '../../core/opinion-status';
import type { OpinionDoc } from '../../server/model';
import type { OutboxDoc } from '../../server/notifications/outbox/outbox-doc';
import { moveOpinion } from '../../server/opinions/after-write';
import type { Local } from '../support/local';
import { answerDialog } from '../../server/local/consent';

export const ADMIN = 'demo-admin-yuelu';
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** The person answers 允许 in WeChat's dialog for `key`, `times` times (WeChat and the app record it). */
export async function grant(t: Local, openid: string, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await answerDialog(t, openid, [key]);
}

export const messages = (t: Local, openid?: string, key?: string) =>
  t.subscribeMessages.messages(openid).filter((m) => !key || m.templateKey === key);

export const outbox = (t: Local): OutboxDoc[] => t.store.scan('outbox', []) as unknown as OutboxDoc[];
export const entriesFor = (t: Local, openid: string, key?: string) =>
  outbox(t).filter((e) => e.openid === openid && (!key || e.templateKey === key));

export const tick = (t: Local) => t.ok('scheduler', 'tick', {}, ADMIN);

export const opinion = (t: Local, id: string) => t.doc<OpinionDoc>('opinions', id);

/**
 * A change made as the handlers make it (for actions whose handlers are not written yet),
 * then the relay that follows every write within a minute (server/scheduler/relay.ts).
 */
export async function change(
  t: Local,
  id: string,
  c: { to?: Status; mover: Mover; action: OpinionAction; note?: string; set?: Partial<OpinionDoc> },
  role: 'resident' | 'deputy' | 'staff' | 'admin' | 'system' = c.mover === 'office' ? 'admin' : c.mover,
) {
  const written = await moveOpinion(t.ports, id, () => ({ ...c, actor: { role } }));
  await t.relay();
  return written;
}

/** Every delivered message is unique per outbox key, and every sent entry has exactly one. */
export function assertNoDuplicates(t: Local): void {
  const sent = outbox(t).filter((e) => e.state === 'sent');
  const delivered = t.subscribeMessages.messages();
  expect(delivered.length).toBe(sent.length);
  const keys = new Set(sent.map((e) => e.key));
  expect(keys.size).toBe(sent.length);
}
