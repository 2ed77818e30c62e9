/**
 * The one contract: every cloud function, its actions, who may call them, and their
 * payload and answer schemas. The app, the cloud functions and the local run all read this.
 */
import type { z } from 'zod';
import { userActions } from './actions/user';
import { stationActions } from './actions/station';
import { opinionActions } from './actions/opinion';
import { deputyActions } from './actions/deputy';
import { securityActions } from './actions/security';
import { setupActions } from './actions/setup';
import { subscriptionActions } from './actions/subscription';
import { schedulerActions } from './actions/scheduler';
import { adminActions } from './actions/admin';
import { adminDepartmentActions } from './actions/admin-departments';
import { identityAccessActions } from './actions/admin-identity-access';
import { staffActions } from './actions/staff';
import { documentsActions } from './actions/documents';
import { showcaseActions } from './actions/showcase';

export { INBOX_TABS } from './actions/deputy';

export const CONTRACT = {
  user: userActions,
  station: stationActions,
  opinion: opinionActions,
  deputy: deputyActions,
  setup: setupActions,
  security: securityActions,
  subscription: subscriptionActions,
  scheduler: schedulerActions,
  // The department group shares its schemas with staff's (whose module reads admin's), so it joins here.
  admin: { ...adminActions, ...adminDepartmentActions, ...identityAccessActions },
  staff: staffActions,
  documents: documentsActions,
  showcase: showcaseActions,
} as const;

export type Contract = typeof CONTRACT;
export type FunctionName = keyof Contract;
export type ActionName<F extends FunctionName> = keyof Contract[F] & string;
export type ActionOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A];

/** What the caller sends (defaults optional). */
export type PayloadIn<F extends FunctionName, A extends ActionName<F>> =
  ActionOf<F, A> extends { input: infer I extends z.ZodType } ? z.input<I> : never;
/** What the handler receives (defaults applied). */
export type Payload<F extends FunctionName, A extends ActionName<F>> =
  ActionOf<F, A> extends { input: infer I extends z.ZodType } ? z.output<I> : never;
export type Answer<F extends FunctionName, A extends ActionName<F>> =
  ActionOf<F, A> extends { output: infer O extends z.ZodType } ? z.output<O> : never;

export const FUNCTION_NAMES = Object.keys(CONTRACT) as FunctionName[];
