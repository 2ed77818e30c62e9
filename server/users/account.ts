/** The caller's own account: who they are here (roles, stations, region) and their agreement to the privacy notice. */
import { AppError } from '../../core/errors';
import { LEVEL_LABELS } from '../../core/vocabulary';
import { PRIVACY_NOTICE_VERSION } from '../config/limits';
import type { Ports } from '../platform/ports';
import { getRegion } from '../stations/regions.repo';
import { stationsByCodes } from '../stations/stations.repo';
import type { Actor } from './actor';
import { getUser, recordPrivacyAgreement } from './users.repo';

/** Who the caller is: identified or not, whether they agreed to the current notice, their roles and what each covers. */
export async function me(ports: Ports, actor: Actor) {
  const stations = actor.staffStationCodes.length ? await stationsByCodes(ports, actor.staffStationCodes) : [];
  const region = actor.adminRegionCode ? await getRegion(ports, actor.adminRegionCode) : undefined;
  const user = actor.openid ? await getUser(ports, actor.openid) : undefined;
  return {
    identified: Boolean(actor.openid),
    privacyAgreed: Boolean(user?.privacyAgreedAt && user.privacyVersion === PRIVACY_NOTICE_VERSION),
    roles: [...actor.roles],
    ...(actor.deputy ? { deputy: { id: actor.deputy._id, name: actor.deputy.name, levelLabel: LEVEL_LABELS[actor.deputy.level] } } : {}),
    staffStations: stations.map((s) => ({ code: s._id, name: s.name })),
    ...(region ? { adminRegion: { code: region._id, name: region.name } } : {}),
  };
}

/** Records the agreement to the privacy notice `version` (only the current one); the user's roles are left untouched. */
export async function agreePrivacy(ports: Ports, openid: string, version: string) {
  if (version !== PRIVACY_NOTICE_VERSION) {
    throw new AppError('INVALID_PAYLOAD', '隐私保护指引已更新，请重新阅读后同意');
  }
  const agreedAt = ports.clock.now();
  await recordPrivacyAgreement(ports, openid, agreedAt, version);
  return { agreedAt: agreedAt.toISOString(), version };
}
