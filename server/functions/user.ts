import { agreePrivacy, me } from '../users/account';
import { registerUpload } from '../users/uploads';
import { handlers } from './define';

export const userHandlers = handlers('user', {
  me: (_payload, { actor, ports }) => me(ports, actor),

  /** Records the agreement to the privacy notice; the user's roles are left untouched. */
  agreePrivacy: ({ version }, { actor, ports }) => agreePrivacy(ports, actor.openid!, version),

  /** The app uploaded a file to cloud storage itself; it becomes the caller's (decision 0015). */
  async registerUpload({ fileId, kind }, { actor, ports }) {
    const u = await registerUpload(ports, actor.openid!, fileId, kind);
    return { fileId: u.fileId, kind: u.kind };
  },
});
