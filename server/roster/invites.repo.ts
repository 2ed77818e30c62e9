/** The `invites` collection: binding codes for deputies and staff. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { InviteDoc } from '../model';
