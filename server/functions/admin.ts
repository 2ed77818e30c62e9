/** The "admin" function: a region admin's stations and staff (issue 8). Other admin groups go below. */
import { attachableDeputies, setStationDeputies } from '../stations/deputies';
import { createStation, listStations, regionsBelow, retireStation, setStaffStation, stationItem } from '../stations/admin';
import { adminRegion, requireAdminStation } from '../stations/scope';
import { dashboardHandlers } from './admin-dashboard';
import { adminCampaignHandlers } from './admin-campaign';
import { adminDepartmentHandlers } from './admin-departments';
import { identityAccessHandlers } from './admin-identity-access';
import { adminRosterHandlers } from './admin-roster';
import { handlers } from './define';

export const adminHandlers = handlers('admin', {
  // —— stations and staff ——
  async regions(_p, { actor, ports }) {
    const region = await adminRegion(ports, actor);
    const below = await regionsBelow(ports, region);
    return {
      items: below.map((r) => ({ code: r._id, name: r.name, kind: r.kind, depth: r.path.length - region.path.length })),
    };
  },
  async stations(_p, { actor, ports }) {
    return { items: await listStations(ports, actor) };
  },
  createStation: (p, { actor, ports }) => createStation(ports, actor, p),
  retireStation: (p, { actor, ports }) => retireStation(ports, actor, p.code, p.movedTo),
  giveStation: (p, { actor, ports }) => setStaffStation(ports, actor, p.code, p.openid, true),
  takeStation: (p, { actor, ports }) => setStaffStation(ports, actor, p.code, p.openid, false),
  async setStationDeputies(p, { actor, ports }) {
    const { station, region } = await requireAdminStation(ports, actor, p.code);
    await setStationDeputies(ports, station, p.deputyIds, region.path, p.base);
    return stationItem(ports, p.code);
  },
  async attachableDeputies({ code }, { actor, ports }) {
    const { station, region } = await requireAdminStation(ports, actor, code);
    return { items: await attachableDeputies(ports, station, region.path), scopeName: region.name };
  },
  ...dashboardHandlers,
  ...adminRosterHandlers,
  ...adminCampaignHandlers,
  ...adminDepartmentHandlers,
  ...identityAccessHandlers,
});
