/** Creating the collections (the setup function): generic over collection names, so it sits in the platform. */
import { dbOf } from './db';
import { isCollectionExisting } from './db-errors';
import type { Ports } from './ports';

/** Creates each collection of `names` that does not exist yet; answers which were created now and which were there. */
export async function createCollections(ports: Ports, names: readonly string[]): Promise<{ created: string[]; existing: string[] }> {
  const created: string[] = [];
  const existing: string[] = [];
  for (const name of names) {
    try {
      await dbOf(ports).createCollection(name);
      created.push(name);
    } catch (e) {
      if (!isCollectionExisting(e)) throw e;
      existing.push(name);
    }
  }
  return { created, existing };
}
