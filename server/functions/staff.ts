/** The "staff" function: the station staff's desk. Every action checks the caller's own stations. */
import { listDepartments, removeDepartment, saveDepartment } from '../opinions/departments';
import { resetClaimLimits } from '../opinions/claim-limits';
import { deputyPhotoReviews, reviewDeputyPhoto } from '../deputies/photo-review';
import { issueInvite } from '../roster/issue-invite';
import { publish, unpublish } from '../campaigns/showcase';
import { enterOpinion } from '../opinions/staff-entry';
import { queue } from '../opinions/staff-queue';
import { searchCases } from '../opinions/search';
import { caseworkHandlers } from './casework';
import { groupHandlers } from './similar-groups';
import { mergeHandlers } from './merge';
import { myAttachableDeputies } from '../stations/deputies';
import { myStations, setLeaves, setMyStationDeputies, setSchedule, updateStation } from '../stations/edit';
import { myStationCode } from '../stations/qr';
import { officeStaffHandlers } from './office';
import { handlers } from './define';

export const staffHandlers = handlers('staff', {
  myStations: (_p, { actor, ports }) => myStations(ports, actor),
  updateStation: (p, { actor, ports }) => updateStation(ports, actor, p),
  setDeputies: (p, { actor, ports }) => setMyStationDeputies(ports, actor, p),
  setSchedule: (p, { actor, ports }) => setSchedule(ports, actor, p.code, p.schedule),
  setLeaves: (p, { actor, ports }) => setLeaves(ports, actor, p.code, p.deputyId, p.leaves, p.base),
  stationCode: ({ code }, { actor, ports }) => myStationCode(ports, actor, code),
  queue: (p, { actor, ports }) => queue(ports, actor, p),
  enter: (p, { actor, ports }) => enterOpinion(ports, actor, p),
  async resetClaim({ trackingNo }, { actor, ports }) {
    const doc = await resetClaimLimits(ports, actor, trackingNo);
    return { id: doc._id, trackingNo: doc.trackingNo };
  },
  publish: (p, { actor, ports }) => publish(ports, actor, p),
  unpublish: (p, { actor, ports }) => unpublish(ports, actor, p.id),
  deputyPhotoReviews: (p, { actor, ports }) => deputyPhotoReviews(ports, actor, p.code),
  reviewDeputyPhoto: (p, { actor, ports }) => reviewDeputyPhoto(ports, actor, p),
  departments: (_p, { actor, ports }) => listDepartments(ports, actor, 'staff'),
  saveDepartment: (p, { actor, ports }) => saveDepartment(ports, actor, 'staff', p),
  removeDepartment: (p, { actor, ports }) => removeDepartment(ports, actor, 'staff', p.id),
  issueInvite: (p, { actor, ports }) => issueInvite(ports, actor, p.deputyId, p.stationCode),
  attachableDeputies: ({ code }, { actor, ports }) => myAttachableDeputies(ports, actor, code),
  ...caseworkHandlers('staff'),
  ...groupHandlers('staff'),
  ...mergeHandlers('staff'),
  ...officeStaffHandlers,
  search: (p, { actor, ports }) => searchCases(ports, actor, 'staff', p),
});
