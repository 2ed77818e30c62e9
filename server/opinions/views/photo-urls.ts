import type { OpinionDoc } from '../../model';
import type { Ports } from '../../platform/ports';
import { allPhotos } from './opinion-view';

/** Display URLs for every photo of an opinion (temporary URLs in the cloud). */
export async function photoUrlsOf(ports: Ports, doc: OpinionDoc): Promise<Record<string, string>> {
  const ids = allPhotos(doc);
  const urls = await Promise.all(ids.map((id) => ports.storage.urlOf(id).catch(() => '')));
  return Object.fromEntries(ids.map((id, i) => [id, urls[i]]));
}
