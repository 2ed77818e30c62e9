/** The "admin" function: a region admin's stations and staff (issue 8). Other admin groups go below. */
import {
  adminAttachableDeputies,
  adminRegions,
  createStation,
  listStations,
  retireStation,
  setAdminStationDeputies,
  setStaffStation,
} from '../stations/admin';
import { dashboardHandlers } from './admin-dashboard';
import { oversightHandlers } from './admin-oversight';
import { adminCampaignHandlers } from './admin-campaign';
import { adminCategoryHandlers } from './admin-categories';
import { adminDepartmentHandlers } from './admin-departments';
import { identityAccessHandlers } from './admin-identity-access';
import { adminRosterHandlers } from './admin-roster';
import { caseworkHandlers } from './casework';
import { groupHandlers, hotTopicHandlers } from './similar-groups';
import { mergeHandlers } from './merge';
import { officeAdminHandlers } from './office';
import { searchCases } from '../opinions/search';
import { adminSuggestionHandlers } from './admin-suggestions';
import { handlers } from './define';

export const adminHandlers = handlers('admin', {
  // —— stations and staff ——
  regions: (_p, { actor, ports }) => adminRegions(ports, actor),
  stations: async (_p, { actor, ports }) => ({ items: await listStations(ports, actor) }),
  createStation: (p, { actor, ports }) => createStation(ports, actor, p),
  retireStation: (p, { actor, ports }) => retireStation(ports, actor, p.code, p.movedTo),
  giveStation: (p, { actor, ports }) => setStaffStation(ports, actor, p.code, p.openid, true),
  takeStation: (p, { actor, ports }) => setStaffStation(ports, actor, p.code, p.openid, false),
  setStationDeputies: (p, { actor, ports }) => setAdminStationDeputies(ports, actor, p),
  attachableDeputies: ({ code }, { actor, ports }) => adminAttachableDeputies(ports, actor, code),
  ...dashboardHandlers,
  ...oversightHandlers,
  ...adminRosterHandlers,
  ...adminCampaignHandlers,
  ...adminDepartmentHandlers,
  ...adminCategoryHandlers,
  ...identityAccessHandlers,
  ...caseworkHandlers('admin'),
  ...groupHandlers('admin'),
  ...hotTopicHandlers,
  ...mergeHandlers('admin'),
  ...officeAdminHandlers,
  search: (p, { actor, ports }) => searchCases(ports, actor, 'admin', p),
  ...adminSuggestionHandlers,
});
