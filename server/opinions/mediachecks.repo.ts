/** The `mediachecks` collection: WeChat's asynchronous image checks waiting for their verdict. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { OpinionDoc } from '../model';
