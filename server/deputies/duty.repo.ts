/** The `activities` and `attendance` collection: a deputy's duty record: activities and reception-day check-ins. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { ActivityDoc, AttendanceDoc } from '../model';
