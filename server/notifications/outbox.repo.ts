/** The `outbox` collection: messages waiting to be sent, and their states. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { OpinionDoc } from '../model';
