/**
 * Messages per second through the outbox: claim → credit → send (the local stand-in, which
 * checks every field) → record, over the in-memory store through the genuine SDK client.
 */
import { MovableClock } from '../../emulator/clock';
import { createRuntime } from '../../server/local/runtime';
import { buildEntry, enqueue } from '../../server/notifications/outbox/enqueue';
import { drainOutbox } from '../../server/notifications/outbox/sender';
import { dbOf } from '../../server/platform/db';
import { TEMPLATES } from '../../server/config/templates';

export async function benchOutboxDrain(count = 600): Promise<Record<string, number>> {
  const rt = createRuntime({ dataDir: ':memory:', clock: new MovableClock() });
  try {
    const setup = await rt.callAsPlatform('setup', { action: 'init' });
    if (!setup.ok) throw new Error(setup.message);
    const recipients = Array.from({ length: 10 }, (_, i) => `bench-user-${i}`);
    const now = rt.clock.now();
    const progressId = TEMPLATES.opinion_progress.templateId;
    for (const openid of recipients) {
      // WeChat's record: `count` acceptances of the one-time template; the app's ledger likewise.
      for (let i = 0; i < count; i++) rt.wxSubscriptions.request(openid, [progressId], 'accept', now);
      await dbOf(rt.ports).collection('subscriptions').add({
        data: { _id: `opinion_progress.${openid}`, openid, templateKey: 'opinion_progress', credits: count, granted: count, used: 0, subscribed: true, updatedAt: now },
      });
    }
    const entries = Array.from({ length: count }, (_, n) =>
      buildEntry(
        { audience: 'resident', template: 'opinion_progress', values: { trackingNo: `430104-20261130-${n}`, statusPhrase: '已受理', note: '代表已受理,正在办理', at: now } },
        { ref: recipients[n % 10], openid: recipients[n % 10], label: '居民' },
        { eventKey: `bench-${n}`, page: `pages/opinion/index?id=op${n}` },
        now,
      ),
    );
    await enqueue(rt.ports, entries);
    const started = process.hrtime.bigint();
    const report = await drainOutbox(rt.ports, { limit: count * 2, budgetMs: 120_000 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (report.sent !== count) throw new Error(`expected ${count} sent, got ${JSON.stringify(report)}`);
    return { outbox_drain_per_s: (report.sent / ms) * 1000 };
  } finally {
    rt.close();
  }
}
