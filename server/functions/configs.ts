/**
 * What each cloud function needs from the platform: its timeout, memory and the openapi calls
 * it makes (written to its config.json as `permissions.openapi`). One place, read by the build
 * and by the deploy plan (scripts/deploy/plan.ts). Every function that changes opinions sends
 * the resulting notifications right away (the after-write step), hence `subscribeMessage.send`
 * and, for the optional SMS fallback (server/config/sms.ts), `cloudbase.sendSmsV2` with the URL
 * Link it carries (`urllink.generate`); the scheduler sends the rest.
 */
import type { FunctionName } from '../../core/contract';

/**
 * The runtime every function is created with (a function's runtime cannot be changed after it
 * is created), and the bundler target that matches it: a bundle never uses syntax its runtime
 * cannot run (test/unit/deploy-plan.test.ts).
 */
export const CLOUD_RUNTIME = 'Nodejs18.15';
export const BUNDLE_TARGET = 'node18';

export interface FunctionConfig {
  timeout: number; // seconds, ≤ 60
  /** MB: 128, 256, 512, 1024 or 2048. */
  memoryMb: number;
  openapi: string[];
  triggers?: { name: string; type: 'timer'; config: string }[];
}

/** What sending notifications calls: subscription messages, and SMS with a URL Link when no grant works. */
const SENDS = ['subscribeMessage.send', 'cloudbase.sendSmsV2', 'urllink.generate'];

export const FUNCTION_CONFIGS: Record<FunctionName, FunctionConfig> = {
  // Registering an upload reads the file from storage and checks it (decision 0015).
  user: { timeout: 10, memoryMb: 256, openapi: [] },
  station: { timeout: 5, memoryMb: 256, openapi: [] },
  opinion: { timeout: 15, memoryMb: 256, openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', ...SENDS] },
  deputy: { timeout: 10, memoryMb: 256, openapi: ['security.msgSecCheck', ...SENDS] },
  setup: { timeout: 20, memoryMb: 256, openapi: [] },
  security: { timeout: 10, memoryMb: 256, openapi: [...SENDS] },
  subscription: { timeout: 5, memoryMb: 256, openapi: [] },
  // Every minute (7 fields: second minute hour day month weekday year; one trigger per function):
  // the relay each time, the whole tick every fifth minute (server/scheduler/cadence.ts).
  scheduler: {
    timeout: 60,
    memoryMb: 256,
    openapi: [...SENDS],
    triggers: [{ name: 'tick', type: 'timer', config: '0 * * * * * *' }],
  },
  // Roster imports (2,000 rows checked, then written on activation) and exports read and write in bulk.
  admin: { timeout: 60, memoryMb: 512, openapi: [] },
  // Assigning, rejecting, releasing and entering opinions notify right away; entries pass content security.
  staff: { timeout: 15, memoryMb: 256, openapi: ['wxacode.getUnlimited', 'security.msgSecCheck', ...SENDS] },
  // PDFs with the embedded font; a batch of posters calls wxacode.getUnlimited once per station.
  documents: { timeout: 60, memoryMb: 512, openapi: ['wxacode.getUnlimited'] },
  showcase: { timeout: 5, memoryMb: 256, openapi: [] },
};
