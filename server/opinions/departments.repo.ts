/** The `departments` collection: the departments an opinion can be forwarded to. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { DepartmentDoc } from '../model';
