/**
 * Local demo only: gives each demo persona a few subscription credits for the templates of
 * their roles, as if they had tapped "接收通知" in the app, so the messages page shows
 * messages from the first submission on. Never used in the cloud.
 */
import { TEMPLATES } from '../config/templates';
import type { Ports } from '../platform/ports';
import { recordGrant } from './credits';

export async function grantDemoCredits(ports: Ports, personas: readonly { openid: string; roles: readonly string[] }[], times = 5): Promise<void> {
  for (const p of personas) {
    for (const t of Object.values(TEMPLATES)) {
      if (!p.roles.includes(t.audience)) continue;
      for (let i = 0; i < (t.longTerm ? 1 : times); i++) await recordGrant(ports, p.openid, t.key, 'accept');
    }
  }
}
