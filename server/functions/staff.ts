/** The "staff" function: the station staff's desk. Every action checks the caller's own stations. */
import { AppError } from '../../core/errors';
import { findAll } from '../platform/db';
import type { StationDoc } from '../model';
import { getRegion } from '../stations/regions.repo';
import { requireStation } from '../stations/stations.repo';
import { listDepartments, removeDepartment, saveDepartment } from '../opinions/departments';
import { resetClaimLimits } from '../opinions/claim-limits';
import { deputyPhotoReviews, reviewDeputyPhoto } from '../deputies/photo-review';
import { issueInvite } from '../roster/issue-invite';
import { publish, unpublish } from '../campaigns/showcase';
import { enterOpinion } from '../opinions/staff-entry';
import { assign, followUp, queue, reject, release } from '../opinions/staff-queue';
import { attachableDeputies, setStationDeputies, staffScopePath } from '../stations/deputies';
import { setLeaves, setSchedule, staffStationView, updateStation } from '../stations/edit';
import { saveStationQr } from '../stations/qr';
import { requireMyStation } from '../stations/scope';
import { handlers } from './define';

export const staffHandlers = handlers('staff', {
  async myStations(_p, { actor, ports }) {
    const stations = await findAll<StationDoc>(ports.db, 'stations', { _id: ports.db.command.in(actor.staffStationCodes) });
    stations.sort((a, b) => actor.staffStationCodes.indexOf(a._id) - actor.staffStationCodes.indexOf(b._id));
    return { items: await Promise.all(stations.map((s) => staffStationView(ports, s))) };
  },
  updateStation: (p, { actor, ports }) => updateStation(ports, actor, p),
  async setDeputies(p, { actor, ports }) {
    const station = await requireMyStation(ports, actor, p.code);
    if (station.status === 'retired') throw new AppError('STATION_RETIRED', '这个联络站已撤并,不能再修改');
    await setStationDeputies(ports, station, p.deputyIds, staffScopePath(station), p.base);
    return staffStationView(ports, await requireStation(ports, p.code));
  },
  setSchedule: (p, { actor, ports }) => setSchedule(ports, actor, p.code, p.schedule),
  setLeaves: (p, { actor, ports }) => setLeaves(ports, actor, p.code, p.deputyId, p.leaves, p.base),
  async stationCode({ code }, { actor, ports }) {
    const station = await requireMyStation(ports, actor, code);
    const qr = await saveStationQr(ports, station);
    return { scene: qr.scene, page: qr.page, fileId: qr.fileId, url: qr.url };
  },
  queue: (p, { actor, ports }) => queue(ports, actor, p),
  assign: (p, { actor, ports }) => assign(ports, actor, p),
  reject: (p, { actor, ports }) => reject(ports, actor, p.id, p.reason),
  release: (p, { actor, ports }) => release(ports, actor, p.id),
  enter: (p, { actor, ports }) => enterOpinion(ports, actor, p),
  async resetClaim({ trackingNo }, { actor, ports }) {
    const doc = await resetClaimLimits(ports, actor, trackingNo);
    return { id: doc._id, trackingNo: doc.trackingNo };
  },
  followUp: (p, { actor, ports }) => followUp(ports, actor, p),
  publish: (p, { actor, ports }) => publish(ports, actor, p),
  unpublish: (p, { actor, ports }) => unpublish(ports, actor, p.id),
  deputyPhotoReviews: (p, { actor, ports }) => deputyPhotoReviews(ports, actor, p.code),
  reviewDeputyPhoto: (p, { actor, ports }) => reviewDeputyPhoto(ports, actor, p),
  departments: (_p, { actor, ports }) => listDepartments(ports, actor, 'staff'),
  saveDepartment: (p, { actor, ports }) => saveDepartment(ports, actor, 'staff', p),
  removeDepartment: (p, { actor, ports }) => removeDepartment(ports, actor, 'staff', p.id),
  issueInvite: (p, { actor, ports }) => issueInvite(ports, actor, p.deputyId, p.stationCode),
  async attachableDeputies({ code }, { actor, ports }) {
    const station = await requireMyStation(ports, actor, code);
    const scopePath = staffScopePath(station);
    const [items, scope] = await Promise.all([attachableDeputies(ports, station, scopePath), getRegion(ports, scopePath[scopePath.length - 1])]);
    return { items, scopeName: scope?.name ?? '' };
  },
});
