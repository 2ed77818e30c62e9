/**
 * Every data migration, in the order they run (platform/migrations.ts runs each once, in
 * order, resumable). Add one as `NNNN-<name>.ts` with the next number and list it here;
 * never renumber, rename or remove one that has been deployed: its id is its record.
 */
import type { Migration } from '../platform/migrations';
import { openLoadOfBackfill } from './0001-open-load-of';
import { stationGeoBackfill } from './0002-station-geo';
import { statsLayoutByLevel } from './0003-stats-layout-by-level';
import { suggestionStatusBackfill } from './0004-suggestion-status';
import { searchKeysBackfill } from './0005-search-keys';
import { deputyRowsBackfill } from './0006-deputy-rows';
import { counterDayCells } from './0007-counter-day-cells';
import { similarKeysBackfill } from './0008-similar-keys';

export const MIGRATIONS: readonly Migration[] = [openLoadOfBackfill, stationGeoBackfill, statsLayoutByLevel, suggestionStatusBackfill, searchKeysBackfill, deputyRowsBackfill, counterDayCells, similarKeysBackfill];
