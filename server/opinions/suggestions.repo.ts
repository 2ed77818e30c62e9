/** The `suggestions` collection: opinions turned into deputies' suggestions. Every read and write of it goes through this module. */
import { dbOf, findAll, findById } from '../platform/db';
import type { Ports } from '../platform/ports';
import type { SuggestionDoc } from '../model';
