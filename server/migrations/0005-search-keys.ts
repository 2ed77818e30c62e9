/**
 * 0005 — every opinion can be found by search (decision 0032).
 *
 * Search reads an opinion's `searchKeys` (the bigrams of the resident's words, the key of the
 * phone's last four digits) and its `countyCode` through the indexes declared for search. The
 * write that creates an opinion or changes its words writes them since; opinions stored before
 * have neither, and search would not find them. This fills them in from what is stored. Each
 * write is conditional on its sources not having moved since the page was read (still no keys,
 * not erased, the same phone), so running it twice, or while cases are worked, changes nothing
 * the second time and never gives an erased case its keys back.
 */
import type { Migration } from '../platform/migrations';
import { fillSearchFields, opinionSearchSourcesAfter } from '../opinions/opinions.lists.repo';
import { searchFieldsOf } from '../opinions/search-fields';

/** Opinions per page (one checkpoint each): at most 50 conditional updates, well inside one server-API call. */
export const PAGE_SIZE = 50;

export const searchKeysBackfill: Migration = {
  id: '0005-search-keys',
  description: '为早先写入的意见补记查找用的关键词和所在县区（查找意见按索引查询）',
  async run(ports, resume) {
    let after = resume.after;
    for (;;) {
      const page = await opinionSearchSourcesAfter(ports, after, PAGE_SIZE);
      if (page.length === 0) return 'done';
      let changed = 0;
      for (const row of page) {
        const want = searchFieldsOf(row);
        const fields = {
          ...(want.searchKeys && !row.searchKeys ? { searchKeys: want.searchKeys } : {}),
          ...(want.countyCode && !row.countyCode ? { countyCode: want.countyCode } : {}),
        };
        if (Object.keys(fields).length > 0 && (await fillSearchFields(ports, row, fields))) changed++;
      }
      after = page[page.length - 1]!._id;
      const goOn = await resume.checkpoint(after, { processed: page.length, changed });
      if (page.length < PAGE_SIZE) return 'done';
      if (!goOn) return 'paused';
    }
  },
};
