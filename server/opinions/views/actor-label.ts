/** Who did something on an opinion, as the resident or the deputy reads it. */
import type { ActorRef } from '../../model';

export function actorLabel(actor: ActorRef, audience: 'resident' | 'deputy'): string {
  switch (actor.role) {
    case 'resident':
      return audience === 'resident' ? '我' : '居民';
    case 'deputy':
      return actor.name ? `${actor.name}代表` : '代表';
    case 'staff':
      return '联络站工作人员';
    case 'admin':
      return '人大工作人员';
    default:
      return '系统';
  }
}
