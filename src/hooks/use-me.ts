import { call } from '../api/client';
import { useRemote } from './use-remote';

/** Who the caller is and which roles they hold (identity comes from the platform, not from us). */
export function useMe() {
  return useRemote('me', () => call('user', 'me', {}));
}
