/**
 * 0008 — every opinion can be found as similar (decision 0036).
 *
 * The similar lookup and the grouping pass read an opinion's `simKeys` through the index
 * declared for them. The insert of an opinion writes them since; opinions stored before have
 * none, and nothing would find them as similar. This fills them in from the text, the place
 * field and the station (with its regions' place dictionaries, read once per station). Each
 * write is conditional on the opinion still having no keys and not being erased, so running it
 * twice, or while cases are worked, changes nothing the second time. A 汇总件 gets none: its
 * sources are what is found.
 */
import type { Migration } from '../platform/migrations';
import type { Ports } from '../platform/ports';
import { stationPage } from '../stations/stations.repo';
import { namesFor, similarFieldsOf } from '../similar/knowledge';
import { fillSimilarKeys, opinionSimilarSourcesAfter } from '../opinions/opinions.similar.repo';

/** Opinions per page (one checkpoint each): at most 50 conditional updates, well inside one server-API call. */
export const PAGE_SIZE = 50;

export const similarKeysBackfill: Migration = {
  id: '0008-similar-keys',
  description: '为早先写入的意见补记相似意见的关键词（查找同类意见、汇总整理按索引查询）',
  async run(ports, resume) {
    const names = new Map<string, string[]>();
    const namesAt = async (p: Ports, code: string): Promise<string[]> => {
      let n = names.get(code);
      if (!n) {
        const page = await stationPage(p, code);
        n = page ? namesFor(page.station, page.regions) : [];
        names.set(code, n);
      }
      return n;
    };
    let after = resume.after;
    for (;;) {
      const page = await opinionSimilarSourcesAfter(ports, after, PAGE_SIZE);
      if (page.length === 0) return 'done';
      let changed = 0;
      for (const row of page) {
        // A 汇总件 has no words of a resident's: it is never suggested as similar (it shows through its sources).
        if (row.simKeys || row.erasedAt || row.mergedSources) continue;
        const want = similarFieldsOf(row, await namesAt(ports, row.stationCode));
        if (want.simKeys && (await fillSimilarKeys(ports, row._id, want.simKeys))) changed++;
      }
      after = page[page.length - 1]!._id;
      const goOn = await resume.checkpoint(after, { processed: page.length, changed });
      if (page.length < PAGE_SIZE) return 'done';
      if (!goOn) return 'paused';
    }
  },
};
