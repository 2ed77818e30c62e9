/** Puts the demo data in an empty store, through the same database client as the handlers. */
import { dbOf, idsAfter } from '../platform/db';
import type { Ports } from '../platform/ports';
import { addStation } from '../stations/stations.repo';
import { refreshMemberships } from '../dashboard/deputy-rows';
import { DEMO_DEPARTMENTS, DEMO_DEPUTIES, DEMO_REGIONS, demoInvites, demoStations, demoUsers } from './demo-data';

export async function seedIfEmpty(ports: Ports): Promise<boolean> {
  // One id in _id order (a count of a whole collection would read all of it).
  if ((await idsAfter(dbOf(ports), 'regions', '', 1)).length > 0) return false;
  const add = (collection: string, docs: object[]) =>
    Promise.all(docs.map((data) => dbOf(ports).collection(collection).add({ data })));
  await add('regions', DEMO_REGIONS);
  await add('deputies', DEMO_DEPUTIES);
  // Through the repository, which writes each station's position as its geo point too (station.nearest).
  await Promise.all(demoStations(ports.clock.now()).map((s) => addStation(ports, s)));
  await add('users', demoUsers(ports.clock.now()));
  await add('departments', DEMO_DEPARTMENTS);
  await add('invites', demoInvites(ports.clock.now()));
  // Where each deputy is listed for the office's oversight, as the daily pass would (decision 0033).
  await refreshMemberships(ports, DEMO_DEPUTIES.map((d) => d._id));
  return true;
}
