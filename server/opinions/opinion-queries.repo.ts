/** The `opinions` collection: the queries on opinions (the write path, changeOpinion, is in opinions.repo.ts). Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { OpinionDoc } from '../model';
