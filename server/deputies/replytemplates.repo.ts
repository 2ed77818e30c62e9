/** The `replytemplates` collection: a deputy's saved replies. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { ReplyTemplateDoc } from '../model';
