/** The admin function's identity-access group: the record of staff and admins shown residents' phones (decision 0018). */
import { identityAccessLog } from '../users/identity-access';
import type { HandlersOf } from './define';

export const identityAccessHandlers: Pick<HandlersOf<'admin'>, 'identityAccessLog'> = {
  identityAccessLog: (p, { actor, ports }) => identityAccessLog(ports, actor, p),
};
