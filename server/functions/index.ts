import type { FunctionName } from '../../core/contract';
import type { FunctionHandlers } from './dispatch';
import { deputyHandlers } from './deputy';
import { opinionHandlers } from './opinion';
import { schedulerHandlers } from './scheduler';
import { securityHandlers } from './security';
import { setupHandlers } from './setup';
import { stationHandlers } from './station';
import { subscriptionHandlers } from './subscription';
import { userHandlers } from './user';
import { adminHandlers } from './admin';
import { staffHandlers } from './staff';
import { documentsHandlers } from './documents';
import { showcaseHandlers } from './showcase';

/** Every function's handlers; a cloud function bundle imports only its own. */
export const HANDLERS: Record<FunctionName, FunctionHandlers> = {
  user: userHandlers,
  station: stationHandlers,
  opinion: opinionHandlers,
  deputy: deputyHandlers,
  setup: setupHandlers,
  security: securityHandlers,
  subscription: subscriptionHandlers,
  scheduler: schedulerHandlers,
  admin: adminHandlers,
  staff: staffHandlers,
  documents: documentsHandlers,
  showcase: showcaseHandlers,
};
