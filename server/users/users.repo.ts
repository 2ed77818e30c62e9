/** The `users` collection: who a WeChat user is here: roles, stations, privacy agreement. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { UserDoc } from '../model';
