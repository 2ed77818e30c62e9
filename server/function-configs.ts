/**
 * What each cloud function needs from the platform: its timeout and the openapi calls it
 * makes (written to its config.json as `permissions.openapi`). One place, read by the build.
 */
import type { FunctionName } from '../core/contract';

export interface FunctionConfig {
  timeout: number; // seconds, ≤ 60
  openapi: string[];
  triggers?: { name: string; type: 'timer'; config: string }[];
}

export const FUNCTION_CONFIGS: Record<FunctionName, FunctionConfig> = {
  user: { timeout: 5, openapi: [] },
  station: { timeout: 5, openapi: [] },
  opinion: { timeout: 10, openapi: [] },
  deputy: { timeout: 10, openapi: [] },
  setup: { timeout: 20, openapi: [] },
};
