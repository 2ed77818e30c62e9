import { LEVEL_LABELS } from '../../core/vocabulary';
import { findAll } from '../db';
import type { StationDoc } from '../model';
import { getRegion } from '../repos/regions';
import { handlers } from './define';

export const userHandlers = handlers('user', {
  async me(_payload, { actor, ports }) {
    const stations = actor.staffStationCodes.length
      ? await findAll<StationDoc>(ports.db, 'stations', { _id: ports.db.command.in(actor.staffStationCodes) })
      : [];
    const region = actor.adminRegionCode ? await getRegion(ports, actor.adminRegionCode) : undefined;
    return {
      identified: Boolean(actor.openid),
      roles: [...actor.roles],
      ...(actor.deputy
        ? { deputy: { id: actor.deputy._id, name: actor.deputy.name, levelLabel: LEVEL_LABELS[actor.deputy.level] } }
        : {}),
      staffStations: stations.map((s) => ({ code: s._id, name: s.name })),
      ...(region ? { adminRegion: { code: region._id, name: region.name } } : {}),
    };
  },
});
