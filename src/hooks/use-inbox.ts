import type { INBOX_TABS } from '@core/contract/functions';
import { call } from '../api/client';
import { usePaged } from './use-paged';

export type InboxTab = (typeof INBOX_TABS)[number];

/** The deputy's inbox, one tab at a time; `last.counts` holds the count of every tab. */
export function useInbox(tab: InboxTab) {
  return usePaged(tab, (offset, limit) => call('deputy', 'inbox', { tab, offset, limit }));
}
