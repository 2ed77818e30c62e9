import { LEVEL_LABELS } from '../../core/vocabulary';
import { AppError } from '../../core/errors';
import { PRIVACY_NOTICE_VERSION } from '../config/limits';
import { findAll, findById } from '../platform/db';
import { isDuplicateKey } from '../platform/db-errors';
import type { StationDoc, UserDoc } from '../model';
import { getRegion } from '../stations/regions.repo';
import { registerUpload } from '../users/uploads';
import { handlers } from './define';

export const userHandlers = handlers('user', {
  async me(_payload, { actor, ports }) {
    const stations = actor.staffStationCodes.length
      ? await findAll<StationDoc>(ports.db, 'stations', { _id: ports.db.command.in(actor.staffStationCodes) })
      : [];
    const region = actor.adminRegionCode ? await getRegion(ports, actor.adminRegionCode) : undefined;
    const user = actor.openid ? await findById<UserDoc>(ports.db, 'users', actor.openid) : undefined;
    return {
      identified: Boolean(actor.openid),
      privacyAgreed: Boolean(user?.privacyAgreedAt && user.privacyVersion === PRIVACY_NOTICE_VERSION),
      roles: [...actor.roles],
      ...(actor.deputy
        ? { deputy: { id: actor.deputy._id, name: actor.deputy.name, levelLabel: LEVEL_LABELS[actor.deputy.level] } }
        : {}),
      staffStations: stations.map((s) => ({ code: s._id, name: s.name })),
      ...(region ? { adminRegion: { code: region._id, name: region.name } } : {}),
    };
  },

  /** Records the agreement to the privacy notice; the user's roles are left untouched. */
  async agreePrivacy({ version }, { actor, ports }) {
    if (version !== PRIVACY_NOTICE_VERSION) {
      throw new AppError('INVALID_PAYLOAD', '隐私保护指引已更新,请重新阅读后同意');
    }
    const agreedAt = ports.clock.now();
    const data = { privacyAgreedAt: agreedAt, privacyVersion: version };
    const users = ports.db.collection('users');
    const res = await users.where({ _id: actor.openid }).update({ data });
    if (res.stats.updated === 0) {
      try {
        await users.add({ data: { _id: actor.openid, ...data } });
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
        await users.where({ _id: actor.openid }).update({ data });
      }
    }
    return { agreedAt: agreedAt.toISOString(), version };
  },

  /** The app uploaded a file to cloud storage itself; it becomes the caller's (decision 0015). */
  async registerUpload({ fileId, kind }, { actor, ports }) {
    const u = await registerUpload(ports, actor.openid!, fileId, kind);
    return { fileId: u.fileId, kind: u.kind };
  },
});
