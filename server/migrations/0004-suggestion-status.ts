/**
 * 0004 — every suggestion has a status and the region whose office follows it up (decision 0034).
 *
 * Suggestions stored before they were followed to an answer carry neither: they read as just
 * submitted, but the office's list (admin.suggestions) finds suggestions by `regionPath` and
 * `status`, so it would not list them. This gives each the status `submitted`, version 0, its
 * submission as the first event, and the deputy's home region with its path. Each write is
 * conditional on the suggestion still having no status, so running it twice, or while offices
 * work, changes nothing the second time.
 */
import type { Migration } from '../platform/migrations';
import { storedDeputiesByIds } from '../deputies/deputies.repo';
import { regionsByCodes } from '../stations/regions.repo';
import { fillSuggestionFollowUp, suggestionsAfter } from '../opinions/suggestions.repo';

/** Suggestions per page (one checkpoint each). */
export const PAGE_SIZE = 50;

export const suggestionStatusBackfill: Migration = {
  id: '0004-suggestion-status',
  description: '为早先提出的代表建议补记办理状态（已提交）和跟踪它的地区（代表的选区）',
  async run(ports, resume) {
    let after = resume.after;
    for (;;) {
      const page = await suggestionsAfter(ports, after, PAGE_SIZE);
      if (page.length === 0) return 'done';
      const open = page.filter((s) => !s.status);
      const deputies = open.length ? await storedDeputiesByIds(ports, [...new Set(open.map((s) => s.deputyId))]) : [];
      const homes = [...new Set(deputies.map((d) => d.homeRegionCode))];
      const regions = homes.length ? await regionsByCodes(ports, homes) : [];
      let changed = 0;
      for (const s of open) {
        const code = deputies.find((d) => d._id === s.deputyId)?.homeRegionCode;
        const path = code ? (regions.find((r) => r._id === code)?.path ?? [code]) : [];
        const filled = await fillSuggestionFollowUp(ports, s._id, {
          status: 'submitted',
          version: 0,
          events: [{ at: s.createdAt, actor: { role: 'deputy', id: s.deputyId, name: s.deputyName }, action: 'submit', to: 'submitted' }],
          ...(code ? { regionCode: code, regionPath: path } : {}),
        });
        if (filled) changed++;
      }
      after = page[page.length - 1]!._id;
      const goOn = await resume.checkpoint(after, { processed: page.length, changed });
      if (page.length < PAGE_SIZE) return 'done';
      if (!goOn) return 'paused';
    }
  },
};
