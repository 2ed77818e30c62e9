/** The `campaigns` collection: the campaigns (专项活动) a region runs. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { OpinionDoc } from '../model';
